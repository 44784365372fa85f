import { Migration } from '@mikro-orm/migrations';

export class Migration20261202185542_unit_years extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table \`districts\` add column \`valid_from\` integer not null default 0;`);
    this.addSql(`alter table \`districts\` add column \`valid_to\` integer null;`);
  }
}
