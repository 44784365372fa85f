import { Entity } from '@mikro-orm/core';
import { ReportEventRow } from '@union/subgraph-kit';

/** One event of a province's report; appended with the change, never rewritten. */
@Entity({ tableName: 'province_report_events' })
export class ProvinceReportEvent extends ReportEventRow {}
