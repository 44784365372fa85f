/** A figure cell: one organisation, one metric, one period. */
export interface CellKey {
  code: string;
  metric: string;
  period: string;
}

// Codes, metric codes and periods never contain "|", so the joined key is unambiguous.
export function cellKey({ code, metric, period }: CellKey): string {
  return `${code}|${metric}|${period}`;
}

export function parseCellKey(key: string): CellKey {
  const [code = '', metric = '', period = ''] = key.split('|');
  return { code, metric, period };
}
