import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningGateway } from '@union/gateway';
import {
  ENGINES,
  gatewayClient,
  startGateway,
  startSubgraphs,
  type Subgraphs,
} from './support/federation';

/**
 * The audit of every parent cell in the seed dataset (unit, metric, period → status, rule),
 * reviewed against the rules (docs/rollups-and-audits.md): Sichuan's 2021 figures have no child figures beside them;
 * Chengdu's 2013 and 2008–2013 figures are checked against 锦江区 and 金牛区; honours are
 * not comparable across levels; "of which" figures are checked against their totals.
 */
const SEED_AUDITS = `
510000 collective_contract_workers 2021 INDETERMINATE AT_LEAST
510000 collective_contracts 2021 INDETERMINATE AT_LEAST
510000 craftsmen_named 2021 NOT_APPLICABLE NOT_COMPARABLE
510000 democratic_management_rate 2021 INDETERMINATE WITHIN_RANGE
510000 education_aid_funds 2021 INDETERMINATE AT_LEAST
510000 education_aid_recipients 2021 INDETERMINATE AT_LEAST
510000 grassroots_unions 2021 INDETERMINATE AT_LEAST
510000 high_skilled_workers 2021 CONSISTENT AT_LEAST+PART_OF
510000 labour_award_units 2021 NOT_APPLICABLE NOT_COMPARABLE
510000 labour_competition_participants 2021 INDETERMINATE AT_LEAST
510000 labour_medal_recipients 2021 NOT_APPLICABLE NOT_COMPARABLE
510000 members 2021 INDETERMINATE AT_LEAST
510000 mutual_aid_beneficiaries 2021 INDETERMINATE AT_LEAST
510000 mutual_aid_payouts 2021 INDETERMINATE AT_LEAST
510000 new_employment_form_members 2021 CONSISTENT AT_LEAST+PART_OF
510000 new_employment_form_unions 2021 INDETERMINATE AT_LEAST
510000 rights_cases 2021 INDETERMINATE AT_LEAST
510000 skilled_workers 2021 INDETERMINATE AT_LEAST
510000 wage_arrears_recovered 2021 INDETERMINATE AT_LEAST
510100 collective_contract_enterprises 2008-2013 INDETERMINATE AT_LEAST
510100 collective_contract_enterprises 2014-2019 INDETERMINATE AT_LEAST
510100 collective_contract_workers 2008-2013 INDETERMINATE AT_LEAST
510100 collective_contract_workers 2014-2019 INDETERMINATE AT_LEAST
510100 collective_contracts 2008-2013 INDETERMINATE AT_LEAST
510100 collective_contracts 2014-2019 INDETERMINATE AT_LEAST
510100 covered_units 2013 CONSISTENT AT_LEAST
510100 covered_units 2019 INDETERMINATE AT_LEAST
510100 craftsmen_named 2014-2019 NOT_APPLICABLE NOT_COMPARABLE
510100 democratic_management_rate 2019 INDETERMINATE WITHIN_RANGE
510100 education_aid_funds 2008-2013 CONSISTENT AT_LEAST
510100 education_aid_recipients 2008-2013 CONSISTENT AT_LEAST
510100 grassroots_unions 2013 CONSISTENT AT_LEAST
510100 grassroots_unions 2019 INDETERMINATE AT_LEAST
510100 hardship_aid_funds 2008-2013 CONSISTENT AT_LEAST
510100 hardship_aid_funds 2014-2019 INDETERMINATE AT_LEAST
510100 hardship_aid_recipients 2008-2013 CONSISTENT AT_LEAST
510100 labour_award_units 2014-2019 NOT_APPLICABLE NOT_COMPARABLE
510100 labour_medal_recipients 2014-2019 NOT_APPLICABLE NOT_COMPARABLE
510100 members 2013 CONSISTENT AT_LEAST
510100 members 2019 INDETERMINATE AT_LEAST
510100 migrant_worker_members 2013 CONSISTENT AT_LEAST+PART_OF
510100 migrant_worker_members 2019 CONSISTENT AT_LEAST+PART_OF
510100 model_workers_honoured 2014-2019 NOT_APPLICABLE NOT_COMPARABLE
510100 mutual_aid_payouts 2008-2013 CONSISTENT AT_LEAST
510100 new_citizen_trainees 2008-2013 CONSISTENT AT_LEAST
510100 new_citizen_trainees 2014-2019 INDETERMINATE AT_LEAST
510100 registered_hardship_workers 2013 INDETERMINATE AT_LEAST
510100 registered_hardship_workers 2014 INDETERMINATE AT_LEAST
510100 registered_hardship_workers 2019 INDETERMINATE AT_LEAST
510100 union_cadres_trained 2014-2019 INDETERMINATE AT_LEAST
510100 wage_arrears_recovered 2008-2013 CONSISTENT AT_LEAST
510100 wage_arrears_recovered 2014-2019 INDETERMINATE AT_LEAST
510100 workers_library_demo_sites 2014-2019 NOT_APPLICABLE NOT_COMPARABLE
520100 collective_contract_enterprises 2014-2019 INDETERMINATE AT_LEAST
520100 collective_contract_rate 2019 INDETERMINATE WITHIN_RANGE
520100 collective_contract_workers 2014-2019 INDETERMINATE AT_LEAST
520100 collective_contracts 2014-2019 INDETERMINATE AT_LEAST
520100 covered_units 2019 INDETERMINATE AT_LEAST
520100 craftsmen_named 2014-2019 NOT_APPLICABLE NOT_COMPARABLE
520100 grassroots_unions 2019 INDETERMINATE AT_LEAST
520100 hardship_aid_funds 2014-2019 INDETERMINATE AT_LEAST
520100 labour_competition_participants 2014-2019 INDETERMINATE AT_LEAST
520100 members 2019 INDETERMINATE AT_LEAST
520100 model_workers_honoured 2014-2019 NOT_APPLICABLE NOT_COMPARABLE
520100 mutual_aid_beneficiaries 2014-2019 INDETERMINATE AT_LEAST
520100 mutual_aid_contributions 2014-2019 INDETERMINATE AT_LEAST
520100 mutual_aid_payouts 2014-2019 INDETERMINATE AT_LEAST
520100 union_cadres_trained 2014-2019 INDETERMINATE AT_LEAST
520100 workers_library_demo_sites 2014-2019 NOT_APPLICABLE NOT_COMPARABLE
`
  .trim()
  .split('\n');

const PARENT_CELLS = `{
  province(code: "510000") { figures { metric period audit { status rule } } }
  chengdu: city(code: "510100") { figures { metric period audit { status rule } } }
  guiyang: city(code: "520100") { figures { metric period audit { status rule } } }
}`;

const CHENGDU_2013 = `query($metric: String!) { city(code: "510100") {
  figure(metric: $metric, period: "2013") {
    reported { text } districtsSum { lower upper reporting expected }
    audit { status rule gap explanation } } } }`;

type Cells = { metric: string; period: string; audit: { status: string; rule: string } }[];

describe.each(ENGINES)('audits through the %s gateway', (engine) => {
  let subgraphs: Subgraphs;
  let gateway: RunningGateway;
  const query = gatewayClient(() => gateway);

  beforeAll(async () => {
    subgraphs = await startSubgraphs();
    gateway = await startGateway(engine, subgraphs);
  });

  afterAll(async () => {
    await gateway?.stop();
    await subgraphs?.stop();
  });

  it('gives every parent cell of the seed dataset the status the rules give', async () => {
    const response = await query(PARENT_CELLS);
    expect(response.errors).toBeUndefined();
    const rows = (
      [
        ['510000', response.data!.province.figures],
        ['510100', response.data!.chengdu.figures],
        ['520100', response.data!.guiyang.figures],
      ] as [string, Cells][]
    ).flatMap(([code, cells]) =>
      cells.map(
        (c) =>
          `${code} ${c.metric} ${c.period} ${c.audit.status} ${c.audit.rule.replace(' + ', '+')}`,
      ),
    );
    expect(rows).toEqual(SEED_AUDITS);
  });

  it("finds Chengdu's 2013 members consistent with two of its 19 districts of 2013", async () => {
    const response = await query(CHENGDU_2013, { metric: 'members' });
    expect(response.errors).toBeUndefined();
    expect(response.data!.city.figure.audit).toEqual({
      status: 'CONSISTENT',
      rule: 'AT_LEAST',
      gap: null,
      explanation: expect.stringMatching(
        /^Reported 329余万人 \[3,290,000, 3,300,000\]; the districts that reported \(2 of 19\) sum to 326,345 .*Missing 17 of 19 districts: 510105, .*510121, 510122, 510124, 510129, 510131 and 5 more\.$/,
      ),
    });
  });

  it("finds Chengdu's 2013 grassroots unions consistent: 4,613 of 2.89万家", async () => {
    const response = await query(CHENGDU_2013, { metric: 'grassroots_unions' });
    expect(response.data!.city.figure).toMatchObject({
      reported: { text: '2.89万家' },
      districtsSum: { lower: 4613, upper: 4613, reporting: 2, expected: 19 },
      audit: { status: 'CONSISTENT', rule: 'AT_LEAST', gap: null },
    });
  });

  it("calls Sichuan's 2021 figures indeterminate: none of its 21 direct children reported", async () => {
    const response = await query(`{ province(code: "510000") {
      figure(metric: "members", period: "2021") { reported { text } audit { status gap explanation } } } }`);
    expect(response.data!.province.figure).toEqual({
      reported: { text: '1890万人' },
      audit: {
        status: 'INDETERMINATE',
        gap: null,
        explanation: expect.stringContaining(
          'none of the 21 direct children reported members for 2021. Missing 21 of 21 direct children: 510100, 510300,',
        ),
      },
    });
  });

  it('turns Chengdu INCONSISTENT with the exact gap once a district reports too much', async () => {
    const em = subgraphs.servers.district.orm.orm.em.fork();
    await em.getConnection().execute(
      `insert into district_figures (code, metric, period, text, reading, value, lower, upper,
        qualifier, unit, document, quote, note, complete)
       values ('510105', 'members', '2013', '400万人', null, 4000000, 3995000, 4005000,
        'ROUNDED', '人', 'test', 'test', null, false)`,
    );
    try {
      const response = await query(CHENGDU_2013, { metric: 'members' });
      expect(response.errors).toBeUndefined();
      // Children at their lowest: 144,959 + 181,386 + 3,995,000 = 4,321,345;
      // the most 329余万 allows is 3,300,000.
      expect(response.data!.city.figure.audit).toMatchObject({
        status: 'INCONSISTENT',
        rule: 'AT_LEAST',
        gap: 1021345,
      });
      expect(response.data!.city.figure.audit.explanation).toContain(
        'the districts that reported (3 of 19) sum to [4,321,345, 4,331,345]',
      );
    } finally {
      await em
        .getConnection()
        .execute(`delete from district_figures where code = '510105' and document = 'test'`);
    }
  });

  it('audits rates and unbounded children whose rollup has nulls (Hive omits them)', async () => {
    const em = subgraphs.servers.district.orm.orm.em.fork();
    await em.getConnection().execute(
      `insert into district_figures (code, metric, period, text, reading, value, lower, upper,
        qualifier, unit, document, quote, note, complete)
       values ('510105', 'democratic_management_rate', '2019', '95%', null, 95, 94.5, 95.5,
        'ROUNDED', '%', 'test', 'test', null, false),
       ('510105', 'members', '2019', '40万人以上', null, 400000, 400000, null,
        'AT_LEAST', '人', 'test', 'test', null, false)`,
    );
    try {
      const response = await query(`{ city(code: "510100") {
        rate: figure(metric: "democratic_management_rate", period: "2019") {
          districtsSum { upper value } audit { status rule gap explanation } }
        members: figure(metric: "members", period: "2019") {
          districtsSum { upper } audit { status gap explanation } } } }`);
      expect(response.errors).toBeUndefined();
      const { rate, members } = response.data!.city;
      // 96.96% against a single district's 95%: outside its range by 96.955 - 95.5.
      expect(rate.districtsSum).toEqual({ upper: 95.5, value: null });
      expect(rate.audit).toMatchObject({ status: 'INCONSISTENT', rule: 'WITHIN_RANGE' });
      expect(rate.audit.gap).toBeCloseTo(1.455, 9);
      expect(rate.audit.explanation).toContain('range over [94.5, 95.5]');
      // 383.01万人 against an unbounded 40万人以上: never exceeded.
      expect(members.districtsSum).toEqual({ upper: null });
      expect(members.audit).toMatchObject({ status: 'CONSISTENT', gap: null });
      expect(members.audit.explanation).toContain('sum to [400,000, ∞)');
    } finally {
      await em
        .getConnection()
        .execute(`delete from district_figures where code = '510105' and document = 'test'`);
    }
  });
});
