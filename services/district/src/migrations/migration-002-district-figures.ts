import { Migration } from '@mikro-orm/migrations';
import { addFigureColumns, schemaStatements } from '@union/subgraph-kit';

export class Migration002DistrictFigures extends Migration {
  override up(): void {
    const schema = this.getKnex().schema.createTable('district_figures', addFigureColumns);
    schemaStatements(schema).forEach((sql) => this.addSql(sql));
  }

  override down(): void {
    const schema = this.getKnex().schema.dropTable('district_figures');
    schemaStatements(schema).forEach((sql) => this.addSql(sql));
  }
}
