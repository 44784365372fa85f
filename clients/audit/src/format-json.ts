import { type AuditReport } from './audit-report';

/** For programs: the whole report, every missing child with its code and name. */
export function formatJson(report: AuditReport): string {
  const { root, period, metrics, summary, findings } = report;
  return `${JSON.stringify({ root, period, metrics, summary, findings }, null, 2)}\n`;
}
