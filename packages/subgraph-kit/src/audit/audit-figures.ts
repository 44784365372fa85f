import type DataLoader from 'dataloader';
import { cellKey } from '@union/domain';
import { type FigureRow } from '../figures/figure-row';
import { metricByCode } from '@union/domain';
import { type MetricDefinition } from '@union/domain';

/**
 * What an audit reads at its own level: the cell's figure and, for an "of which" metric,
 * its total's, loaded in the same tick so both come from one statement.
 */
export async function loadAuditFigures(
  figureByCell: DataLoader<string, FigureRow | null>,
  code: string,
  metricCode: string,
  period: string,
): Promise<{ metric: MetricDefinition; reported: FigureRow | null; total: FigureRow | null }> {
  const metric = metricByCode(metricCode);
  if (!metric) throw new Error(`no metric "${metricCode}" in the catalog`);
  const [reported, total] = await Promise.all([
    figureByCell.load(cellKey({ code, metric: metric.code, period })),
    metric.totalOf ? figureByCell.load(cellKey({ code, metric: metric.totalOf, period })) : null,
  ]);
  return { metric, reported, total };
}
