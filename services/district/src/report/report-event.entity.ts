import { Entity } from '@mikro-orm/core';
import { ReportEventRow } from '@union/subgraph-kit';

/** One event of a district's report; appended with the change, never rewritten. */
@Entity({ tableName: 'district_report_events' })
export class DistrictReportEvent extends ReportEventRow {}
