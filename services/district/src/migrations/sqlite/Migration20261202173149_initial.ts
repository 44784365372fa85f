import { Migration } from '@mikro-orm/migrations';

export class Migration20261202173149_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`districts\` (\`code\` text not null, \`name\` text not null, \`pinyin\` text not null, \`initials\` text not null, \`search_keys\` text not null, \`province_code\` text not null, \`city_code\` text null, primary key (\`code\`));`,
    );
    this.addSql(
      `create index \`districts_province_code_index\` on \`districts\` (\`province_code\`);`,
    );
    this.addSql(`create index \`districts_city_code_index\` on \`districts\` (\`city_code\`);`);

    this.addSql(
      `create table \`district_figure_changes\` (\`code\` text not null, \`metric\` text not null, \`period\` text not null, \`version\` integer not null, \`at\` text not null, \`by\` text not null, \`action\` text not null, \`old_text\` text null, \`new_text\` text null, \`old_lower\` double null, \`old_upper\` double null, \`new_lower\` double null, \`new_upper\` double null, \`reason\` text null, \`request_id\` text null, \`old_record\` text null, \`new_record\` text null, primary key (\`code\`, \`metric\`, \`period\`, \`version\`));`,
    );

    this.addSql(
      `create table \`district_figures\` (\`code\` text not null, \`metric\` text not null, \`period\` text not null, \`text\` text not null, \`reading\` text null, \`value\` double not null, \`lower\` double not null, \`upper\` double null, \`qualifier\` text not null, \`unit\` text not null, \`document\` text null, \`quote\` text null, \`note\` text null, \`complete\` integer not null, \`version\` integer not null default 1, \`updated_at\` text not null default '1970-01-01T00:00:00.000Z', \`updated_by\` text not null default 'seed', primary key (\`code\`, \`metric\`, \`period\`));`,
    );
    this.addSql(
      `create index \`district_figures_metric_period_index\` on \`district_figures\` (\`metric\`, \`period\`);`,
    );
  }
}
