import { Migration } from '@mikro-orm/migrations';
import { addDivisionUnitColumns, schemaStatements } from '@union/subgraph-kit';

export class Migration001Districts extends Migration {
  override up(): void {
    const schema = this.getKnex().schema.createTable('districts', (table) => {
      addDivisionUnitColumns(table);
      table.string('province_code', 6).notNullable().index();
      table.string('city_code', 6).nullable().index();
    });
    schemaStatements(schema).forEach((sql) => this.addSql(sql));
  }

  override down(): void {
    schemaStatements(this.getKnex().schema.dropTable('districts')).forEach((sql) =>
      this.addSql(sql),
    );
  }
}
