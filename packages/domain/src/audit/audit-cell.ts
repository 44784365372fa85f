import { type MetricDefinition } from '../metrics/metric';
import { type Rollup } from '../rollup/rollup';
import {
  checkAtLeast,
  checkEquals,
  checkPartOf,
  checkWithinRange,
  type CheckResult,
  type Figure,
  worstOf,
} from './audit-rules';
import { type AuditStatus } from './audit-status';

/** The checks an audit can apply; NOT_COMPARABLE: the metric is not compared across levels. */
export const AUDIT_RULES = [
  'AT_LEAST',
  'EQUALS',
  'WITHIN_RANGE',
  'PART_OF',
  'NOT_COMPARABLE',
] as const;
export type AuditRule = (typeof AUDIT_RULES)[number];

/** A reported figure with what an explanation quotes. */
export interface ReportedFigure extends Figure {
  text: string;
  complete: boolean;
}

export interface AuditInput {
  metric: MetricDefinition;
  period: string;
  reported: ReportedFigure | null;
  children: Rollup;
  /** How the children are named in explanations: "districts", "direct children". */
  childrenNoun: string;
  /** The total an "of which" metric belongs to, at the same unit and period. */
  total: ReportedFigure | null;
}

export interface AuditOutcome {
  status: AuditStatus;
  /** The rules applied, joined for reading: "AT_LEAST + PART_OF". */
  rule: string;
  rules: AuditRule[];
  gap: number | null;
  explanation: string;
}

const MISSING_LISTED = 12;

// Made once: toLocaleString builds a formatter on every call, which made these sentences
// the largest single cost of a country-wide audit.
const NUMBER_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** 1234567 → "1,234,567"; 0.1234567 → "0.123457". */
export function formatNumber(value: number): string {
  // Most figures and gaps are whole: grouping their digits here takes a fifth of the
  // formatter's time, and an audit of the country writes tens of thousands of them.
  if (!Number.isSafeInteger(value)) return NUMBER_FORMAT.format(value);
  const digits = String(Math.abs(value));
  let end = digits.length % 3 || 3;
  let grouped = digits.slice(0, end);
  for (; end < digits.length; end += 3) grouped += `,${digits.slice(end, end + 3)}`;
  return value < 0 || Object.is(value, -0) ? `-${grouped}` : grouped;
}

function formatInterval(lower: number, upper: number | null): string {
  if (upper !== null && lower === upper) return formatNumber(lower);
  return `[${formatNumber(lower)}, ${upper === null ? '∞)' : `${formatNumber(upper)}]`}`;
}

function describeReported(figure: ReportedFigure): string {
  return `${figure.text} ${formatInterval(figure.lower, figure.upper)}`;
}

function describeMissing(children: Rollup, noun: string): string {
  if (children.missing.length === 0) return `All ${children.expected} ${noun} reported.`;
  const listed = children.missing.slice(0, MISSING_LISTED).join(', ');
  const more = children.missing.length - MISSING_LISTED;
  return `Missing ${children.missing.length} of ${children.expected} ${noun}: ${listed}${more > 0 ? ` and ${more} more` : ''}.`;
}

function childrenCheck(input: AuditInput): { check: CheckResult; sentence: string } {
  const { metric, reported, children, childrenNoun: noun } = input;
  const isRate = metric.aggregation === 'NONE';
  const rule = isRate ? 'WITHIN_RANGE' : reported?.complete ? 'EQUALS' : 'AT_LEAST';
  const indeterminate = (sentence: string) => ({
    check: { rule, status: 'INDETERMINATE', gap: null } as CheckResult,
    sentence,
  });
  if (reported === null) {
    return indeterminate(
      `Nothing was reported at this level for ${metric.code} in ${input.period}; ` +
        `${children.reporting} of ${children.expected} ${noun} reported.`,
    );
  }
  if (children.expected === 0) {
    return indeterminate(
      `Reported ${describeReported(reported)}; there are no ${noun} to compare.`,
    );
  }
  if (children.reporting === 0) {
    return indeterminate(
      `Reported ${describeReported(reported)}; none of the ${children.expected} ${noun} reported ${metric.code} for ${input.period}.`,
    );
  }

  const sum = formatInterval(children.lower, children.upper);
  const by = `${noun} that reported (${children.reporting} of ${children.expected})`;
  if (isRate) {
    const check = checkWithinRange(reported, children);
    const range = `the ${by} range over ${sum}`;
    const verdict =
      check.status === 'INCONSISTENT'
        ? `it lies outside that range by ${formatNumber(check.gap!)}`
        : check.status === 'CONSISTENT'
          ? 'it lies within the range of their printed rates'
          : 'it lies within the range only once rounding is allowed for';
    return { check, sentence: `Reported ${describeReported(reported)}; ${range}; ${verdict}.` };
  }

  const check =
    rule === 'EQUALS' ? checkEquals(reported, children) : checkAtLeast(reported, children);
  const pointSum =
    children.value === null ? '' : ` (printed values add up to ${formatNumber(children.value)})`;
  const head = `Reported ${describeReported(reported)}${rule === 'EQUALS' ? ', declared complete' : ''}; the ${by} sum to ${sum}${pointSum}`;
  let verdict: string;
  if (check.status === 'INCONSISTENT') {
    verdict =
      children.upper !== null && reported.lower > children.upper && rule === 'EQUALS'
        ? `every one of the ${noun} reported, yet they fall short of the reported figure by ${formatNumber(check.gap!)}`
        : `even at their lowest they exceed the most the reported figure allows by ${formatNumber(check.gap!)}`;
  } else if (rule === 'EQUALS') {
    verdict =
      check.status === 'CONSISTENT'
        ? 'they equal it as printed'
        : children.missing.length > 0
          ? 'they do not exceed it, and the missing ones may make up the rest'
          : 'they can equal it only within rounding and qualifiers';
  } else {
    verdict =
      check.status === 'CONSISTENT'
        ? 'they do not exceed it (AT_LEAST: a federation may count units no child reports)'
        : 'they exceed the printed value and are within it only thanks to rounding or a qualifier';
  }
  return { check, sentence: `${head}: ${verdict}.` };
}

function partOfCheck(input: AuditInput): { check: CheckResult; sentence: string } | null {
  const { metric, reported, total } = input;
  if (metric.totalOf === null || reported === null) return null;
  if (total === null) {
    return {
      check: { rule: 'PART_OF', status: 'INDETERMINATE', gap: null },
      sentence: `It is part of ${metric.totalOf}, which was not reported here for ${input.period}.`,
    };
  }
  const check = checkPartOf(reported, total);
  const verdict =
    check.status === 'INCONSISTENT'
      ? `exceeds it by ${formatNumber(check.gap!)}`
      : check.status === 'CONSISTENT'
        ? 'does not exceed it'
        : 'exceeds it as printed, but not once rounding is allowed for';
  return {
    check,
    sentence: `As part of ${metric.totalOf} (${describeReported(total)}), it ${verdict}.`,
  };
}

/**
 * Audits one cell: its figure against its children (AT_LEAST, EQUALS where declared
 * complete, WITHIN_RANGE for rates) and, for an "of which" metric, against its total.
 * The worst check decides the status; the explanation gives every check and the missing.
 */
export function auditCell(input: AuditInput): AuditOutcome {
  if (!input.metric.comparableAcrossLevels) {
    return {
      status: 'NOT_APPLICABLE',
      rule: 'NOT_COMPARABLE',
      rules: ['NOT_COMPARABLE'],
      gap: null,
      explanation:
        `${input.metric.code} is reported by each level about itself (${input.metric.nameEn}); ` +
        `its figures are not comparable across levels.`,
    };
  }
  const checks = [childrenCheck(input), partOfCheck(input)].filter(
    (c): c is { check: CheckResult; sentence: string } => c !== null,
  );
  const worst = worstOf(checks.map((c) => c.check))!;
  return {
    status: worst.status,
    rule: checks.map((c) => c.check.rule).join(' + '),
    rules: checks.map((c) => c.check.rule),
    gap: worst.gap,
    explanation: [
      ...checks.map((c) => c.sentence),
      describeMissing(input.children, input.childrenNoun),
    ].join(' '),
  };
}
