import { STATUS_ORDER } from './audit-status';
import { type AuditReport, summaryLine } from './audit-report';
import { type Finding } from './findings';
import {
  formatChildren,
  formatCoverage,
  formatGap,
  formatMissing,
  formatReported,
} from './format-values';
import { reportHeading } from './report-heading';

const STATUS_WIDTH = Math.max(...STATUS_ORDER.map((status) => status.length));

function block(finding: Finding): string {
  const fields: [string, string][] = [
    ['rule', finding.rule],
    ['gap', formatGap(finding.gap)],
    ['reported', formatReported(finding)],
    ['children', formatChildren(finding)],
    ['coverage', formatCoverage(finding)],
    ['missing', formatMissing(finding)],
    ['explanation', finding.explanation],
  ];
  const width = Math.max(...fields.map(([label]) => label.length));
  const head = `${finding.status.padEnd(STATUS_WIDTH)}  ${finding.name} ${finding.code}  ${finding.metric}  ${finding.period}`;
  return [head, ...fields.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`)].join('\n');
}

/** For a terminal: one aligned block per finding, worst first, then the summary. */
export function formatText(report: AuditReport, metricsGiven: boolean): string {
  const parts = [`Audit of ${reportHeading(report, metricsGiven)}`];
  if (report.findings.length === 0) parts.push('No cells to report.');
  parts.push(...report.findings.map(block));
  parts.push(`Summary: ${summaryLine(report.summary)}`);
  return `${parts.join('\n\n')}\n`;
}
