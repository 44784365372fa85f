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

const COLUMNS = [
  'Status',
  'Unit',
  'Metric',
  'Period',
  'Rule',
  'Gap',
  'Reported',
  "Children's sum",
  'Coverage',
  'Missing',
  'Explanation',
];

/** A table cell: pipes would end the cell and line breaks the row. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

function row(values: readonly string[]): string {
  return `| ${values.map(cell).join(' | ')} |`;
}

function findingRow(finding: Finding): string {
  return row([
    finding.status,
    `${finding.name} ${finding.code}`,
    finding.metric,
    finding.period,
    finding.rule,
    formatGap(finding.gap),
    formatReported(finding),
    formatChildren(finding),
    formatCoverage(finding),
    formatMissing(finding),
    finding.explanation,
  ]);
}

/** For an issue or a wiki page: a heading, the summary, one table row per finding. */
export function formatMarkdown(report: AuditReport, metricsGiven: boolean): string {
  const lines = [
    `# Audit: ${reportHeading(report, metricsGiven)}`,
    '',
    summaryLine(report.summary),
    '',
  ];
  if (report.findings.length > 0) {
    lines.push(row(COLUMNS), `|${COLUMNS.map(() => ' --- |').join('')}`);
    lines.push(...report.findings.map(findingRow));
  }
  return `${lines.join('\n')}\n`;
}
