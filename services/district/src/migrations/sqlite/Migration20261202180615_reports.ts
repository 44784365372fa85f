import { Migration } from '@mikro-orm/migrations';

export class Migration20261202180615_reports extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`district_report_events\` (\`code\` text not null, \`period\` text not null, \`version\` integer not null, \`at\` text not null, \`by\` text not null, \`action\` text not null, \`from_state\` text not null, \`to_state\` text not null, \`comment\` text null, \`override\` integer not null default false, \`metric\` text null, \`request_id\` text null, primary key (\`code\`, \`period\`, \`version\`));`,
    );

    this.addSql(
      `create table \`district_reports\` (\`code\` text not null, \`period\` text not null, \`state\` text not null, \`version\` integer not null, \`updated_at\` text null, \`updated_by\` text null, \`modified_since_approval\` integer not null default 0, \`reopened\` integer not null default false, primary key (\`code\`, \`period\`));`,
    );
  }
}
