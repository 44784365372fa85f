import { Entity } from '@mikro-orm/core';
import { ReportRow } from '@union/subgraph-kit';

/** A province's report for a period: its state; (code, period) is unique. */
@Entity({ tableName: 'province_reports' })
export class ProvinceReportRecord extends ReportRow {}
