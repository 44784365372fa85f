import { type AuditRoot } from './audit-root';
import { STATUS_ORDER } from './audit-status';
import { type Finding } from './findings';
import { selectFindings } from './order-findings';

/** What every formatter prints: the findings in order and the counts beside them. */
export interface AuditReport {
  root: AuditRoot;
  period: string;
  metrics: string[];
  findings: Finding[];
  summary: AuditSummary;
}

export interface AuditSummary {
  /** Findings listed, per status, every status present (0 when none). */
  counts: Record<string, number>;
  listed: number;
  /** Blank cells left out of the findings. */
  skipped: number;
}

export function buildReport(
  root: AuditRoot,
  period: string,
  metrics: string[],
  findings: readonly Finding[],
  all: boolean,
): AuditReport {
  const selected = selectFindings(findings, metrics, all);
  const counts: Record<string, number> = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0]));
  for (const { status } of selected.findings) counts[status] = (counts[status] ?? 0) + 1;
  return {
    root,
    period,
    metrics,
    findings: selected.findings,
    summary: { counts, listed: selected.findings.length, skipped: selected.skipped },
  };
}

export function hasInconsistency(report: AuditReport): boolean {
  return report.findings.some((finding) => finding.status === 'INCONSISTENT');
}

/** "3 INCONSISTENT, 0 INDETERMINATE, ...; 40 blank cells skipped": the shared summary line. */
export function summaryLine(summary: AuditSummary): string {
  const counts = Object.entries(summary.counts)
    .map(([status, count]) => `${count} ${status}`)
    .join(', ');
  const skipped =
    summary.skipped === 0
      ? 'no blank cells skipped'
      : `${summary.skipped} blank ${summary.skipped === 1 ? 'cell' : 'cells'} skipped (--all lists them)`;
  return `${summary.listed} ${summary.listed === 1 ? 'finding' : 'findings'}: ${counts}; ${skipped}`;
}
