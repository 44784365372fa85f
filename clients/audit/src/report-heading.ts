import { type AuditReport } from './audit-report';

/** "四川省 510000 and its 21 cities, period 2013, all 31 metrics". */
export function reportHeading(report: AuditReport, metricsGiven: boolean): string {
  const { root, period, metrics } = report;
  const scope =
    root.level === 'city'
      ? ''
      : root.cities === 0
        ? ' (no cities: its county-level units are its direct children)'
        : ` and its ${root.cities} ${root.cities === 1 ? 'city' : 'cities'}`;
  const metricList = metricsGiven
    ? `${metrics.length === 1 ? 'metric' : 'metrics'} ${metrics.join(', ')}`
    : `all ${metrics.length} metrics`;
  return `${root.name} ${root.code}${scope}, period ${period}, ${metricList}`;
}
