export type Cell = string | number;

/** A table as aligned text for the terminal, or as GitHub markdown for the README. */
export function renderTable(
  headers: readonly string[],
  rows: readonly (readonly Cell[])[],
  format: 'text' | 'markdown',
): string {
  const cells = rows.map((row) => row.map(String));
  const numeric = headers.map((_, i) =>
    cells.every((row) => row[i] === '' || row[i] === '–' || /^[\d.,×%≤ -]+$/.test(row[i]!)),
  );
  if (format === 'markdown') {
    const line = (values: readonly string[]) => `| ${values.join(' | ')} |`;
    return [
      line(headers),
      line(headers.map((_, i) => (numeric[i] ? '---:' : '---'))),
      ...cells.map(line),
    ].join('\n');
  }
  const widths = headers.map((header, i) =>
    Math.max(width(header), ...cells.map((row) => width(row[i] ?? ''))),
  );
  const pad = (value: string, i: number) => {
    const space = ' '.repeat(widths[i]! - width(value));
    return numeric[i] ? space + value : value + space;
  };
  return [
    headers.map(pad).join('  '),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.map((row) => row.map(pad).join('  ')),
  ].join('\n');
}

/** Display width: CJK characters take two columns in a terminal. */
function width(text: string): number {
  let columns = 0;
  for (const char of text)
    columns +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        char,
      )
        ? 2
        : 1;
  return columns;
}

/** Figures with the digits they deserve; NaN and null as a dash. */
export function fixed(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return value.toFixed(digits);
}
