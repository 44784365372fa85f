import { formatNumber } from '@union/domain';
import { type Finding } from './findings';

/** How many missing children the readable formats name before saying "and N more". */
export const MISSING_NAMES_SHOWN = 10;

/** "326,345..326,345"; an unbounded upper end (以上) is ∞. */
export function formatInterval(interval: { lower: number; upper: number | null }): string {
  const upper = interval.upper === null ? '∞' : formatNumber(interval.upper);
  return `${formatNumber(interval.lower)}..${upper}`;
}

/** 0.1 → "10%", 1/21 → "4.8%". */
export function formatPercent(fraction: number): string {
  return `${Number((fraction * 100).toFixed(1))}%`;
}

export function formatGap(gap: number | null): string {
  return gap === null ? '—' : formatNumber(gap);
}

export function formatReported(finding: Finding): string {
  const { reported } = finding;
  return reported === null ? '(not reported)' : `${reported.text} (${formatInterval(reported)})`;
}

export function formatChildren(finding: Finding): string {
  const { interval } = finding.children;
  return interval === null ? '(none reported)' : formatInterval(interval);
}

export function formatCoverage(finding: Finding): string {
  const { reporting, expected, coverage } = finding.children;
  if (expected === 0) return 'no children';
  return `${formatPercent(coverage)} (${reporting} of ${expected})`;
}

/** The missing children's names, the first few of a long list and how many more. */
export function formatMissing(finding: Finding, shown = MISSING_NAMES_SHOWN): string {
  const names = finding.children.missing.map((unit) => unit.name);
  if (names.length === 0) return 'none';
  const listed = names.slice(0, shown).join(', ');
  return names.length > shown ? `${listed} and ${names.length - shown} more` : listed;
}
