import { type Interval } from './interval';
import { type Qualifier } from './qualifier';

/*
 * A printed figure stands for an interval of values it may mean, not for a number (docs/values.md).
 * A bare integer count (144959, 2215个) is EXACT. Anything scaled by 万 or 亿, any decimal and any
 * percentage is ROUNDED: it spans half a unit of its last written digit each way, so 3.18万 is
 * [31750, 31850] and 1890万 is [18895000, 18905000]. 余 and 多 (MORE_THAN) run from the figure
 * up to one unit of its last non-zero digit: 1800余万 is [18000000, 19000000]. 近 (NEARLY) runs
 * from nine tenths of the figure up to it. 约 (ABOUT) reads like ROUNDED, except that the trailing
 * zeros of a plain integer count are taken as placeholders rather than measured digits: 约3000人
 * is [2500, 3500], while 约3.18万 is [31750, 31850]. 以上, 超过, 超, 逾, 突破 and 上 (AT_LEAST)
 * leave the figure unbounded above. 万, 十万, 百万, 千万 and 亿 written alone are ABOUT one of that
 * unit, half of it each way (百万 is [500000, 1500000]). A percentage of at most 100 is read as a
 * share, so its interval stops at 100 (86%以上 is [86, 100], 100% is [99.5, 100]); a larger one
 * can only be a ratio or growth and is not capped. Bounds never go below zero. `个百分点` is a
 * difference of percentages, not a share: ROUNDED and uncapped. All arithmetic is done on the
 * printed digits as integers, so each bound is the double nearest the exact decimal.
 */

/** A figure read from text: the printed point value and the interval it stands for, in base units. */
export interface ParsedValue extends Interval {
  /** The point value as printed, with 万/亿 expanded; 万元 and 亿元 are in yuan. */
  value: number;
  qualifier: Qualifier;
  /** '元' for amounts, '%' for percentages, else the counter word as printed, or '' for none. */
  unit: string;
}

/** The text is not a figure this parser can read; it never guesses what a typo meant. */
export class ValueParseError extends Error {
  readonly text: string;

  constructor(text: string, reason: string) {
    super(`cannot read "${text}" as a figure: ${reason}`);
    this.name = 'ValueParseError';
    this.text = text;
  }
}

interface Decimal {
  mantissa: bigint;
  exponent: number;
}

const PREFIXES: Readonly<Record<string, Qualifier>> = {
  近: 'NEARLY',
  约: 'ABOUT',
  超过: 'AT_LEAST',
  超: 'AT_LEAST',
  逾: 'AT_LEAST',
  突破: 'AT_LEAST',
  上: 'AT_LEAST',
};

/** Powers of ten of the scale characters written after digits. */
const SCALES: Readonly<Record<string, number>> = { 万: 4, 亿: 8 };

/** Powers of ten of the numbers written as words alone. */
const WORDS: Readonly<Record<string, number>> = { 万: 4, 十万: 5, 百万: 6, 千万: 7, 亿: 8 };

const POINTS = '个百分点';

/** Counter words a figure may end with; anything else is an error rather than a guessed unit. */
const COUNTERS = [
  ...['元', '人', '名', '人次', '家', '个', '份', '场', '场次', '次', '户', '项', '件', '条'],
  ...['张', '期', '篇', '亩', '套', '册', '所', '座', '批', '位', '间', '台', '起', POINTS],
  ...['人(次)', '场(次)'],
];

/** Reports write 人(次) for person-times; it is the same unit as 人次. */
const COUNTER_SPELLINGS: Readonly<Record<string, string>> = { '人(次)': '人次', '场(次)': '场次' };

const SPACE = /\s*/y;
const NUMBER = /(?:[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*|0)(?:\.\d+)?/y;
const PREFIX = alternation(Object.keys(PREFIXES));
const WORD = alternation(Object.keys(WORDS));
const SCALE = alternation(Object.keys(SCALES));
const MORE = alternation(['余', '多']);
const PERCENT = alternation(['%']);
const COUNTER = alternation(COUNTERS);
const ABOVE = alternation(['以上']);

/**
 * Reads a printed figure such as `3.18万`, `1800余万元`, `近万人次` or `86%以上` into its
 * value, interval, qualifier and unit; throws ValueParseError for anything else.
 */
export function parseValue(text: string): ParsedValue {
  const source = toHalfWidth(text).trim();
  if (source === '') throw new ValueParseError(text, 'it is empty');

  let position = 0;
  const take = (pattern: RegExp): string | undefined => {
    SPACE.lastIndex = position;
    const start = position + (SPACE.exec(source)?.[0].length ?? 0);
    pattern.lastIndex = start;
    const match = pattern.exec(source);
    if (!match) return undefined;
    position = start + match[0].length;
    return match[0];
  };
  const unreadable = (): ValueParseError => {
    const read = source.slice(0, position).trimEnd();
    const next = [...source.slice(position).trimStart()][0];
    if (next === undefined) return new ValueParseError(text, `expected a number after ${read}`);
    const where = read === '' ? 'at the start' : `after ${read}`;
    return new ValueParseError(text, `unexpected "${next}" ${where}`);
  };

  const prefix = take(PREFIX);
  const digits = take(NUMBER);
  const word = digits === undefined ? take(WORD) : undefined;
  let figure: Decimal;
  if (digits !== undefined) {
    const [whole, fraction = ''] = digits.replaceAll(',', '').split('.');
    figure = { mantissa: BigInt(whole + fraction), exponent: -fraction.length };
  } else if (word !== undefined) {
    figure = { mantissa: 1n, exponent: WORDS[word] };
  } else {
    throw unreadable();
  }
  const moreBeforeScale = take(MORE);
  const scale = digits === undefined ? undefined : take(SCALE);
  const more = moreBeforeScale ?? take(MORE);
  const percent = take(PERCENT);
  const counter = percent === undefined ? take(COUNTER) : undefined;
  const above = take(ABOVE);
  if (position < source.length) throw unreadable();

  const markers: [string, Qualifier][] = [];
  if (prefix !== undefined) markers.push([prefix, PREFIXES[prefix]]);
  if (more !== undefined) markers.push([more, 'MORE_THAN']);
  if (above !== undefined) markers.push([above, 'AT_LEAST']);
  if (markers.length > 1) {
    const [[first], [second]] = markers;
    throw new ValueParseError(text, `"${first}" and "${second}" both qualify it`);
  }
  if (prefix === '上' && word === undefined) {
    throw new ValueParseError(text, '"上" is read only before a number in words, as in 上万, 上亿');
  }

  if (scale !== undefined) figure.exponent += SCALES[scale];
  const plainInteger =
    digits !== undefined &&
    !digits.includes('.') &&
    scale === undefined &&
    percent === undefined &&
    counter !== POINTS;

  let qualifier: Qualifier;
  if (markers.length === 1) qualifier = markers[0][1];
  else if (word !== undefined) qualifier = 'ABOUT';
  else qualifier = plainInteger ? 'EXACT' : 'ROUNDED';

  if (qualifier === 'MORE_THAN' && figure.mantissa === 0n) {
    throw new ValueParseError(text, `"${more}" after zero`);
  }

  const [low, high] = bounds(qualifier, figure, plainInteger);
  const value = toNumber(figure);
  let upper = high === null ? null : toNumber(high);
  if (percent !== undefined && value <= 100) upper = upper === null ? 100 : Math.min(upper, 100);
  const unit = percent ?? (counter === undefined ? '' : (COUNTER_SPELLINGS[counter] ?? counter));
  return { value, lower: Math.max(0, toNumber(low)), upper, qualifier, unit };
}

function bounds(
  qualifier: Qualifier,
  figure: Decimal,
  plainInteger: boolean,
): [Decimal, Decimal | null] {
  switch (qualifier) {
    case 'EXACT':
      return [figure, figure];
    case 'ROUNDED':
      return halfUnitEachWay(figure);
    case 'ABOUT':
      return halfUnitEachWay(plainInteger ? withoutTrailingZeros(figure) : figure);
    case 'MORE_THAN': {
      const { mantissa, exponent } = withoutTrailingZeros(figure);
      return [figure, { mantissa: mantissa + 1n, exponent }];
    }
    case 'NEARLY':
      return [{ mantissa: figure.mantissa * 9n, exponent: figure.exponent - 1 }, figure];
    case 'AT_LEAST':
      return [figure, null];
  }
}

/** The figure ± half a unit of its last digit, e.g. 318×10² → [3175×10¹, 3185×10¹]. */
function halfUnitEachWay({ mantissa, exponent }: Decimal): [Decimal, Decimal] {
  return [
    { mantissa: mantissa * 10n - 5n, exponent: exponent - 1 },
    { mantissa: mantissa * 10n + 5n, exponent: exponent - 1 },
  ];
}

/** The same number with its last digit non-zero, so the exponent is that digit's place. */
function withoutTrailingZeros({ mantissa, exponent }: Decimal): Decimal {
  while (mantissa !== 0n && mantissa % 10n === 0n) {
    mantissa /= 10n;
    exponent += 1;
  }
  return { mantissa, exponent };
}

/** The double nearest the exact decimal: JavaScript rounds a decimal literal correctly. */
function toNumber({ mantissa, exponent }: Decimal): number {
  return Number(`${mantissa}e${exponent}`);
}

/** Maps full-width ASCII (１２３４, ９６．９６％, ，) to its ordinary form, and nothing else. */
function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (char) =>
    String.fromCharCode(char.charCodeAt(0) - 0xfee0),
  );
}

/** A sticky pattern matching any of the words, longest first so 超过 wins over 超. */
function alternation(words: readonly string[]): RegExp {
  const escaped = [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.join('|'), 'y');
}
