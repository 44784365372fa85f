/**
 * Values by metric, then period, then unit code: each a string a request already holds (a
 * row's column, a catalog code, an argument), whose hash V8 keeps, where one key per cell
 * (`code|metric|period`) would be a new string to build and hash at every write and read,
 * thousands of times a report.
 */
export class CellMap<V> {
  private readonly byMetric = new Map<string, Map<string, Map<string, V>>>();

  /** The values of one metric and period by unit code, made empty when there are none. */
  units(metric: string, period: string): Map<string, V> {
    let byPeriod = this.byMetric.get(metric);
    if (!byPeriod) this.byMetric.set(metric, (byPeriod = new Map()));
    let units = byPeriod.get(period);
    if (!units) byPeriod.set(period, (units = new Map()));
    return units;
  }

  set(code: string, metric: string, period: string, value: V): void {
    this.units(metric, period).set(code, value);
  }

  get(code: string, metric: string, period: string): V | undefined {
    return this.byMetric.get(metric)?.get(period)?.get(code);
  }
}
