import { badUserInput } from '../graphql/errors';
import { METRICS, type MetricDefinition, metricByCode } from '@union/domain';

/** The catalog entry for a `metric` argument; an unknown code lists the valid ones. */
export function readMetric(argumentName: string, code: string): MetricDefinition {
  const metric = metricByCode(code);
  if (!metric) {
    throw badUserInput(
      argumentName,
      `unknown metric "${code}"; valid codes: ${METRICS.map((m) => m.code).join(', ')}`,
    );
  }
  return metric;
}
