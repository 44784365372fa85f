import { type EntityName, type FilterQuery } from '@mikro-orm/core';
import { type SqlEntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { findPlain } from '../orm/find-plain';
import { type ReportEventRow } from './report-event-row';
import { type ReportRow } from './report-row';
import { parseReportKey, reportKey } from './report-store';

const unique = <T>(values: T[]): T[] => [...new Set(values)];

/** The `code IN … AND period IN …` of a batch of report keys (a superset, as figures read). */
function batchWhere(keys: readonly string[]) {
  const reports = keys.map(parseReportKey);
  return {
    code: { $in: unique(reports.map((r) => r.code)) },
    period: { $in: unique(reports.map((r) => r.period)) },
  };
}

/** Each report's row, one statement per batch; null for a report with no row (OPEN). */
export function createReportByKeyLoader<Row extends ReportRow>(
  em: SqlEntityManager,
  entity: EntityName<Row>,
): DataLoader<string, Row | null> {
  return new DataLoader(async (keys) => {
    const rows = await findPlain(em, entity, batchWhere(keys) as FilterQuery<Row>);
    const byKey = new Map(rows.map((row) => [reportKey(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** Each report's events, newest first, one statement per batch. */
export function createReportEventsLoader<Event extends ReportEventRow>(
  em: SqlEntityManager,
  entity: EntityName<Event>,
): DataLoader<string, Event[]> {
  return new DataLoader(async (keys) => {
    const rows = await findPlain(em, entity, batchWhere(keys) as FilterQuery<Event>, {
      orderBy: { version: 'desc' },
    });
    const byKey = new Map<string, Event[]>();
    for (const row of rows) {
      const key = reportKey(row);
      const list = byKey.get(key);
      if (list) list.push(row);
      else byKey.set(key, [row]);
    }
    return keys.map((key) => byKey.get(key) ?? []);
  });
}
