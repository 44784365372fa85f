import { Entity } from '@mikro-orm/core';
import { ReportRow } from '@union/subgraph-kit';

/** A city's report for a period: its state; (code, period) is unique. */
@Entity({ tableName: 'city_reports' })
export class CityReportRecord extends ReportRow {}
