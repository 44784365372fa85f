import { Migration } from '@mikro-orm/migrations';
import { addFigureColumns, schemaStatements } from '@union/subgraph-kit';

export class Migration002ProvinceFigures extends Migration {
  override up(): void {
    const schema = this.getKnex().schema.createTable('province_figures', addFigureColumns);
    schemaStatements(schema).forEach((sql) => this.addSql(sql));
  }

  override down(): void {
    const schema = this.getKnex().schema.dropTable('province_figures');
    schemaStatements(schema).forEach((sql) => this.addSql(sql));
  }
}
