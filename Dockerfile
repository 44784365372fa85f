# One image for the three subgraphs and the gateway; docker-compose.yml picks the command.
# Debian-based: the Rust query planner and libsql ship glibc builds only.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/domain/package.json packages/domain/
COPY packages/subgraph-kit/package.json packages/subgraph-kit/
COPY services/province/package.json services/province/
COPY services/city/package.json services/city/
COPY services/district/package.json services/district/
COPY gateway/package.json gateway/
COPY clients/audit/package.json clients/audit/
COPY tools/division-tree/package.json tools/division-tree/
COPY test/package.json test/
COPY bench/package.json bench/
RUN npm ci --no-audit --no-fund
COPY . .
ENV NODE_ENV=production
