-- Run once by the PostgreSQL image on its first start (docker-entrypoint-initdb.d): each
-- level owns its own database, so each subgraph gets one (docs/production.md, "Containers").
CREATE DATABASE union_province;
CREATE DATABASE union_city;
CREATE DATABASE union_district;
