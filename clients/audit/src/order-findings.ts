import { statusRank } from './audit-status';
import { type Finding, isBlank } from './findings';

const LEVEL_RANK = { province: 0, city: 1 } as const;

/**
 * Worst status first, then province before city, then by code, then metrics in the order
 * given (the catalog's, unless the user listed them).
 */
export function compareFindings(metricOrder: readonly string[]) {
  const metricRank = (metric: string) => {
    const rank = metricOrder.indexOf(metric);
    return rank === -1 ? metricOrder.length : rank;
  };
  return (a: Finding, b: Finding): number =>
    statusRank(a.status) - statusRank(b.status) ||
    LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
    a.code.localeCompare(b.code) ||
    metricRank(a.metric) - metricRank(b.metric) ||
    a.metric.localeCompare(b.metric);
}

export interface SelectedFindings {
  findings: Finding[];
  /** Blank cells left out (zero with --all). */
  skipped: number;
}

/** Sorts the findings and, unless `all`, leaves out the blank cells. */
export function selectFindings(
  findings: readonly Finding[],
  metricOrder: readonly string[],
  all: boolean,
): SelectedFindings {
  const shown = all ? [...findings] : findings.filter((finding) => !isBlank(finding));
  return {
    findings: shown.sort(compareFindings(metricOrder)),
    skipped: findings.length - shown.length,
  };
}
