import { AuditError } from './audit-error';
import { requestGateway } from './gateway-client';
import { buildSubtreeQuery, METRICS_QUERY, type SubtreeData } from './subtree-query';

/** The catalog's metric codes, in catalog order. */
export async function loadMetricCodes(gatewayUrl: string): Promise<string[]> {
  const data = await requestGateway<{ metrics: { code: string }[] }>(gatewayUrl, METRICS_QUERY, {});
  if (data.metrics.length === 0) throw new AuditError(`${gatewayUrl} lists no metrics to audit`);
  return data.metrics.map((metric) => metric.code);
}

/** Every cell of the subtree for the metrics, with the names of every unit in it: one request. */
export function loadSubtree(
  gatewayUrl: string,
  root: string,
  period: string,
  metrics: readonly string[],
): Promise<SubtreeData> {
  const { query, variables } = buildSubtreeQuery(metrics);
  return requestGateway<SubtreeData>(gatewayUrl, query, variables(root, period));
}
