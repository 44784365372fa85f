/** Numbers agree when within this relative distance: sums may be added in another order. */
const RELATIVE_TOLERANCE = 1e-9;

function numbersAgree(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * Where two answers differ, as "path: expected … got …", at most `limit` of them. Object
 * keys are compared as sets; list order matters (every list in the graph is ordered).
 */
export function differences(expected: unknown, actual: unknown, limit = 5): string[] {
  const found: string[] = [];
  const walk = (a: unknown, b: unknown, path: string) => {
    if (found.length >= limit) return;
    if (typeof a === 'number' && typeof b === 'number') {
      if (!numbersAgree(a, b)) found.push(`${path}: expected ${a}, got ${b}`);
      return;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) {
        found.push(`${path}: expected ${a.length} items, got ${b.length}`);
        return;
      }
      a.forEach((item, i) => walk(item, b[i], `${path}[${i}]`));
      return;
    }
    if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
      const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
      for (const key of keys) {
        walk(
          (a as Record<string, unknown>)[key],
          (b as Record<string, unknown>)[key],
          `${path}.${key}`,
        );
      }
      return;
    }
    if (a !== b) found.push(`${path}: expected ${JSON.stringify(a)}, got ${JSON.stringify(b)}`);
  };
  walk(expected, actual, '$');
  return found;
}
