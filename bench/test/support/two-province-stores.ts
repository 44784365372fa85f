import { METRICS } from '@union/domain';
import { loadDataset } from '../../src/dataset/load-dataset';
import { type BenchStores, createStores } from '../../src/dataset/stores';
import { generateSyntheticDataset } from '../../src/dataset/synthetic-figures';
import { scopeTree } from '../../src/dataset/tree-scope';

/** The national report's settings the statement-count tests send. */
export const REPORT_SETTINGS = { metric: 'members', period: '2022', withAudit: true };

/**
 * SQLite stores loaded with a synthetic two-province tree (北京市: districts only; 四川省:
 * cities and districts), two metrics, one period: small enough to load in a second, and
 * both shapes of tree a statement count must hold for.
 */
export async function loadTwoProvinceStores(): Promise<BenchStores> {
  const tree = scopeTree(['110000', '510000']);
  const dataset = generateSyntheticDataset(tree, {
    periods: [REPORT_SETTINGS.period],
    metrics: METRICS.filter((m) => m.code === 'members' || m.code === 'grassroots_unions'),
    catalog: METRICS,
    missingShare: 0.12,
    seed: 7,
  });
  const stores = await createStores('sqlite');
  await loadDataset(stores, dataset.rows);
  return stores;
}
