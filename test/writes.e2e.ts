import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningGateway } from '@union/gateway';
import { createTestAuth, postGraphQL, type TestAuth } from '@union/subgraph-kit/testing';
import { ENGINES, startGateway, startSubgraphs, type Subgraphs } from './support/federation';

/*
 * Writes through the gateway, on both engines and both stores: who may write what, versions
 * that never let a stale write through, history that loses nothing, and rollups and audits
 * that follow a write on the next request.
 */

const RECORD = `mutation($input: FigureInput!) {
  recordDistrictFigure(input: $input) {
    districtCode metric period version updatedBy
    reported { text lower upper qualifier note source { document quote } }
  }
}`;

const RETRACT = `mutation($input: RetractInput!) {
  retractDistrictFigure(input: $input) { version reported { text } }
}`;

const CELL = `query($code: ID!, $metric: String!, $period: String!) {
  district(code: $code) {
    figure(metric: $metric, period: $period) {
      version updatedBy updatedAt
      reported { text lower upper }
      history { version by action oldText newText oldLower oldUpper newLower newUpper reason requestId }
    }
  }
}`;

const CHENGDU_MEMBERS_2013 = `{
  city(code: "510100") {
    figure(metric: "members", period: "2013") {
      districtsSum { lower upper reporting }
      audit { status gap }
    }
  }
}`;

const JINNIU = { code: '510106', metric: 'members', period: '2022' };
const CHENGDU_REPORTER = {
  sub: 'alice',
  name: '成都 统计',
  roles: ['reporter' as const],
  units: ['510100'],
};

describe.each(['sqlite', 'postgresql'] as const)('writes on %s', (store) => {
  describe.each(ENGINES)('through %s', (engine) => {
    let auth: TestAuth;
    let subgraphs: Subgraphs;
    let gateway: RunningGateway;
    let alice: string;

    const send = (query: string, variables?: Record<string, unknown>, token?: string) =>
      postGraphQL<Record<string, any>>(gateway.url, query, variables, token); // eslint-disable-line @typescript-eslint/no-explicit-any
    const cell = async (key = JINNIU) => (await send(CELL, key)).data!.district.figure;
    const record = (input: Record<string, unknown>, token = alice) =>
      send(RECORD, { input: { ...JINNIU, ...input } }, token);

    beforeAll(async () => {
      auth = await createTestAuth();
      subgraphs = await startSubgraphs(store, auth.settings);
      gateway = await startGateway(engine, subgraphs);
      alice = await auth.token(CHENGDU_REPORTER);
    });

    afterAll(async () => {
      await gateway?.stop();
      await subgraphs?.stop();
    });

    it('says who is asking', async () => {
      expect((await send('{ me { sub name roles units } }', {}, alice)).data).toEqual({
        me: { sub: 'alice', name: '成都 统计', roles: ['REPORTER'], units: ['510100'] },
      });
      expect((await send('{ me { sub } }')).data).toEqual({ me: null });
    });

    it('records a Jinniu figure from its printed text as a Chengdu reporter', async () => {
      const answer = await record({
        text: '18.5万人',
        expectedVersion: null,
        note: 'entered from the annual form',
        source: { document: 'form-2022.xlsx', quote: '会员18.5万人' },
      });
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.recordDistrictFigure).toEqual({
        ...{ districtCode: '510106', metric: 'members', period: '2022' },
        version: 1,
        updatedBy: 'alice',
        reported: {
          text: '18.5万人',
          lower: 184_500,
          upper: 185_500,
          qualifier: 'ROUNDED',
          note: 'entered from the annual form',
          source: { document: 'form-2022.xlsx', quote: '会员18.5万人' },
        },
      });
    });

    it('corrects it from the version read, and history shows both, newest first', async () => {
      const answer = await record({
        text: '18.6万人',
        expectedVersion: 1,
        reason: 'typo in the form',
      });
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.recordDistrictFigure.version).toBe(2);
      const figure = await cell();
      expect(figure.reported).toEqual({ text: '18.6万人', lower: 185_500, upper: 186_500 });
      expect(figure.updatedBy).toBe('alice');
      expect(Date.parse(figure.updatedAt)).toBeGreaterThan(Date.now() - 60_000);
      expect(
        figure.history.map((h: { version: number; action: string }) => [h.version, h.action]),
      ).toEqual([
        [2, 'CORRECTED'],
        [1, 'RECORDED'],
      ]);
      expect(figure.history[0]).toMatchObject({
        by: 'alice',
        oldText: '18.5万人',
        newText: '18.6万人',
        oldLower: 184_500,
        oldUpper: 185_500,
        newLower: 185_500,
        newUpper: 186_500,
        reason: 'typo in the form',
      });
      expect(figure.history[0].requestId).toMatch(/^district-\d+$/);
    });

    it('refuses a stale version with CONFLICT and the current figure, changing nothing', async () => {
      const answer = await record({ text: '20万人', expectedVersion: 1 });
      expect(answer.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        expectedVersion: 1,
        currentVersion: 2,
        current: { text: '18.6万人', updatedBy: 'alice' },
      });
      expect(
        (await record({ text: '20万人', expectedVersion: null })).errors?.[0]?.extensions,
      ).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      const figure = await cell();
      expect([figure.version, figure.reported.text, figure.history.length]).toEqual([
        2,
        '18.6万人',
        2,
      ]);
    });

    it('lets exactly one of 20 concurrent corrections from one version win', async () => {
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) => record({ text: `${19 + i}万人`, expectedVersion: 2 })),
      );
      const won = answers.filter((a) => a.errors === undefined);
      const conflicts = answers.filter((a) => a.errors?.[0]?.extensions?.code === 'CONFLICT');
      expect([won.length, conflicts.length]).toEqual([1, 19]);
      const figure = await cell();
      expect(figure.version).toBe(3);
      expect(figure.reported.text).toBe(won[0]!.data!.recordDistrictFigure.reported.text);
      expect(figure.history.length).toBe(3);
    });

    it("gives each cell of a list its version and writer, as the cell's own field does", async () => {
      const answer = await send(`{ city(code: "510100") { districts {
        code figure(metric: "members", period: "2022") { version updatedBy reported { text } } } } }`);
      const jinniu = answer.data!.city.districts.find((d: { code: string }) => d.code === '510106');
      const own = await cell();
      expect(jinniu.figure).toEqual({
        version: own.version,
        updatedBy: 'alice',
        reported: { text: own.reported.text },
      });
    });

    describe('refusals leave the cell unchanged', () => {
      let before: { version: number; text: string };
      beforeAll(async () => {
        const figure = await cell();
        before = { version: figure.version, text: figure.reported.text };
      });

      const unchanged = async () => {
        const figure = await cell();
        expect({ version: figure.version, text: figure.reported.text }).toEqual(before);
      };

      it('refuses a Chengdu reporter a Mianyang district, naming the subtree', async () => {
        const answer = await record({ code: '510703', text: '1万人', expectedVersion: null });
        expect(answer.errors?.[0]).toMatchObject({
          message: 'alice works in 510100, which does not cover 510703',
          extensions: { code: 'FORBIDDEN' },
        });
        const mianyang = await cell({ ...JINNIU, code: '510703' });
        expect([mianyang.version, mianyang.reported]).toEqual([0, null]);
      });

      it('refuses a viewer any write', async () => {
        const viewer = await auth.token({ sub: 'vic', roles: ['viewer'], units: ['510000'] });
        const answer = await record({ text: '1万人', expectedVersion: before.version }, viewer);
        expect(answer.errors?.[0]).toMatchObject({
          message: 'writing figures needs the role reporter or admin; vic has viewer',
          extensions: { code: 'FORBIDDEN' },
        });
        await unchanged();
      });

      it('refuses an anonymous write', async () => {
        const answer = await send(RECORD, {
          input: { ...JINNIU, text: '1万人', expectedVersion: before.version },
        });
        expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
        await unchanged();
      });

      it.each([
        [
          'an expired token',
          () => auth.token(CHENGDU_REPORTER, { expiresIn: Math.floor(Date.now() / 1000) - 60 }),
          'the token has expired; sign in again',
        ],
        [
          'a token signed by another key',
          () => auth.foreignToken(CHENGDU_REPORTER),
          'the token is not signed by a key this graph trusts; sign in again',
        ],
        [
          'a token for another audience',
          () => auth.token(CHENGDU_REPORTER, { audience: 'elsewhere' }),
          'the token is not for this graph (aud must be "union-graph"); sign in again',
        ],
        ['a malformed token', async () => 'not.a.jwt', 'the token is malformed; sign in again'],
      ])('refuses %s at the gateway before planning', async (_, makeToken, message) => {
        const answer = await record(
          { text: '1万人', expectedVersion: before.version },
          await makeToken(),
        );
        expect(answer).toEqual({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
        await unchanged();
      });

      it('refuses a direct call to the subgraph without a valid token, even signed', async () => {
        // A request signed with the gateway's secret still needs the writer's own token.
        const direct = subgraphs.servers.district.url;
        const secret = subgraphs.gatewayTrust.secret;
        const input = { ...JINNIU, text: '1万人', expectedVersion: before.version };
        const anonymous = await postGraphQL(direct, RECORD, { input }, undefined, secret);
        expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
        const forged = await postGraphQL(
          direct,
          RECORD,
          { input },
          await auth.foreignToken(CHENGDU_REPORTER),
          secret,
        );
        expect(forged.errors?.[0]).toMatchObject({
          message: 'the token is not signed by a key this graph trusts; sign in again',
          extensions: { code: 'UNAUTHENTICATED' },
        });
        await unchanged();
      });

      it('refuses unreadable text as BAD_USER_INPUT quoting it', async () => {
        const answer = await record({ text: '1056。万人', expectedVersion: before.version });
        expect(answer.errors?.[0]?.message).toContain('1056。万人');
        expect(answer.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          argumentName: 'text',
        });
        await unchanged();
      });
    });

    it('retracts with a reason, keeping what it was in history; then records again', async () => {
      const version = (await cell()).version;
      const noReason = await send(
        RETRACT,
        { input: { ...JINNIU, expectedVersion: version, reason: ' ' } },
        alice,
      );
      expect(noReason.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const answer = await send(
        RETRACT,
        { input: { ...JINNIU, expectedVersion: version, reason: 'counted twice' } },
        alice,
      );
      expect(answer.data!.retractDistrictFigure).toEqual({ version: version + 1, reported: null });
      const figure = await cell();
      expect(figure.history[0]).toMatchObject({
        version: version + 1,
        action: 'RETRACTED',
        newText: null,
        reason: 'counted twice',
      });
      const again = await record({ text: '18.6万人', expectedVersion: null });
      expect(again.data!.recordDistrictFigure.version).toBe(version + 2);
    });

    it("changes Chengdu's districts' sum and audit on the next request after a correction", async () => {
      const before = (await send(CHENGDU_MEMBERS_2013)).data!.city.figure;
      expect(before).toEqual({
        districtsSum: { lower: 326_345, upper: 326_345, reporting: 2 },
        audit: { status: 'CONSISTENT', gap: null },
      });
      const jinniu2013 = { ...JINNIU, period: '2013' };
      const seeded = await cell(jinniu2013);
      expect(seeded.history.map((h: { action: string }) => h.action)).toEqual(['SEEDED']);
      const answer = await record({
        ...jinniu2013,
        text: '400万人',
        expectedVersion: seeded.version,
        reason: 'test',
      });
      expect(answer.errors).toBeUndefined();
      const after = (await send(CHENGDU_MEMBERS_2013)).data!.city.figure;
      expect(after.districtsSum).toEqual({ lower: 4_139_959, upper: 4_149_959, reporting: 2 });
      expect(after.audit).toEqual({ status: 'INCONSISTENT', gap: 839_959 });
    });

    it('rolls up figures that are not whole numbers from the figures themselves', async () => {
      // The database's totals are taken only where they are exact (whole numbers); these
      // cells' figures are read one by one and added in decimal. 0.1元 and 0.2元 are printed
      // to one decimal: 0.05..0.15 and 0.15..0.25.
      const chengduArrears = `{
        city(code: "510100") {
          figure(metric: "wage_arrears_recovered", period: "2021") {
            districtsSum { lower upper reporting }
          }
        }
      }`;
      const sum = async () => (await send(chengduArrears)).data!.city.figure.districtsSum;
      expect((await sum()).reporting).toBe(0);
      const cell = { metric: 'wage_arrears_recovered', period: '2021', expectedVersion: null };
      for (const [code, text] of [
        ['510106', '0.1元'],
        ['510107', '0.2元'],
      ]) {
        expect((await record({ ...cell, code, text })).errors).toBeUndefined();
      }
      expect(await sum()).toEqual({ lower: 0.2, upper: 0.4, reporting: 2 });
    });
  });
});
