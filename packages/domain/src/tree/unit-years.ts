/**
 * Year-ends over which a code was in use without a break; `to` null: still in use. A code the
 * lists dropped for some years and used again (a few did: 511402 was 枳城区 in 1995–1996 and
 * 东坡区 from 2000) has several.
 */
export interface YearSpan {
  from: number;
  to: number | null;
}

/** Joins spells into spans: consecutive spells (a renaming) are one span. */
export function spansOf(spells: readonly YearSpan[]): YearSpan[] {
  const spans: YearSpan[] = [];
  for (const { from, to } of [...spells].sort((a, b) => a.from - b.from)) {
    const last = spans[spans.length - 1];
    if (last && last.to !== null && last.to + 1 >= from) {
      last.to = to === null ? null : Math.max(last.to, to);
    } else {
      spans.push({ from, to });
    }
  }
  return spans;
}

/** Whether `year` falls in one of the spans. */
export function inSpans(spans: readonly YearSpan[], year: number): boolean {
  return spans.some((span) => span.from <= year && (span.to === null || year <= span.to));
}

/** "1981–2014", "2015–" (still in use), "1996, 2000–"; for messages. */
export function describeSpans(spans: readonly YearSpan[]): string {
  return spans
    .map(({ from, to }) => (to === from ? `${from}` : `${from}–${to === null ? '' : to}`))
    .join(', ');
}
