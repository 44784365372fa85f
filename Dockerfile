# One image for the three subgraphs and the gateway; docker-compose.yml picks the command.
# Debian-based: the Rust query planner and libsql ship glibc builds only.

# 1. Compile each process's entry to JavaScript (scripts/build-dist.ts).
FROM node:20-bookworm-slim AS build
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
RUN npm run build:dist

# 2. The runtime dependencies only: no TypeScript, tsx, test or build tools.
FROM node:20-bookworm-slim AS runtime-deps
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/packages/domain/package.json packages/domain/
COPY --from=build /app/packages/subgraph-kit/package.json packages/subgraph-kit/
COPY --from=build /app/services/province/package.json services/province/
COPY --from=build /app/services/city/package.json services/city/
COPY --from=build /app/services/district/package.json services/district/
COPY --from=build /app/gateway/package.json gateway/
COPY --from=build /app/clients/audit/package.json clients/audit/
COPY --from=build /app/tools/division-tree/package.json tools/division-tree/
COPY --from=build /app/test/package.json test/
COPY --from=build /app/bench/package.json bench/
RUN npm ci --omit=dev --no-audit --no-fund

# 3. What runs: compiled JavaScript, its data, run by node as the unprivileged user.
FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=runtime-deps /app/node_modules node_modules
COPY --from=build /app/package.json ./
COPY --from=build /app/services/province/dist services/province/dist
COPY --from=build /app/services/city/dist services/city/dist
COPY --from=build /app/services/district/dist services/district/dist
COPY --from=build /app/gateway/dist gateway/dist
COPY --from=build /app/packages/domain/data packages/domain/data
COPY --from=build /app/schema schema
COPY --from=build /app/docker/health.mjs docker/health.mjs
# data/auth holds the generated keys and secrets, shared by the containers through a volume.
RUN mkdir -p data/auth && chown -R node:node data
USER node
CMD ["node", "gateway/dist/index.js"]
