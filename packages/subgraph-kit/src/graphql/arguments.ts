import { badUserInput } from './errors';

export const MAX_SEARCH_LENGTH = 100;
export const MAX_PAGE_SIZE = 500;

const DIVISION_CODE = /^\d{6}$/;

/** A GB/T 2260 code is six ASCII digits; anything else is a client error, not a miss. */
export function assertDivisionCode(argumentName: string, code: string): string {
  if (!DIVISION_CODE.test(code)) {
    throw badUserInput(argumentName, `a division code is six digits, got "${code}"`);
  }
  return code;
}

export function assertOptionalDivisionCode(
  argumentName: string,
  code: string | null | undefined,
): string | undefined {
  return code === null || code === undefined ? undefined : assertDivisionCode(argumentName, code);
}

/** Trims the search text; null when there is nothing to search for. */
export function normalizeSearch(search: string | null | undefined): string | null {
  if (search === null || search === undefined) return null;
  if (search.length > MAX_SEARCH_LENGTH) {
    throw badUserInput('search', `at most ${MAX_SEARCH_LENGTH} characters, got ${search.length}`);
  }
  const trimmed = search.trim();
  return trimmed === '' ? null : trimmed;
}

export interface Page {
  /** Undefined: every matching row (a level has at most 2,844 units). */
  limit: number | undefined;
  offset: number;
}

export function readPage(
  first: number | null | undefined,
  offset: number | null | undefined,
): Page {
  const limit = first ?? undefined;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE)) {
    throw badUserInput('first', `between 0 and ${MAX_PAGE_SIZE}, got ${first}`);
  }
  const skip = offset ?? 0;
  if (!Number.isInteger(skip) || skip < 0) {
    throw badUserInput('offset', `zero or more, got ${offset}`);
  }
  return { limit, offset: skip };
}
