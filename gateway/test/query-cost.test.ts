import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { REPO_ROOT } from '@union/subgraph-kit';
import { describe, expect, it } from 'vitest';
import { estimateOperationCost } from '../src/query-cost';

// The CommonJS graphql, the copy @apollo/federation-internals builds its schemas with.
const { Kind, parse } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

const SCHEMA = Supergraph.build(
  readFileSync(path.join(REPO_ROOT, 'schema', 'supergraph.graphql'), 'utf8'),
)
  .apiSchema()
  .toGraphQLJSSchema();

/** The estimate of a query's one operation, as the validation rule makes it. */
function costOf(query: string): number {
  const operation = parse(query).definitions.find(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION,
  )!;
  return estimateOperationCost(SCHEMA, operation, 'Query', () => undefined);
}

const CITY_CELLS = 'code cells(period: "2013") { metric reported { text } }';

describe('query cost of a root list narrowed by a parent code', () => {
  it('counts cities(provinceCode) as one province’s cities, not the whole level', () => {
    // Each city: code, cells, and per cell (20 by default) metric, reported and its text.
    const perCity = 2 + 20 * 3;
    expect(costOf(`{ cities { ${CITY_CELLS} } }`)).toBe(1 + 333 * perCity);
    expect(costOf(`{ cities(provinceCode: "510000") { ${CITY_CELLS} } }`)).toBe(1 + 21 * perCity);
    expect(costOf(`query ($p: ID!) { cities(provinceCode: $p) { ${CITY_CELLS} } }`)).toBe(
      1 + 21 * perCity,
    );
  });

  it('counts the whole level when the parent code may be null', () => {
    const perCity = 2 + 20 * 3;
    expect(costOf(`query ($p: ID) { cities(provinceCode: $p) { ${CITY_CELLS} } }`)).toBe(
      1 + 333 * perCity,
    );
    expect(costOf(`{ cities(provinceCode: null) { ${CITY_CELLS} } }`)).toBe(1 + 333 * perCity);
  });

  it('counts districts by the narrowest parent given', () => {
    expect(costOf('{ districts { code } }')).toBe(1 + 2844);
    expect(costOf('{ districts(provinceCode: "510000") { code } }')).toBe(1 + 183);
    expect(costOf('{ districts(provinceCode: "510000", cityCode: "510100") { code } }')).toBe(
      1 + 24,
    );
    expect(costOf('{ districts(cityCode: "510100", first: 100) { code } }')).toBe(1 + 100);
  });
});
