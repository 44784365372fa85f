import { Migration } from '@mikro-orm/migrations';
import { addDivisionUnitColumns, schemaStatements } from '@union/subgraph-kit';

export class Migration001Provinces extends Migration {
  override up(): void {
    const schema = this.getKnex().schema.createTable('provinces', addDivisionUnitColumns);
    schemaStatements(schema).forEach((sql) => this.addSql(sql));
  }

  override down(): void {
    schemaStatements(this.getKnex().schema.dropTable('provinces')).forEach((sql) =>
      this.addSql(sql),
    );
  }
}
