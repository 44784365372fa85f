import { type AuditReport } from './audit-report';
import { type Finding } from './findings';

export const CSV_COLUMNS = [
  'status',
  'level',
  'code',
  'name',
  'metric',
  'period',
  'rule',
  'gap',
  'reported',
  'reported_lower',
  'reported_upper',
  'children_lower',
  'children_upper',
  'children_reporting',
  'children_expected',
  'coverage',
  'missing',
  'explanation',
] as const;

/** RFC 4180: a field with a comma, a quote or a line break is quoted, quotes doubled. */
export function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function record(finding: Finding): (string | number | null)[] {
  const { reported, children } = finding;
  return [
    finding.status,
    finding.level,
    finding.code,
    finding.name,
    finding.metric,
    finding.period,
    finding.rule,
    finding.gap,
    reported?.text ?? null,
    reported?.lower ?? null,
    reported?.upper ?? null,
    children.interval?.lower ?? null,
    children.interval?.upper ?? null,
    children.reporting,
    children.expected,
    children.coverage,
    children.missing.map((unit) => unit.name).join(';'),
    finding.explanation,
  ];
}

/**
 * For spreadsheets and scripts: a header row, then one record per finding with raw numbers
 * (coverage as a fraction, an empty upper bound where it is unbounded or nobody reported)
 * and every missing child's name. CRLF line ends, as RFC 4180 has them.
 */
export function formatCsv(report: AuditReport): string {
  const rows = [[...CSV_COLUMNS], ...report.findings.map(record)];
  return rows.map((values) => values.map(csvField).join(',')).join('\r\n') + '\r\n';
}
