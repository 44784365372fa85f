import { type DistrictReport } from './district-report.type';

/** A report is its key: its state is loaded by its fields, OPEN when it has no row. */
export function resolveDistrictReportReference(reference: DistrictReport): DistrictReport {
  return { districtCode: reference.districtCode, period: reference.period };
}
