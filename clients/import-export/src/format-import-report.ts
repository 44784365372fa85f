import { type ImportReport } from './import-report';

const OUTCOME = { CREATED: 'created', CHANGED: 'changed', UNCHANGED: 'unchanged' } as const;

/** The report as a person reads it: problems first, then every row's outcome. */
export function formatImportReport(report: ImportReport): string {
  const lines: string[] = [];
  const verdict = report.written
    ? 'imported'
    : report.partlyWritten
      ? 'partly written (a cell changed during the import): run it again to finish'
      : report.problems.length > 0
        ? 'refused: nothing was written'
        : 'dry run: nothing was written';
  lines.push(`${report.file}: ${report.rows} rows, ${verdict}`);
  for (const problem of report.problems) {
    lines.push(`  row ${problem.row}, ${problem.column}: ${problem.message} (${problem.code})`);
  }
  if (report.problems.length === 0) {
    const would = report.written ? '' : 'would be ';
    lines.push(
      `  ${would}created ${report.created}, ${would}changed ${report.changed}, unchanged ${report.unchanged}`,
    );
    for (const change of report.changes) {
      const texts =
        change.outcome === 'CHANGED' ? `${change.oldText} → ${change.newText}` : change.newText;
      lines.push(
        `  row ${change.row}  ${change.code} ${change.metric} ${change.period}  ${OUTCOME[change.outcome]}  ${texts}`,
      );
    }
  }
  return lines.join('\n');
}
