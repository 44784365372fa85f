import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { REPO_ROOT, SERVICES } from '@union/subgraph-kit';
import { DEFINITIONS } from '../src/services';
import { buildMonolithSchema } from '../src/targets/monolith/monolith-schema';

// type-graphql and Apollo's federation packages load graphql's CommonJS build; the monolith,
// bundled for the bench, shares it. Here its source must get the same build, not the ESM one.
vi.mock('graphql', async () => {
  const { createRequire } = await import('node:module');
  return createRequire(import.meta.url)('graphql') as object;
});

/*
 * The monolith leaves a field to execution's own property read only where that is the
 * answer whichever subgraph made the parent. A wrong "plain" field answers null where a
 * gateway would ask the owning subgraph: City.name on a City that the district subgraph
 * made (it knows only the code) is the case that must keep its resolver.
 */
describe('the monolith schema', () => {
  let schema: GraphQLSchema;
  const hasResolver = (type: string, field: string) =>
    (schema.getType(type) as GraphQLObjectType).getFields()[field]!.resolve !== undefined;

  beforeAll(async () => {
    const subgraphs: Record<string, GraphQLSchema> = {};
    // One at a time: type-graphql builds each schema from global metadata.
    for (const service of SERVICES) subgraphs[service] = await DEFINITIONS[service].buildSchema();
    const supergraph = readFileSync(path.join(REPO_ROOT, 'schema', 'supergraph.graphql'), 'utf8');
    schema = buildMonolithSchema(supergraph, subgraphs);
  });

  it('reads plain leaf fields that every subgraph defining the type owns', () => {
    for (const [type, field] of [
      ['District', 'code'],
      ['District', 'name'],
      ['Value', 'text'],
      ['Value', 'lower'],
      ['Rollup', 'coverage'],
    ] as const) {
      expect(hasResolver(type, field), `${type}.${field}`).toBe(false);
    }
  });

  it('keeps the dispatching resolver where another subgraph may have made the parent', () => {
    // The district and province subgraphs define City with its key only.
    expect(hasResolver('City', 'name')).toBe(true);
    expect(hasResolver('Province', 'name')).toBe(true);
    // Composite fields and fields with their own resolvers always dispatch.
    expect(hasResolver('City', 'districts')).toBe(true);
    expect(hasResolver('District', 'figure')).toBe(true);
  });
});
