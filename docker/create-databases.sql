-- Each level owns its own database (DESIGN.md §2).
CREATE DATABASE union_province;
CREATE DATABASE union_city;
CREATE DATABASE union_district;
