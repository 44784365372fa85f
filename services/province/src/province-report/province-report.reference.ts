import { type ProvinceReport } from './province-report.type';

/** A report is its key: its state is loaded by its fields, OPEN when it has no row. */
export function resolveProvinceReportReference(reference: ProvinceReport): ProvinceReport {
  return { provinceCode: reference.provinceCode, period: reference.period };
}
