import { addRollups, auditCell, type AuditOutcome, metricByCode } from '@union/domain';
import { type RawRollup } from './raw-rollup';
import { type FigureTable } from './raw-rows';

/** The same audit the province and city subgraphs give, from the floor's own rollups. */
export function rawAudit(
  figures: FigureTable,
  code: string,
  metricCode: string,
  period: string,
  children: RawRollup | [RawRollup, RawRollup],
): AuditOutcome {
  const metric = metricByCode(metricCode);
  if (!metric) throw new Error(`no metric "${metricCode}" in the catalog`);
  return auditCell({
    metric,
    period,
    reported: figures.get(code, metric.code),
    total: metric.totalOf ? figures.get(code, metric.totalOf) : null,
    children: Array.isArray(children)
      ? addRollups(children[0], children[1], metric.aggregation === 'NONE')
      : children,
    childrenNoun: Array.isArray(children) ? 'direct children' : 'districts',
  });
}
