import { type EntityManager } from '@mikro-orm/core';
import { figureRowsForLevel, loadDivisionTree } from '@union/domain';
import { type SeedOutcome, seedDivisionUnits, seedFigures } from '@union/subgraph-kit';
import { ProvinceFigureChange } from './figure/figure-change.entity';
import { ProvinceFigureRecord } from './figure/figure-record.entity';
import { Province } from './province/province.entity';

export async function seedProvinceService(em: EntityManager): Promise<SeedOutcome> {
  await seedDivisionUnits(em, Province, loadDivisionTree().provinces);
  return seedFigures(
    em,
    { figure: ProvinceFigureRecord, change: ProvinceFigureChange },
    figureRowsForLevel('PROVINCE'),
  );
}
