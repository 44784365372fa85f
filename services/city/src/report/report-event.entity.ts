import { Entity } from '@mikro-orm/core';
import { ReportEventRow } from '@union/subgraph-kit';

/** One event of a city's report; appended with the change, never rewritten. */
@Entity({ tableName: 'city_report_events' })
export class CityReportEvent extends ReportEventRow {}
