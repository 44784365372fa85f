import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningGateway } from '@union/gateway';
import { gatewayClient, startGateway, startSubgraphs, type Subgraphs } from './support/federation';

/**
 * Subgraphs execute with graphql-jit by default; graphql-js stays a switch away
 * (SUBGRAPH_EXECUTION=interpreted). The two must give the same answers, errors included,
 * for the shapes the graph serves: lists with joined figures, rollups over the period's
 * tree, audits through @requires, search, references, refused arguments.
 */
const OPERATIONS: Record<string, string> = {
  crossLevelReport: `{
    province(code: "510000") {
      name
      figure(metric: "members", period: "2013") {
        reported { text value lower upper qualifier source { document quote } }
        citiesSum { lower upper value reporting expected coverage missing }
        districtsSum { lower upper reporting expected }
        audit { status rule rules gap explanation }
      }
      cities {
        code name
        figure(metric: "members", period: "2013") {
          reported { text lower upper qualifier }
          version
          districtsSum { lower upper reporting expected coverage missing }
          audit { status rule gap explanation }
        }
        districts { code name figure(metric: "members", period: "2013") { reported { text } } }
      }
    }
  }`,
  walkUp: `{
    district(code: "510106") {
      name validFrom validTo
      city { name province { name } }
      figures(period: "2013") { metric reported { text unit complete note } }
    }
  }`,
  search: `{ districts(search: "jnq") { code name pinyin initials city { name } } }`,
  pastTree: `{ city(code: "510100") { districts(asOf: 2013) { code name validTo } } }`,
  refusedArguments: `{
    district(code: "510106") { figure(metric: "nope", period: "2013") { reported { text } } }
    city(code: "5101") { name }
  }`,
};

describe('compiled and interpreted subgraph execution', () => {
  let interpreted: Subgraphs;
  let compiled: Subgraphs;
  let interpretedGateway: RunningGateway;
  let compiledGateway: RunningGateway;

  beforeAll(async () => {
    const before = process.env.SUBGRAPH_EXECUTION;
    process.env.SUBGRAPH_EXECUTION = 'interpreted';
    try {
      interpreted = await startSubgraphs();
    } finally {
      if (before === undefined) delete process.env.SUBGRAPH_EXECUTION;
      else process.env.SUBGRAPH_EXECUTION = before;
    }
    compiled = await startSubgraphs();
    interpretedGateway = await startGateway('hive', interpreted);
    compiledGateway = await startGateway('hive', compiled);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([interpretedGateway?.stop(), compiledGateway?.stop()]);
    await Promise.all([interpreted?.stop(), compiled?.stop()]);
  });

  it.each(Object.keys(OPERATIONS))('answer %s the same', async (name) => {
    const query = OPERATIONS[name]!;
    const [byInterpreter, byCompiled] = await Promise.all([
      gatewayClient(() => interpretedGateway)(query),
      gatewayClient(() => compiledGateway)(query),
    ]);
    if (name !== 'refusedArguments') expect(byInterpreter.errors).toBeUndefined();
    expect(byCompiled).toEqual(byInterpreter);
  });

  it('refuse bad arguments with the same codes', async () => {
    const answer = await gatewayClient(() => compiledGateway)(OPERATIONS.refusedArguments!);
    expect(
      answer.errors?.map((e: { extensions?: { code?: string } }) => e.extensions?.code),
    ).toEqual(expect.arrayContaining(['BAD_USER_INPUT']));
  });
});
