import { type CityReport } from './city-report.type';

/** A report is its key: its state is loaded by its fields, OPEN when it has no row. */
export function resolveCityReportReference(reference: CityReport): CityReport {
  return { cityCode: reference.cityCode, period: reference.period };
}
