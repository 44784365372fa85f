import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDivisionTree } from '@union/domain';
import { type RunningGateway } from '@union/gateway';
import { createTestAuth, postGraphQL, type TestAuth } from '@union/subgraph-kit/testing';
import {
  ENGINES,
  recordSubgraphCosts,
  startGateway,
  startSubgraphs,
  type Subgraphs,
} from './support/federation';

/*
 * Reports and approval through the gateway, on both engines and both stores: a district's
 * report submitted by its people, returned and approved by its city, locked once submitted;
 * the city's view of how far its districts have got; a city's report approved only over a
 * sealed audit, and an INCONSISTENT audit only with an override; concurrent decisions.
 */

// Deep, query-shaped answers; asserting whole values keeps them honest.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

const REPORT = 'state version modifiedSinceApproval reopened';
const EVENTS = 'history { action from to by comment override metric }';

const DISTRICT_REPORT = `query($code: ID!, $period: String!) {
  district(code: $code) { report(period: $period) { ${REPORT} ${EVENTS} } }
}`;
const CITY_REPORT = `query($code: ID!, $period: String!) {
  city(code: $code) { report(period: $period) { ${REPORT} ${EVENTS} } }
}`;
const CITY_SEAL = `query($code: ID!, $period: String!) {
  city(code: $code) { report(period: $period) { auditSeal { inconsistent checked expiresAt seal } } }
}`;
const PROVINCE_SEAL = `query($code: ID!, $period: String!) {
  province(code: $code) { report(period: $period) { state auditSeal { inconsistent checked seal } } }
}`;

const RECORD = `mutation($input: FigureInput!) {
  recordDistrictFigure(input: $input) { version reported { text } }
}`;
const RECORD_CITY = `mutation($input: FigureInput!) {
  recordCityFigure(input: $input) { version reported { text } }
}`;
const RETRACT = `mutation($input: RetractInput!) { retractDistrictFigure(input: $input) { version } }`;
const CELL = `query($code: ID!, $metric: String!, $period: String!) {
  district(code: $code) { figure(metric: $metric, period: $period) {
    version reported { text } history { action reason } } }
}`;

const decision = (name: string, args: string, variables: string) => `mutation(${variables}) {
  ${name}(${args}) { ${REPORT} ${EVENTS} }
}`;
const SUBMIT_DISTRICT = decision(
  'submitDistrictReport',
  'code: $code, period: $period, comment: $comment',
  '$code: ID!, $period: String!, $comment: String',
);
const APPROVE_DISTRICT = decision(
  'approveDistrictReport',
  'code: $code, period: $period, comment: $comment',
  '$code: ID!, $period: String!, $comment: String',
);
const RETURN_DISTRICT = decision(
  'returnDistrictReport',
  'code: $code, period: $period, comment: $comment',
  '$code: ID!, $period: String!, $comment: String!',
);
const REOPEN_DISTRICT = decision(
  'reopenDistrictReport',
  'code: $code, period: $period, comment: $comment',
  '$code: ID!, $period: String!, $comment: String!',
);
const SUBMIT_CITY = decision(
  'submitCityReport',
  'code: $code, period: $period',
  '$code: ID!, $period: String!',
);
const APPROVE_CITY = decision(
  'approveCityReport',
  'code: $code, period: $period, comment: $comment, override: $override, auditSeal: $auditSeal',
  '$code: ID!, $period: String!, $comment: String, $override: Boolean, $auditSeal: String',
);
const SUBMIT_PROVINCE = decision(
  'submitProvinceReport',
  'code: $code, period: $period',
  '$code: ID!, $period: String!',
);
const APPROVE_PROVINCE = decision(
  'approveProvinceReport',
  'code: $code, period: $period, auditSeal: $auditSeal',
  '$code: ID!, $period: String!, $auditSeal: String',
);

const JINNIU_2022 = { code: '510106', period: '2022' };
const JINNIU_MEMBERS_2022 = { code: '510106', metric: 'members', period: '2022' };
const CHENGDU_2013 = { code: '510100', period: '2013' };
const SICHUAN_2021 = { code: '510000', period: '2021' };

const tree = loadDivisionTree();
const CHENGDU_DISTRICTS = tree.districts.filter((d) => d.cityCode === '510100').map((d) => d.code);

const PEOPLE = {
  // A Jinniu reporter enters and submits 金牛区's figures.
  rita: { sub: 'rita', roles: ['reporter' as const], units: ['510106'] },
  // A Jinniu approver: the same level, so not the one who approves 金牛区.
  jin: { sub: 'jin', roles: ['approver' as const], units: ['510106'] },
  // Chengdu's approvers decide on its districts' reports.
  carl: { sub: 'carl', roles: ['approver' as const], units: ['510100'] },
  cora: { sub: 'cora', roles: ['approver' as const], units: ['510100'] },
  // A Chengdu reporter enters Chengdu's and its districts' figures and submits its report.
  alice: { sub: 'alice', roles: ['reporter' as const], units: ['510100'] },
  // A Sichuan approver decides on its cities' reports.
  sam: { sub: 'sam', roles: ['approver' as const], units: ['510000'] },
  // A Sichuan reporter, and an admin, who alone decides on Sichuan's own report.
  sue: { sub: 'sue', roles: ['reporter' as const], units: ['510000'] },
  ada: { sub: 'ada', roles: ['admin' as const], units: ['510000'] },
};
type Person = keyof typeof PEOPLE;

const actions = (report: Loose) => report.history.map((event: Loose) => event.action);

describe.each(['sqlite', 'postgresql'] as const)('reports on %s', (store) => {
  describe.each(ENGINES)('through %s', (engine) => {
    let auth: TestAuth;
    let subgraphs: Subgraphs;
    let gateway: RunningGateway;
    const tokens = {} as Record<Person, string>;

    const send = (query: string, variables: Record<string, unknown>, as?: Person) =>
      postGraphQL<Loose>(gateway.url, query, variables, as ? tokens[as] : undefined);
    const districtReport = async (key = JINNIU_2022) =>
      (await send(DISTRICT_REPORT, key)).data!.district.report;
    const cityReport = async (key = CHENGDU_2013) =>
      (await send(CITY_REPORT, key)).data!.city.report;
    const jinniuCell = async (period = '2022') =>
      (await send(CELL, { ...JINNIU_MEMBERS_2022, period })).data!.district.figure;
    const recordJinniu = async (text: string, as: Person, more: Loose = {}) => {
      const cell = await jinniuCell(more.period ?? '2022');
      return send(
        RECORD,
        { input: { ...JINNIU_MEMBERS_2022, text, expectedVersion: cell.version || null, ...more } },
        as,
      );
    };
    const sealOf = async (key = CHENGDU_2013, as: Person = 'sam') => {
      const answer = await send(CITY_SEAL, key, as);
      expect(answer.errors).toBeUndefined();
      return answer.data!.city.report.auditSeal;
    };

    beforeAll(async () => {
      auth = await createTestAuth();
      subgraphs = await startSubgraphs(store, auth.settings);
      gateway = await startGateway(engine, subgraphs);
      for (const [name, claims] of Object.entries(PEOPLE)) {
        tokens[name as Person] = await auth.token(claims);
      }
    });

    afterAll(async () => {
      await gateway?.stop();
      await subgraphs?.stop();
    });

    describe('the cycle of 金牛区 2022', () => {
      it('starts OPEN at version 0 with no history: a report nobody touched has no row', async () => {
        expect(await districtReport()).toEqual({
          state: 'OPEN',
          version: 0,
          modifiedSinceApproval: 0,
          reopened: false,
          history: [],
        });
      });

      it('is recorded and submitted by the Jinniu reporter', async () => {
        expect((await recordJinniu('18.5万人', 'rita')).errors).toBeUndefined();
        const answer = await send(
          SUBMIT_DISTRICT,
          { ...JINNIU_2022, comment: 'annual form' },
          'rita',
        );
        expect(answer.errors).toBeUndefined();
        expect(answer.data!.submitDistrictReport).toEqual({
          state: 'SUBMITTED',
          version: 1,
          modifiedSinceApproval: 0,
          reopened: false,
          history: [
            {
              action: 'SUBMITTED',
              from: 'OPEN',
              to: 'SUBMITTED',
              by: 'rita',
              comment: 'annual form',
              override: false,
              metric: null,
            },
          ],
        });
      });

      it('cannot be approved by the Jinniu reporter, nor by an approver of 金牛区 itself', async () => {
        const byReporter = await send(APPROVE_DISTRICT, JINNIU_2022, 'rita');
        expect(byReporter.errors?.[0]).toMatchObject({
          message:
            'approving or returning a report needs the role approver or admin; rita has reporter',
          extensions: { code: 'FORBIDDEN' },
        });
        const bySameLevel = await send(APPROVE_DISTRICT, JINNIU_2022, 'jin');
        expect(bySameLevel.errors?.[0]).toMatchObject({
          message:
            "510106's report is decided by the level above it: an approver whose units cover " +
            '510100; jin works in 510106',
          extensions: { code: 'FORBIDDEN' },
        });
        expect((await districtReport()).state).toBe('SUBMITTED');
      });

      it('locks its figures while submitted, saying who can return it', async () => {
        const answer = await recordJinniu('18.6万人', 'rita');
        expect(answer.errors?.[0]).toMatchObject({
          message:
            'the 2022 report of 510106 is SUBMITTED: its figures are locked until an ' +
            'approver whose units cover 510100 returns it',
          extensions: {
            code: 'LOCKED',
            report: { code: '510106', period: '2022', state: 'SUBMITTED' },
          },
        });
        expect((await jinniuCell()).reported.text).toBe('18.5万人');
      });

      it('is returned by a Chengdu approver, who must say why', async () => {
        const silent = await send(RETURN_DISTRICT, { ...JINNIU_2022, comment: '  ' }, 'carl');
        expect(silent.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          argumentName: 'comment',
        });
        const answer = await send(
          RETURN_DISTRICT,
          { ...JINNIU_2022, comment: 'members look low against 2021' },
          'carl',
        );
        expect(answer.errors).toBeUndefined();
        expect(answer.data!.returnDistrictReport.state).toBe('RETURNED');
        expect(answer.data!.returnDistrictReport.history[0]).toEqual({
          action: 'RETURNED',
          from: 'SUBMITTED',
          to: 'RETURNED',
          by: 'carl',
          comment: 'members look low against 2021',
          override: false,
          metric: null,
        });
      });

      it('is corrected and resubmitted by the reporter, then approved by Chengdu', async () => {
        const corrected = await recordJinniu('18.6万人', 'rita', { reason: 'as returned' });
        expect(corrected.errors).toBeUndefined();
        expect((await send(SUBMIT_DISTRICT, JINNIU_2022, 'rita')).errors).toBeUndefined();
        const answer = await send(APPROVE_DISTRICT, { ...JINNIU_2022, comment: 'thanks' }, 'carl');
        expect(answer.errors).toBeUndefined();
        const report = answer.data!.approveDistrictReport;
        expect([report.state, report.version]).toEqual(['APPROVED', 4]);
        expect(actions(report)).toEqual(['APPROVED', 'SUBMITTED', 'RETURNED', 'SUBMITTED']);
        expect(report.history[0]).toMatchObject({
          by: 'carl',
          from: 'SUBMITTED',
          comment: 'thanks',
        });
      });

      it('refuses a second approval of an approved report with CONFLICT and its state', async () => {
        const answer = await send(APPROVE_DISTRICT, JINNIU_2022, 'cora');
        expect(answer.errors?.[0]).toMatchObject({
          message:
            'the 2022 report of 510106: the report is APPROVED; approving needs a report that ' +
            'is SUBMITTED',
          extensions: { code: 'CONFLICT', currentState: 'APPROVED', currentVersion: 4 },
        });
      });

      it('locks its figures once approved, for records and retractions alike', async () => {
        const record = await recordJinniu('19万人', 'rita', { reason: 'late form' });
        expect(record.errors?.[0]).toMatchObject({
          message:
            'the 2022 report of 510106 is APPROVED: its figures are locked until an approver ' +
            'whose units cover 510100 returns it (an admin may correct a figure with a reason)',
          extensions: { code: 'LOCKED' },
        });
        const version = (await jinniuCell()).version;
        const retract = await send(
          RETRACT,
          { input: { ...JINNIU_MEMBERS_2022, expectedVersion: version, reason: 'duplicate' } },
          'rita',
        );
        expect(retract.errors?.[0]?.extensions?.code).toBe('LOCKED');
        expect((await jinniuCell()).reported.text).toBe('18.6万人');
      });

      it("shows Chengdu's completeness: 1 of 20 approved, the other 19 listed, in one statement", async () => {
        const { result, statementsPerFetch } = await recordSubgraphCosts(subgraphs, () =>
          send(
            `{ city(code: "510100") { report(period: "2022") { state districtsProgress {
                expected open submitted approved returned notApproved } } } }`,
            {},
          ),
        );
        expect(result.errors).toBeUndefined();
        expect(result.data!.city.report).toEqual({
          state: 'OPEN',
          districtsProgress: {
            expected: 20,
            open: 19,
            submitted: 0,
            approved: 1,
            returned: 0,
            notApproved: CHENGDU_DISTRICTS.filter((code) => code !== '510106'),
          },
        });
        // The districts' reports are read where they live: one entity fetch, one statement.
        expect(statementsPerFetch.district).toEqual([1]);
      });

      it('lets an admin correct an approved figure only with a reason, counted by the report', async () => {
        const noReason = await recordJinniu('18.7万人', 'ada');
        expect(noReason.errors?.[0]).toMatchObject({
          message:
            "the 2022 report of 510106 is APPROVED: an admin's correction of its figures needs a reason",
          extensions: { code: 'LOCKED' },
        });
        const answer = await recordJinniu('18.7万人', 'ada', {
          reason: 'audit office found a typo',
        });
        expect(answer.errors).toBeUndefined();
        expect((await jinniuCell()).history[0]).toEqual({
          action: 'CORRECTED',
          reason: 'audit office found a typo',
        });
        const report = await districtReport();
        expect([report.state, report.modifiedSinceApproval]).toEqual(['APPROVED', 1]);
        expect(report.history[0]).toEqual({
          action: 'CORRECTED',
          from: 'APPROVED',
          to: 'APPROVED',
          by: 'ada',
          comment: 'audit office found a typo',
          override: false,
          metric: 'members',
        });
      });

      it('lets an admin retract an approved figure with a reason, counted too', async () => {
        const version = (await jinniuCell()).version;
        const answer = await send(
          RETRACT,
          { input: { ...JINNIU_MEMBERS_2022, expectedVersion: version, reason: 'counted twice' } },
          'ada',
        );
        expect(answer.errors).toBeUndefined();
        const report = await districtReport();
        expect(report.modifiedSinceApproval).toBe(2);
        expect(report.history[0]).toMatchObject({
          action: 'CORRECTED',
          comment: 'counted twice',
          metric: 'members',
        });
      });

      it('counts corrections since the last approval only', async () => {
        await send(
          RETURN_DISTRICT,
          { ...JINNIU_2022, comment: 'recheck after correction' },
          'carl',
        );
        await send(SUBMIT_DISTRICT, JINNIU_2022, 'rita');
        const approved = await send(APPROVE_DISTRICT, JINNIU_2022, 'carl');
        expect(approved.errors).toBeUndefined();
        expect(approved.data!.approveDistrictReport).toMatchObject({
          state: 'APPROVED',
          modifiedSinceApproval: 0,
        });
      });
    });

    describe("Chengdu's 2013 report: approved over its audit", () => {
      it('is audited and sealed where the districts are, one statement for all its cells', async () => {
        const { result, statementsPerFetch } = await recordSubgraphCosts(subgraphs, () =>
          send(CITY_SEAL, CHENGDU_2013, 'sam'),
        );
        expect(result.errors).toBeUndefined();
        const seal = result.data!.city.report.auditSeal;
        expect(seal.inconsistent).toEqual([]);
        expect(seal.checked).toBeGreaterThan(1);
        const expires = Date.parse(seal.expiresAt) - Date.now();
        expect(expires).toBeGreaterThan(9 * 60_000);
        expect(expires).toBeLessThanOrEqual(10 * 60_000);
        expect(statementsPerFetch.district).toEqual([1]);
      });

      it('becomes INCONSISTENT when 金牛区 2013 members is corrected to 400万人', async () => {
        const answer = await recordJinniu('400万人', 'alice', { period: '2013', reason: 'test' });
        expect(answer.errors).toBeUndefined();
        expect((await send(SUBMIT_CITY, CHENGDU_2013, 'alice')).errors).toBeUndefined();
        expect((await sealOf()).inconsistent).toEqual(['members']);
      });

      it('is not approved by a Chengdu approver: the level above decides', async () => {
        const { seal } = await sealOf(CHENGDU_2013, 'carl');
        const answer = await send(APPROVE_CITY, { ...CHENGDU_2013, auditSeal: seal }, 'carl');
        expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      });

      it('needs a seal, one the graph made, of this report', async () => {
        const none = await send(APPROVE_CITY, CHENGDU_2013, 'sam');
        expect(none.errors?.[0]).toMatchObject({
          extensions: { code: 'BAD_USER_INPUT', argumentName: 'auditSeal' },
        });
        expect(none.errors?.[0]?.message).toContain('auditSeal');
        const { seal } = await sealOf();
        const [body] = seal.split('.');
        const forged = await send(
          APPROVE_CITY,
          { ...CHENGDU_2013, auditSeal: `${body}.${'A'.repeat(43)}` },
          'sam',
        );
        expect(forged.errors?.[0]).toMatchObject({
          message:
            'Argument "auditSeal": not accepted: its signature does not match: it was not ' +
            'made by this graph, or was altered',
          extensions: { code: 'BAD_USER_INPUT' },
        });
        const other = await sealOf({ code: '510100', period: '2019' });
        const wrong = await send(APPROVE_CITY, { ...CHENGDU_2013, auditSeal: other.seal }, 'sam');
        expect(wrong.errors?.[0]?.message).toContain(
          'the seal is for the 2019 City report of 510100, not the 2013 City report of 510100',
        );
      });

      it('refuses a seal of figures made up by a caller who reached the district subgraph', async () => {
        // Whoever holds the gateway secret can send the district subgraph any representation;
        // the seal it gets covers the figures it sent, which the city subgraph then finds it
        // does not hold.
        const real = await send(
          `{ city(code: "510100") { report(period: "2013") {
              cells { metric version reported { value lower upper text complete } } } } }`,
          {},
        );
        const cells = real.data!.city.report.cells.map((cell: Loose) =>
          cell.metric === 'members'
            ? { ...cell, reported: { ...cell.reported, lower: 9e9, upper: 9e9, value: 9e9 } }
            : cell,
        );
        const direct = await postGraphQL<Loose>(
          subgraphs.servers.district.url,
          `query($r: [_Any!]!) { _entities(representations: $r) {
             ... on CityReport { auditSeal { inconsistent seal } } } }`,
          { r: [{ __typename: 'CityReport', cityCode: '510100', period: '2013', cells }] },
          undefined,
          subgraphs.gatewayTrust.secret,
        );
        const forged = direct.data!._entities[0].auditSeal;
        expect(forged.inconsistent).toEqual([]);
        const answer = await send(APPROVE_CITY, { ...CHENGDU_2013, auditSeal: forged.seal }, 'sam');
        expect(answer.errors?.[0]).toMatchObject({
          message:
            'figures changed since the audit: a figure differs from the audited one; ask for ' +
            'a new auditSeal',
          extensions: { code: 'CONFLICT', reason: 'FIGURES_CHANGED', currentState: 'SUBMITTED' },
        });
      });

      it('refuses approval over an INCONSISTENT audit, naming the metric', async () => {
        const { seal } = await sealOf();
        const answer = await send(APPROVE_CITY, { ...CHENGDU_2013, auditSeal: seal }, 'sam');
        expect(answer.errors?.[0]).toMatchObject({
          message:
            'the audit of the 2013 report of 510100 finds members INCONSISTENT with the level ' +
            'below: return the report, or approve with override: true and a comment saying why',
          extensions: { code: 'AUDIT_INCONSISTENT', inconsistent: ['members'] },
        });
        const silent = await send(
          APPROVE_CITY,
          { ...CHENGDU_2013, auditSeal: seal, override: true },
          'sam',
        );
        expect(silent.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          argumentName: 'comment',
        });
        expect((await cityReport()).state).toBe('SUBMITTED');
      });

      it('approves with override: true and a comment, which the event records', async () => {
        const { seal } = await sealOf();
        const answer = await send(
          APPROVE_CITY,
          {
            ...CHENGDU_2013,
            auditSeal: seal,
            override: true,
            comment: '金牛区 is checking its 2013 form; Chengdu stands by 329余万人',
          },
          'sam',
        );
        expect(answer.errors).toBeUndefined();
        expect(answer.data!.approveCityReport.state).toBe('APPROVED');
        expect(answer.data!.approveCityReport.history[0]).toEqual({
          action: 'APPROVED',
          from: 'SUBMITTED',
          to: 'APPROVED',
          by: 'sam',
          comment: '金牛区 is checking its 2013 form; Chengdu stands by 329余万人',
          override: true,
          metric: null,
        });
      });

      it('refuses a seal older than the figures: changed since the audit', async () => {
        const key = { code: '510100', period: '2019' };
        const early = await sealOf(key);
        const cell = (
          await send(
            `{ city(code: "510100") { figure(metric: "members", period: "2019") { version reported { text } } } }`,
            {},
          )
        ).data!.city.figure;
        const corrected = await send(
          RECORD_CITY,
          {
            input: {
              code: '510100',
              metric: 'members',
              period: '2019',
              text: cell.reported.text,
              expectedVersion: cell.version,
              reason: 'same figure, re-entered',
            },
          },
          'alice',
        );
        expect(corrected.errors).toBeUndefined();
        expect((await send(SUBMIT_CITY, key, 'alice')).errors).toBeUndefined();
        const stale = await send(APPROVE_CITY, { ...key, auditSeal: early.seal }, 'sam');
        expect(stale.errors?.[0]).toMatchObject({
          message: `figures changed since the audit: members (sealed ${cell.version}, now ${cell.version + 1}); ask for a new auditSeal`,
          extensions: { code: 'CONFLICT', reason: 'FIGURES_CHANGED' },
        });
        const fresh = await sealOf(key);
        const approved = await send(APPROVE_CITY, { ...key, auditSeal: fresh.seal }, 'sam');
        expect(approved.errors).toBeUndefined();
        expect(approved.data!.approveCityReport.state).toBe('APPROVED');
      });
    });

    describe("Sichuan's 2021 report: only an admin decides a province's report", () => {
      it('is submitted by a Sichuan reporter and sealed over its direct children', async () => {
        expect((await send(SUBMIT_PROVINCE, SICHUAN_2021, 'sue')).errors).toBeUndefined();
        const answer = await send(PROVINCE_SEAL, SICHUAN_2021, 'ada');
        expect(answer.errors).toBeUndefined();
        expect(answer.data!.province.report.state).toBe('SUBMITTED');
        expect(answer.data!.province.report.auditSeal).toMatchObject({
          inconsistent: [],
          checked: 19,
        });
      });

      it('is refused to a Sichuan approver and approved by an admin', async () => {
        const { seal } = (await send(PROVINCE_SEAL, SICHUAN_2021, 'ada')).data!.province.report
          .auditSeal;
        const bySam = await send(APPROVE_PROVINCE, { ...SICHUAN_2021, auditSeal: seal }, 'sam');
        expect(bySam.errors?.[0]).toMatchObject({
          message: "a province's report is approved or returned by an admin; sam has approver",
          extensions: { code: 'FORBIDDEN' },
        });
        const byAda = await send(APPROVE_PROVINCE, { ...SICHUAN_2021, auditSeal: seal }, 'ada');
        expect(byAda.errors).toBeUndefined();
        expect(byAda.data!.approveProvinceReport.state).toBe('APPROVED');
      });

      it("shows a province's direct children: its cities and the units with no city", async () => {
        const answer = await send(
          `{ sichuan: province(code: "510000") { report(period: "2021") {
               citiesProgress { expected open approved }
               directDistrictsProgress { expected notApproved } } }
             beijing: province(code: "110000") { report(period: "2021") {
               citiesProgress { expected } directDistrictsProgress { expected open } } } }`,
          {},
        );
        expect(answer.errors).toBeUndefined();
        expect(answer.data).toEqual({
          sichuan: {
            report: {
              citiesProgress: { expected: 21, open: 21, approved: 0 },
              directDistrictsProgress: { expected: 0, notApproved: [] },
            },
          },
          beijing: {
            report: {
              citiesProgress: { expected: 0 },
              directDistrictsProgress: { expected: 16, open: 16 },
            },
          },
        });
      });
    });

    it('reads the progress of the whole country with one statement per fetch', async () => {
      const { result, statementsPerFetch } = await recordSubgraphCosts(subgraphs, () =>
        send(
          `{ provinces { code report(period: "2022") { citiesProgress { approved }
               directDistrictsProgress { approved } }
             cities { code report(period: "2022") { districtsProgress { expected approved } } } } }`,
          {},
        ),
      );
      expect(result.errors).toBeUndefined();
      const cities = result.data!.provinces.flatMap((p: Loose) => p.cities);
      expect(cities).toHaveLength(tree.cities.length);
      const chengdu = cities.find((c: Loose) => c.code === '510100');
      expect(chengdu.report.districtsProgress).toEqual({ expected: 20, approved: 1 });
      // Every district-subgraph fetch reads the reports it needs in one statement.
      expect(statementsPerFetch.district.length).toBeGreaterThan(0);
      expect(statementsPerFetch.district.every((n) => n === 1)).toBe(true);
    });

    describe('deciding at once', () => {
      const key = { code: '510104', period: '2021' };
      const REPORT_ARGS = '$code: ID!, $period: String!, $expectedVersion: Int';
      const approve = decision(
        'approveDistrictReport',
        'code: $code, period: $period, expectedVersion: $expectedVersion',
        REPORT_ARGS,
      );
      const giveBack = decision(
        'returnDistrictReport',
        'code: $code, period: $period, comment: "not yet", expectedVersion: $expectedVersion',
        REPORT_ARGS,
      );

      it('lets one of two approvers approving at once win; the other gets CONFLICT', async () => {
        expect((await send(SUBMIT_DISTRICT, key, 'alice')).errors).toBeUndefined();
        const answers = await Promise.all([send(approve, key, 'carl'), send(approve, key, 'cora')]);
        const won = answers.filter((a) => a.errors === undefined);
        const lost = answers.filter((a) => a.errors?.[0]?.extensions?.code === 'CONFLICT');
        expect([won.length, lost.length]).toEqual([1, 1]);
        expect(lost[0]!.errors![0]!.extensions).toMatchObject({
          currentState: 'APPROVED',
          currentVersion: 2,
        });
        expect(actions(await districtReport(key))).toEqual(['APPROVED', 'SUBMITTED']);
      });

      it('lets exactly one of eight deciders from the version they read win', async () => {
        await send(giveBack, { ...key, expectedVersion: 2 }, 'carl');
        expect((await send(SUBMIT_DISTRICT, key, 'alice')).errors).toBeUndefined();
        const read = (await districtReport(key)).version;
        const answers = await Promise.all([
          ...Array.from({ length: 4 }, () =>
            send(approve, { ...key, expectedVersion: read }, 'carl'),
          ),
          ...Array.from({ length: 4 }, () =>
            send(giveBack, { ...key, expectedVersion: read }, 'cora'),
          ),
        ]);
        const won = answers.filter((a) => a.errors === undefined);
        const lost = answers.filter((a) => a.errors?.[0]?.extensions?.code === 'CONFLICT');
        expect([won.length, lost.length]).toEqual([1, 7]);
        const report = await districtReport(key);
        expect(report.version).toBe(read + 1);
        expect(report.state).toBe(Object.values(won[0]!.data!)[0].state);
      });
    });
  });
});

describe.each(['sqlite', 'postgresql'] as const)('entry deadlines on %s', (store) => {
  describe.each(ENGINES)('through %s', (engine) => {
    let auth: TestAuth;
    let subgraphs: Subgraphs;
    let gateway: RunningGateway;
    let rita: string;
    let ada: string;

    const send = (query: string, variables: Record<string, unknown>, token?: string) =>
      postGraphQL<Loose>(gateway.url, query, variables, token);
    const record = (period: string, text: string) =>
      send(RECORD, { input: { ...JINNIU_MEMBERS_2022, period, text } }, rita);

    beforeAll(async () => {
      auth = await createTestAuth();
      // 90 days after the period ends: 2022 closed after 2023-03-31.
      subgraphs = await startSubgraphs(store, auth.settings, { entryDays: 90 });
      gateway = await startGateway(engine, subgraphs);
      rita = await auth.token(PEOPLE.rita);
      ada = await auth.token(PEOPLE.ada);
    });

    afterAll(async () => {
      await gateway?.stop();
      await subgraphs?.stop();
    });

    it('says when entry closes and refuses a write after it with PERIOD_CLOSED', async () => {
      const report = (
        await send('{ district(code: "510106") { report(period: "2022") { entryClosesAt } } }', {})
      ).data!.district.report;
      expect(report.entryClosesAt).toBe('2023-04-01T00:00:00.000Z');
      const answer = await record('2022', '18.5万人');
      expect(answer.errors?.[0]).toMatchObject({
        message:
          'entry for 2022 closed after 2023-03-31 (90 days after the period ended); an admin ' +
          'whose units cover 510106 can reopen the 2022 report of 510106',
        extensions: { code: 'PERIOD_CLOSED' },
      });
    });

    it('accepts a write to a period that has not ended', async () => {
      expect((await record('2099', '20万人')).errors).toBeUndefined();
    });

    it('is reopened by an admin with a comment, an event, and then accepts writes', async () => {
      const byReporter = await send(
        REOPEN_DISTRICT,
        { ...JINNIU_2022, comment: 'late form' },
        rita,
      );
      expect(byReporter.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const silent = await send(REOPEN_DISTRICT, { ...JINNIU_2022, comment: '' }, ada);
      expect(silent.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const answer = await send(
        REOPEN_DISTRICT,
        { ...JINNIU_2022, comment: 'the form arrived late' },
        ada,
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.reopenDistrictReport).toMatchObject({
        state: 'OPEN',
        reopened: true,
        history: [
          {
            action: 'REOPENED',
            from: 'OPEN',
            to: 'OPEN',
            by: 'ada',
            comment: 'the form arrived late',
          },
        ],
      });
      expect((await record('2022', '18.5万人')).errors).toBeUndefined();
      // Only that unit and period: its neighbour stays closed.
      const neighbour = await send(
        RECORD,
        { input: { ...JINNIU_MEMBERS_2022, code: '510107', text: '1万人' } },
        await auth.token({ sub: 'wu', roles: ['reporter'], units: ['510100'] }),
      );
      expect(neighbour.errors?.[0]?.extensions?.code).toBe('PERIOD_CLOSED');
    });
  });
});
