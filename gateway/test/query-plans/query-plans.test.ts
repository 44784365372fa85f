import { describe, expect, it } from 'vitest';
import { createApolloPlanner, createHivePlanner } from './planners';
import { summarizePlan } from './plan-summary';

/*
 * The query plans of the main operations, pinned per engine as the federation repository
 * pins its planner's output: a change to the schema that adds a round trip or a fetch shows
 * up here as a changed shape, and the full plan text is kept beside this file to diff.
 */
const VALUE = 'text value lower upper qualifier';
const ROLLUP = 'lower upper reporting expected missing';

const OPERATIONS = {
  walk: '{ provinces { code cities { code districts { code city { province { code } } } } } }',
  cityAudit: `{ city(code: "510100") { figure(metric: "members", period: "2013") {
    reported { text } districtsSum { lower upper } audit { status } } } }`,
  provinceAudit: `{ province(code: "510000") { figure(metric: "members", period: "2013") {
    reported { text } citiesSum { lower upper } directDistrictsSum { lower upper }
    directChildrenSum { lower upper } audit { status } } } }`,
  nationalReport: `{ provinces { code figure(metric: "members", period: "2022") {
      reported { ${VALUE} } citiesSum { ${ROLLUP} } districtsSum { ${ROLLUP} }
      directDistrictsSum { ${ROLLUP} } audit { status rule gap explanation } }
    cities { code figure(metric: "members", period: "2022") {
        reported { ${VALUE} } districtsSum { ${ROLLUP} } audit { status rule gap explanation } }
      districts { code figure(metric: "members", period: "2022") { reported { ${VALUE} } } } } } }`,
  cityReport: `{ city(code: "510100") { report(period: "2013") { state
    districtsProgress { approved notApproved } auditSeal { inconsistent seal } } } }`,
  provinceReport: `{ province(code: "510000") { report(period: "2021") { state
    citiesProgress { approved } directDistrictsProgress { approved }
    auditSeal { inconsistent seal } } } }`,
} as const;

type Engine = 'apollo' | 'hive';
type Shape = { fetches: number; shape: string };

/** Fetches per operation and their order, per engine where the planners differ. */
const EXPECTED_SHAPES: Record<keyof typeof OPERATIONS, Record<Engine, Shape>> = {
  walk: both({
    fetches: 4,
    shape:
      '(province -> city@provinces.@ -> district@provinces.@.cities.@ -> city@provinces.@.cities.@.districts.@.city)',
  }),
  // The audit is resolved where the districts' figures are and takes the city's own figure
  // through @requires: two fetches in sequence, and the city's cell is read once.
  cityAudit: both({ fetches: 2, shape: '(city -> district@city.figure)' }),
  // A province's direct children are in two subgraphs: its cities' sum comes first, then the
  // district subgraph adds the city-less units and audits. Apollo fetches the requested
  // directDistrictsSum in parallel on its own; the depth is three round trips on both.
  provinceAudit: {
    apollo: {
      fetches: 4,
      shape:
        '(province -> [district@province.figure | (city@province.figure -> district@province.figure)])',
    },
    hive: { fetches: 3, shape: '(province -> city@province.figure -> district@province.figure)' },
  },
  nationalReport: {
    apollo: {
      fetches: 7,
      shape:
        '(province -> [(city@provinces.@ -> [district@provinces.@.cities.@ | district@provinces.@.cities.@.figure]) | district@provinces.@.figure | (city@provinces.@.figure -> district@provinces.@.figure)])',
    },
    // Hive batches entity fetches of one subgraph into one request (BatchFetch, no path).
    hive: {
      fetches: 5,
      shape:
        '(province -> city -> [district | city@provinces.@.cities.@.figure] -> district@provinces.@.cities.@.figure)',
    },
  },
  // A city's report is resolved by the city subgraph; the district subgraph adds its
  // districts' progress and audits its cells, taken from the city through @requires.
  cityReport: both({ fetches: 2, shape: '(city -> district@city.report)' }),
  // A province's cells come from the province, each cell's citiesSum from the city subgraph,
  // then the district subgraph seals the audit: three round trips deep on both engines.
  provinceReport: {
    apollo: {
      fetches: 5,
      shape:
        '(province -> [district@province.report | city@province.report | (city@province.report.cells.@ -> district@province.report)])',
    },
    hive: { fetches: 3, shape: '(province -> city -> district@province.report)' },
  },
};

function both(shape: Shape): Record<Engine, Shape> {
  return { apollo: shape, hive: shape };
}

const ENGINES = { apollo: createApolloPlanner(), hive: createHivePlanner() };

describe.each(Object.entries(ENGINES))('query plans on %s', (engine, plan) => {
  it.each(Object.keys(OPERATIONS) as (keyof typeof OPERATIONS)[])(
    'plans %s as pinned',
    async (name) => {
      const { plan: tree, text } = plan(OPERATIONS[name]);
      expect(summarizePlan(tree)).toEqual(EXPECTED_SHAPES[name][engine as Engine]);
      await expect(text).toMatchFileSnapshot(`./__snapshots__/${name}.${engine}.plan`);
    },
  );
});
