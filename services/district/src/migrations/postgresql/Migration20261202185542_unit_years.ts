import { Migration } from '@mikro-orm/migrations';

export class Migration20261202185542_unit_years extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "districts" add column "valid_from" int not null default 0, add column "valid_to" int null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "districts" drop column "valid_from", drop column "valid_to";`);
  }
}
