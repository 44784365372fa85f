import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningGateway } from '@union/gateway';
import {
  ENGINES,
  gatewayClient,
  recordSubgraphCosts,
  startGateway,
  startSubgraphs,
  type Subgraphs,
} from './support/federation';

const CROSS_LEVEL_REPORT = `query($metric: String!, $period: String!) {
  province(code: "510000") {
    figure(metric: $metric, period: $period) {
      reported { text }
      citiesSum { lower upper reporting expected coverage missing }
      districtsSum { lower upper reporting expected }
    }
    cities {
      code
      figure(metric: $metric, period: $period) {
        reported { text value lower upper qualifier source { document quote } }
        districtsSum { lower upper value reporting expected coverage missing }
      }
      districts { code figure(metric: $metric, period: $period) { reported { text value } } }
    }
  }
}`;

// Chengdu's 19 county-level units at the end of 2013 (双流县, 郫县 and 新津县 were still
// counties; 简阳市 was 资阳市's), less 锦江区 and 金牛区, which reported.
const CHENGDU_MISSING = [
  '510105',
  '510107',
  '510108',
  '510112',
  '510113',
  '510114',
  '510115',
  '510121',
  '510122',
  '510124',
  '510129',
  '510131',
  '510132',
  '510181',
  '510182',
  '510183',
  '510184',
];
/**
 * SQL statements per subgraph request for the national report. Every entity fetch is one
 * statement, however many units it covers. Apollo Gateway sends each entity fetch as its
 * own request; Hive Gateway's planner merges fetches to the same subgraph at the same depth
 * into one request (Province + ProvinceFigure to the city subgraph, CityFigure +
 * ProvinceFigure rollups to the district subgraph), which then runs one statement per type.
 */
const NATIONAL_REPORT_STATEMENTS = {
  hive: { province: [1], city: [2], district: [1, 2] },
  apollo: { province: [1], city: [1, 1], district: [1, 1, 1] },
};

let subgraphs: Subgraphs;

beforeAll(async () => {
  subgraphs = await startSubgraphs();
});

afterAll(async () => {
  await subgraphs?.stop();
});

describe.each(ENGINES)('figures through the %s gateway', (engine) => {
  let gateway: RunningGateway;
  const query = gatewayClient(() => gateway);

  beforeAll(async () => {
    gateway = await startGateway(engine, subgraphs);
  });

  afterAll(async () => {
    await gateway?.stop();
  });

  it("reports Chengdu's 2013 members beside its districts' sum, coverage and missing", async () => {
    const response = await query(CROSS_LEVEL_REPORT, { metric: 'members', period: '2013' });
    expect(response.errors).toBeUndefined();
    const sichuan = response.data!.province;
    expect(sichuan.figure).toEqual({
      reported: null,
      citiesSum: {
        lower: 3290000,
        upper: 3300000,
        reporting: 1,
        expected: 21,
        coverage: 1 / 21,
        missing: sichuan.cities
          .map((c: { code: string }) => c.code)
          .filter((c: string) => c !== '510100'),
      },
      districtsSum: { lower: 326345, upper: 326345, reporting: 2, expected: 183 },
    });
    const chengdu = sichuan.cities.find((c: { code: string }) => c.code === '510100');
    expect(chengdu.figure).toEqual({
      reported: {
        text: '329余万人',
        value: 3290000,
        lower: 3290000,
        upper: 3300000,
        qualifier: 'MORE_THAN',
        source: {
          document: '002_de0d90078638c7b4.txt',
          quote:
            '目前全市基层工会组织达2.89万家，覆盖企业14.78万个，会员329余万人，其中农民工会员143万人',
        },
      },
      districtsSum: {
        lower: 326345,
        upper: 326345,
        value: 326345,
        reporting: 2,
        expected: 19,
        coverage: 2 / 19,
        missing: CHENGDU_MISSING,
      },
    });
    const reported = chengdu.districts.filter(
      (d: { figure: { reported: unknown } }) => d.figure.reported,
    );
    expect(reported).toEqual([
      { code: '510104', figure: { reported: { text: '144959人', value: 144959 } } },
      { code: '510106', figure: { reported: { text: '181386名', value: 181386 } } },
    ]);
  });

  it('serves every seed figure of a unit with its quote', async () => {
    const response = await query(`{ district(code: "510106") { figures { metric period
      reported { text source { document quote } } } } }`);
    expect(response.errors).toBeUndefined();
    const figures = response.data!.district.figures;
    expect(figures.length).toBe(10);
    for (const figure of figures) {
      expect(figure.reported.source.document).toBe('002_de0d90078638c7b4.txt');
      expect(figure.reported.source.quote).toContain(figure.reported.text);
    }
  });

  it('rejects an unknown metric through the gateway with the valid codes', async () => {
    const response = await query(
      '{ city(code: "510100") { figure(metric: "workers", period: "2013") { period } } }',
    );
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]!.message).toContain(
      'unknown metric "workers"; valid codes: grassroots_unions',
    );
    expect(response.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'metric',
    });
  });

  it('runs the national report with one SQL statement per entity fetch, whatever the size', async () => {
    const { result, statementsPerFetch } = await recordSubgraphCosts(subgraphs, () =>
      query(`{ provinces { code
        figure(metric: "members", period: "2013") { reported { value } citiesSum { lower } districtsSum { lower } }
        cities { code figure(metric: "members", period: "2013") { reported { value } districtsSum { lower reporting } }
          districts { code figure(metric: "members", period: "2013") { reported { value } } } } } }`),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.provinces).toHaveLength(31);
    expect(statementsPerFetch).toEqual(NATIONAL_REPORT_STATEMENTS[engine]);
  });
});
