/** 3290000 → "3,290,000": intervals read the way the project prints them. */
export function formatNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** [lower, upper]; an unbounded upper end (以上) is ∞. */
export function formatInterval(lower: number, upper: number | null | undefined): string {
  return `[${formatNumber(lower)}, ${upper === null || upper === undefined ? '∞' : formatNumber(upper)}]`;
}

/** The end year of a period: 2013 for "2013", 2019 for "2013-2019". */
export function periodEndYear(period: string): number {
  return Number(period.slice(-4));
}
