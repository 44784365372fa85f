import { Migration } from '@mikro-orm/migrations';

export class Migration20261202173149_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "provinces" ("code" varchar(6) not null, "name" varchar(255) not null, "pinyin" varchar(255) not null, "initials" varchar(255) not null, "search_keys" text not null, constraint "provinces_pkey" primary key ("code"));`,
    );

    this.addSql(
      `create table "province_figure_changes" ("code" varchar(6) not null, "metric" varchar(64) not null, "period" varchar(9) not null, "version" int not null, "at" varchar(24) not null, "by" varchar(255) not null, "action" varchar(16) not null, "old_text" text null, "new_text" text null, "old_lower" double precision null, "old_upper" double precision null, "new_lower" double precision null, "new_upper" double precision null, "reason" text null, "request_id" varchar(64) null, "old_record" text null, "new_record" text null, constraint "province_figure_changes_pkey" primary key ("code", "metric", "period", "version"));`,
    );

    this.addSql(
      `create table "province_figures" ("code" varchar(6) not null, "metric" varchar(64) not null, "period" varchar(9) not null, "text" text not null, "reading" text null, "value" double precision not null, "lower" double precision not null, "upper" double precision null, "qualifier" varchar(16) not null, "unit" varchar(16) not null, "document" text null, "quote" text null, "note" text null, "complete" boolean not null, "version" int not null default 1, "updated_at" varchar(24) not null default '1970-01-01T00:00:00.000Z', "updated_by" varchar(255) not null default 'seed', constraint "province_figures_pkey" primary key ("code", "metric", "period"));`,
    );
    this.addSql(
      `create index "province_figures_metric_period_index" on "province_figures" ("metric", "period");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "provinces" cascade;`);

    this.addSql(`drop table if exists "province_figure_changes" cascade;`);

    this.addSql(`drop table if exists "province_figures" cascade;`);
  }
}
