import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAuth, postGraphQL, type TestAuth } from '@union/subgraph-kit/testing';
import { type RunningGateway } from '@union/gateway';
import { formatImportReport } from '../clients/import-export/src/format-import-report';
import { importExitStatus } from '../clients/import-export/src/import-command';
import { type ImportStep, runImport } from '../clients/import-export/src/run-import';
import { ENGINES, startGateway, startSubgraphs, type Subgraphs } from './support/federation';

/*
 * An import across levels is all or nothing even when a later level is refused during the
 * write: the levels written before it are undone (a saga run by the CLI). The concurrent
 * writer is played through runImport's beforeWrite seam, between the city level's write and
 * the district level's, so the refusal is deterministic. On both stores and both engines.
 */

const HEADER = 'code,metric,period,text,reading,note,complete,document,quote';

const CELL = (
  level: 'city' | 'district',
) => `query($code: ID!, $metric: String!, $period: String!) {
  unit: ${level}(code: $code) {
    figure(metric: $metric, period: $period) {
      version updatedBy
      reported {
        text reading note complete value lower upper qualifier unit source { document quote }
      }
      history { version action by reason }
    }
  }
}`;

describe.each(['sqlite', 'postgresql'] as const)(
  'an import refused while writing, on %s',
  (store) => {
    describe.each(ENGINES)('through %s', (engine) => {
      let auth: TestAuth;
      let subgraphs: Subgraphs;
      let gateway: RunningGateway;
      let alice: string;
      let bob: string;
      let folder: string;

      // End-to-end tests walk query-shaped responses; asserting whole values keeps them honest.
      const send = async (
        query: string,
        variables: Record<string, unknown>,
        token?: string,
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
      ): Promise<any> => {
        const response = await postGraphQL<Record<string, unknown>>(
          gateway.url,
          query,
          variables,
          token,
        );
        expect(response.errors).toBeUndefined();
        return response.data;
      };
      const cell = async (
        level: 'city' | 'district',
        code: string,
        metric: string,
        period: string,
      ) => (await send(CELL(level), { code, metric, period })).unit.figure;
      /** Bob, another reporter of Chengdu, records a figure from the version he read. */
      const bobRecords = (level: 'City' | 'District', input: Record<string, unknown>) =>
        send(
          `mutation($input: FigureInput!) { record${level}Figure(input: $input) { version } }`,
          { input },
          bob,
        );
      const file = (name: string, rows: string[]) => {
        const target = path.join(folder, name);
        writeFileSync(target, [HEADER, ...rows].join('\n') + '\n');
        return target;
      };
      const importFile = (
        target: string,
        beforeWrite: (step: ImportStep) => Promise<void>,
        batchRows?: number,
      ) =>
        runImport({
          file: target,
          gateway: gateway.url,
          token: alice,
          dryRun: false,
          beforeWrite,
          batchRows,
        });

      beforeAll(async () => {
        auth = await createTestAuth();
        subgraphs = await startSubgraphs(store, auth.settings);
        gateway = await startGateway(engine, subgraphs);
        alice = await auth.token({ sub: 'alice', roles: ['reporter'], units: ['510100'] });
        bob = await auth.token({ sub: 'bob', roles: ['reporter'], units: ['510100'] });
        folder = mkdtempSync(path.join(tmpdir(), 'union-rollback-'));
      });

      afterAll(async () => {
        await gateway?.stop();
        await subgraphs?.stop();
        if (folder) rmSync(folder, { recursive: true, force: true });
      });

      it('a district level refused after the city level was written: the city cells are restored exactly', async () => {
        // The seeded 成都市 members 2013 (329余万人, with its reading, note and source) is changed
        // by the file; rights_cases 2013 is created; two district cells would be created.
        const seeded = await cell('city', '510100', 'members', '2013');
        expect(seeded.reported).toMatchObject({
          text: '329余万人',
          note: expect.stringContaining('目前'),
          source: { quote: expect.stringContaining('会员329余万人') },
        });
        expect(await cell('city', '510100', 'rights_cases', '2013')).toMatchObject({
          version: 0,
          reported: null,
        });
        const target = file('two-levels.csv', [
          '510100,members,2013,330万人,,from the file,false,,',
          '510100,rights_cases,2013,1268件,,,false,,',
          '510104,rights_cases,2013,37件,,,false,,',
          '510106,rights_cases,2013,51件,,,false,,',
        ]);
        const steps: string[] = [];
        const report = await importFile(target, async (step) => {
          steps.push(`${step.level} ${step.batch}/${step.batches}`);
          if (step.level !== 'DISTRICT') return;
          // The city level is written by now.
          expect(await cell('city', '510100', 'rights_cases', '2013')).toMatchObject({
            version: 1,
            reported: { text: '1268件' },
          });
          await bobRecords('District', {
            ...{ code: '510106', metric: 'rights_cases', period: '2013', text: '52件' },
            expectedVersion: null,
          });
        });
        expect(steps).toEqual(['CITY 1/1', 'DISTRICT 1/1']);
        expect(report).toMatchObject({
          written: false,
          partlyWritten: false,
          rollback: {
            refusedAt: { level: 'DISTRICT', batch: 1, batches: 1 },
            undone: 2,
            notUndone: [],
          },
        });
        expect(report.problems).toEqual([
          expect.objectContaining({ row: 5, column: 'expectedVersion', code: 'CONFLICT' }),
        ]);
        expect(formatImportReport(report).split('\n')[0]).toBe(
          'two-levels.csv: 4 rows, nothing written: the import was refused at DISTRICT batch 1 of 1 ' +
            'and 2 cells written before it were undone',
        );
        expect(importExitStatus(report)).toBe(1);

        // Changed by the import, then recorded again as it was: every field as before.
        const members = await cell('city', '510100', 'members', '2013');
        expect(members.reported).toEqual(seeded.reported);
        expect(members.version).toBe(seeded.version + 2);
        expect(members.history.slice(0, 2)).toEqual([
          {
            version: seeded.version + 2,
            action: 'CORRECTED',
            by: 'alice',
            reason: 'undoing the import of two-levels.csv: DISTRICT batch 1 of 1 was refused',
          },
          {
            version: seeded.version + 1,
            action: 'IMPORTED',
            by: 'alice',
            reason: 'imported from two-levels.csv',
          },
        ]);
        // Created by the import, then retracted: no figure, as before.
        const created = await cell('city', '510100', 'rights_cases', '2013');
        expect(created).toMatchObject({ version: 2, reported: null });
        expect(created.history.map((h: { action: string }) => h.action)).toEqual([
          'RETRACTED',
          'IMPORTED',
        ]);
        // The district level wrote nothing; Bob's figure stands.
        expect(await cell('district', '510104', 'rights_cases', '2013')).toMatchObject({
          version: 0,
          reported: null,
        });
        expect(await cell('district', '510106', 'rights_cases', '2013')).toMatchObject({
          version: 1,
          updatedBy: 'bob',
          reported: { text: '52件' },
        });
      });

      it('an undo that meets a second concurrent change leaves that figure and reports the cell', async () => {
        const target = file('undo-conflict.csv', [
          '510100,rights_cases,2014,1300件,,,false,,',
          '510100,union_cadres_trained,2014,2.2万人次,,,false,,',
          '510106,rights_cases,2014,55件,,,false,,',
        ]);
        const report = await importFile(target, async (step) => {
          if (step.level !== 'DISTRICT') return;
          // Bob corrects a city cell the import just created, and writes the district cell.
          await bobRecords('City', {
            ...{ code: '510100', metric: 'rights_cases', period: '2014', text: '1301件' },
            expectedVersion: 1,
          });
          await bobRecords('District', {
            ...{ code: '510106', metric: 'rights_cases', period: '2014', text: '56件' },
            expectedVersion: null,
          });
        });
        expect(report).toMatchObject({ written: false, partlyWritten: true });
        expect(report.rollback).toEqual({
          refusedAt: { level: 'DISTRICT', batch: 1, batches: 1 },
          undone: 1,
          notUndone: [
            {
              row: 2,
              code: '510100',
              metric: 'rights_cases',
              period: '2014',
              importedVersion: 1,
              reason: 'CONFLICT',
              message: expect.any(String),
              currentVersion: 2,
            },
          ],
        });
        const text = formatImportReport(report).split('\n');
        expect(text[0]).toBe(
          'undo-conflict.csv: 3 rows, partly written: the import was refused at DISTRICT batch 1 of 1; ' +
            '1 cells written before it were undone, 1 could not be undone (someone changed them ' +
            'after the import wrote them; their figures are kept)',
        );
        expect(text[1]).toMatch(
          /^ {2}not undone: row 2 {2}510100 rights_cases 2014 {2}imported as version 1, now at version 2: .* \(CONFLICT\)$/,
        );
        expect(importExitStatus(report)).toBe(3);
        // Bob's correction is kept, not overwritten or retracted.
        expect(await cell('city', '510100', 'rights_cases', '2014')).toMatchObject({
          version: 2,
          updatedBy: 'bob',
          reported: { text: '1301件' },
        });
        expect(await cell('city', '510100', 'union_cadres_trained', '2014')).toMatchObject({
          version: 2,
          reported: null,
        });
        expect(await cell('district', '510106', 'rights_cases', '2014')).toMatchObject({
          version: 1,
          updatedBy: 'bob',
          reported: { text: '56件' },
        });
      });

      it('a second batch of a level refused: the first batch and the level before are undone', async () => {
        const target = file('batches.csv', [
          '510100,rights_cases,2015,1400件,,,false,,',
          '510104,rights_cases,2015,40件,,,false,,',
          '510106,rights_cases,2015,60件,,,false,,',
          '510107,rights_cases,2015,70件,,,false,,',
        ]);
        const steps: string[] = [];
        const report = await importFile(
          target,
          async (step) => {
            steps.push(`${step.level} ${step.batch}/${step.batches}`);
            if (step.level !== 'DISTRICT' || step.batch !== 2) return;
            await bobRecords('District', {
              ...{ code: '510107', metric: 'rights_cases', period: '2015', text: '71件' },
              expectedVersion: null,
            });
          },
          2,
        );
        expect(steps).toEqual(['CITY 1/1', 'DISTRICT 1/2', 'DISTRICT 2/2']);
        expect(report.rollback).toEqual({
          refusedAt: { level: 'DISTRICT', batch: 2, batches: 2 },
          undone: 3,
          notUndone: [],
        });
        expect(report).toMatchObject({ written: false, partlyWritten: false });
        for (const [level, code] of [
          ['city', '510100'],
          ['district', '510104'],
          ['district', '510106'],
        ] as const) {
          expect(await cell(level, code, 'rights_cases', '2015')).toMatchObject({
            version: 2,
            reported: null,
          });
        }
        expect(await cell('district', '510107', 'rights_cases', '2015')).toMatchObject({
          version: 1,
          reported: { text: '71件' },
        });
      });

      it('a cell written between the check and the first write refuses the file, and is not overwritten', async () => {
        // A figure the file changes, without a version column: once last-writer-wins.
        await send(
          `mutation($input: FigureInput!) { recordCityFigure(input: $input) { version } }`,
          {
            input: {
              ...{ code: '510100', metric: 'rights_cases', period: '2016', text: '1400件' },
              expectedVersion: null,
            },
          },
          alice,
        );
        const target = file('first-level.csv', [
          '510100,rights_cases,2016,1500件,,,false,,',
          '510104,rights_cases,2016,45件,,,false,,',
        ]);
        const report = await importFile(target, async (step) => {
          if (step.level !== 'CITY') return;
          await bobRecords('City', {
            ...{ code: '510100', metric: 'rights_cases', period: '2016', text: '1501件' },
            expectedVersion: 1,
          });
        });
        expect(report).toMatchObject({
          written: false,
          partlyWritten: false,
          rollback: { refusedAt: { level: 'CITY', batch: 1, batches: 1 }, undone: 0 },
        });
        expect(report.problems).toEqual([
          expect.objectContaining({ row: 2, column: 'expectedVersion', code: 'CONFLICT' }),
        ]);
        expect(await cell('city', '510100', 'rights_cases', '2016')).toMatchObject({
          version: 2,
          updatedBy: 'bob',
          reported: { text: '1501件' },
        });
        expect(await cell('district', '510104', 'rights_cases', '2016')).toMatchObject({
          version: 0,
          reported: null,
        });
      });
    });
  },
);
