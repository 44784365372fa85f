import { Migration } from '@mikro-orm/migrations';
import { addDivisionUnitColumns, schemaStatements } from '@union/subgraph-kit';

export class Migration001Cities extends Migration {
  override up(): void {
    const schema = this.getKnex().schema.createTable('cities', (table) => {
      addDivisionUnitColumns(table);
      table.string('province_code', 6).notNullable().index();
    });
    schemaStatements(schema).forEach((sql) => this.addSql(sql));
  }

  override down(): void {
    schemaStatements(this.getKnex().schema.dropTable('cities')).forEach((sql) => this.addSql(sql));
  }
}
