import { type ImportReport } from './import-report';

const OUTCOME = { CREATED: 'created', CHANGED: 'changed', UNCHANGED: 'unchanged' } as const;

/** The report as a person reads it: problems first, then every row's outcome. */
export function formatImportReport(report: ImportReport): string {
  const lines: string[] = [];
  const rollback = report.rollback;
  const at = rollback
    ? `${rollback.refusedAt.level} batch ${rollback.refusedAt.batch} of ${rollback.refusedAt.batches}`
    : '';
  const verdict = report.written
    ? 'imported'
    : rollback && rollback.notUndone.length > 0
      ? `partly written: the import was refused at ${at}; ${rollback.undone} cells written ` +
        `before it were undone, ${rollback.notUndone.length} could not be undone (someone ` +
        'changed them after the import wrote them; their figures are kept)'
      : rollback
        ? `nothing written: the import was refused at ${at} and ${rollback.undone} cells ` +
          'written before it were undone'
        : report.problems.length > 0
          ? 'refused: nothing was written'
          : 'dry run: nothing was written';
  lines.push(`${report.file}: ${report.rows} rows, ${verdict}`);
  for (const cell of rollback?.notUndone ?? []) {
    const other = cell.currentVersion === null ? '' : `, now at version ${cell.currentVersion}`;
    lines.push(
      `  not undone: row ${cell.row}  ${cell.code} ${cell.metric} ${cell.period}  ` +
        `imported as version ${cell.importedVersion}${other}: ${cell.message} (${cell.reason})`,
    );
  }
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
