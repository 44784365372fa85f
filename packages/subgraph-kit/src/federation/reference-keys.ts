import { readMetric } from '../metrics/metric-argument';
import { readPeriodArgument } from '../figures/period-argument';

/**
 * Checks the key fields of an `_entities` representation as the root fields check the same
 * arguments: an unknown `metric` or a malformed `period` is BAD_USER_INPUT naming it, never
 * a silent null. The period is given back normalised (`2013–2019` → `2013-2019`), as the
 * root fields read it.
 */
export function checkReferenceKeys<Reference extends Record<string, unknown>>(
  reference: Reference,
): Reference {
  let checked = reference;
  if ('metric' in reference) {
    readMetric('metric', String(reference.metric));
  }
  if ('period' in reference) {
    checked = { ...checked, period: readPeriodArgument('period', String(reference.period)) };
  }
  return checked;
}
