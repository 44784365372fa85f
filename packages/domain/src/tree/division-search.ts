import { InvalidInputError } from '../input-error';

/**
 * The text a unit is found by besides its name and code: its compact pinyin from every
 * syllable onwards, then its initials, space-separated with a leading space. 金牛区
 * ("jin niu qu", "jnq") gives " jinniuqu niuqu qu jnq", so a pinyin query matches from the
 * start of any syllable ("jinniu", "niu") and initials match from the first ("jnq").
 */
export function buildSearchKeys(pinyin: string, initials: string): string {
  const syllables = pinyin.split(' ').filter((s) => s !== '');
  const suffixes = syllables.map((_, i) => syllables.slice(i).join(''));
  return ` ${[...suffixes, initials].join(' ')}`;
}

const CJK = /[\u3400-\u9fff]/;
const DIGITS = /^\d+$/;
const LETTERS = /^[a-z]+$/;

export type SearchFilter =
  | { by: 'code'; prefix: string }
  | { by: 'name'; contains: string }
  | { by: 'pinyin'; prefix: string };

/**
 * Reads a search query: digits are a code prefix, Chinese text is part of a name, Latin
 * letters (any case, spaces and apostrophes ignored) are pinyin or initials. Anything else
 * matches nothing a user could mean, so it is rejected rather than silently empty.
 */
export function readSearch(search: string): SearchFilter {
  if (DIGITS.test(search)) return { by: 'code', prefix: search };
  if (CJK.test(search)) {
    if (/[%_\\]/.test(search)) {
      throw new InvalidInputError(
        'search',
        `a name search may not contain %, _ or \\, got "${search}"`,
      );
    }
    return { by: 'name', contains: search };
  }
  const letters = search.toLowerCase().replace(/[\s']/g, '');
  if (LETTERS.test(letters)) return { by: 'pinyin', prefix: letters };
  throw new InvalidInputError(
    'search',
    `expected a Chinese name, pinyin, initials or a code prefix, got "${search}"`,
  );
}
