import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { DEFAULT_PORTS, REPO_ROOT, SERVICES, type ServiceName } from '@union/common';
import { buildCitySchema } from '@union/city';
import { buildDistrictSchema } from '@union/district';
import { buildProvinceSchema } from '@union/province';
import { parse, type GraphQLSchema } from 'graphql';

// Prints each subgraph's SDL to schema/<service>.graphql and composes schema/supergraph.graphql
// with @apollo/composition, the stricter composer (DESIGN.md §9). `--check` writes nothing
// and exits 1 when a checked-in file differs from what would be generated.

const builders: Record<ServiceName, () => Promise<GraphQLSchema>> = {
  province: buildProvinceSchema,
  city: buildCitySchema,
  district: buildDistrictSchema,
};

const schemaDir = path.join(REPO_ROOT, 'schema');
const check = process.argv.includes('--check');

const files = new Map<string, string>();
const subgraphs = [];
for (const service of SERVICES) {
  const sdl = printSubgraphSchema(await builders[service]());
  files.set(`${service}.graphql`, `${sdl.trim()}\n`);
  subgraphs.push({
    name: service,
    url: `http://localhost:${DEFAULT_PORTS[service]}/graphql`,
    typeDefs: parse(sdl),
  });
}

const composition = composeServices(subgraphs);
if (composition.errors) {
  console.error('Composition failed:');
  for (const error of composition.errors) console.error(`- ${error.message}`);
  process.exit(1);
}
for (const hint of composition.hints ?? [])
  console.warn(`hint: ${hint.definition.code}: ${hint.message}`);
files.set('supergraph.graphql', `${composition.supergraphSdl.trim()}\n`);

let stale = 0;
for (const [name, content] of files) {
  const target = path.join(schemaDir, name);
  let current: string | null = null;
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    current = null;
  }
  if (current === content) continue;
  if (check) {
    console.error(`schema/${name} is stale: run npm run compose`);
    stale += 1;
  } else {
    writeFileSync(target, content);
    console.log(`wrote schema/${name}`);
  }
}
if (check && stale > 0) process.exit(1);
if (check) console.log('schema/ is up to date');
