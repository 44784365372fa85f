import { Migration } from '@mikro-orm/migrations';

export class Migration20261202180615_reports extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "city_report_events" ("code" varchar(6) not null, "period" varchar(9) not null, "version" int not null, "at" varchar(24) not null, "by" varchar(255) not null, "action" varchar(16) not null, "from_state" varchar(16) not null, "to_state" varchar(16) not null, "comment" text null, "override" boolean not null default false, "metric" varchar(64) null, "request_id" varchar(64) null, constraint "city_report_events_pkey" primary key ("code", "period", "version"));`,
    );

    this.addSql(
      `create table "city_reports" ("code" varchar(6) not null, "period" varchar(9) not null, "state" varchar(16) not null, "version" int not null, "updated_at" varchar(24) null, "updated_by" varchar(255) null, "modified_since_approval" int not null default 0, "reopened" boolean not null default false, constraint "city_reports_pkey" primary key ("code", "period"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "city_report_events" cascade;`);

    this.addSql(`drop table if exists "city_reports" cascade;`);
  }
}
