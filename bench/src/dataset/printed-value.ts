import { type Random } from './random';

/**
 * Writes a value the way the reports print it (3.18万人, 329余万人, 近200万元, 86%以上), so
 * the project's own parser derives the interval the services store. Most figures are
 * rounded to 万; small counts are exact; a few carry 余, 近 or 以上.
 */
export function printValue(value: number, unit: string, random: Random): string {
  const roll = random();
  if (unit === '%') {
    const rate = Math.min(99.9, Math.max(0.1, value));
    return roll < 0.03 ? `${Math.floor(rate)}%以上` : `${rate.toFixed(1)}%`;
  }
  const rounded = Math.max(1, Math.round(value));
  if (rounded < 20_000) return `${rounded}${unit}`;
  const wan = rounded / 10_000;
  if (roll < 0.01) return `${Math.floor(wan)}万${unit}以上`;
  if (roll < 0.08) return `${Math.floor(wan)}余万${unit}`;
  if (roll < 0.1) return `近${Math.ceil(wan)}万${unit}`;
  if (wan >= 100_000) return `${(rounded / 1e8).toFixed(2)}亿${unit}`;
  return `${wan.toFixed(2)}万${unit}`;
}
