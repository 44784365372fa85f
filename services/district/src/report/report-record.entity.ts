import { Entity } from '@mikro-orm/core';
import { ReportRow } from '@union/subgraph-kit';

/** A district's report for a period: its state; (code, period) is unique. */
@Entity({ tableName: 'district_reports' })
export class DistrictReportRecord extends ReportRow {}
