import { type OutputFormat } from './audit-args';
import { type AuditReport } from './audit-report';
import { formatCsv } from './format-csv';
import { formatJson } from './format-json';
import { formatMarkdown } from './format-markdown';
import { formatText } from './format-text';

export function formatReport(
  report: AuditReport,
  format: OutputFormat,
  metricsGiven: boolean,
): string {
  switch (format) {
    case 'text':
      return formatText(report, metricsGiven);
    case 'markdown':
      return formatMarkdown(report, metricsGiven);
    case 'csv':
      return formatCsv(report);
    case 'json':
      return formatJson(report);
  }
}
