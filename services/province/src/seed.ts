import { type EntityManager } from '@mikro-orm/core';
import { figureRowsForLevel, loadDivisionTree } from '@union/domain';
import { seedDivisionUnits, seedFigures } from '@union/subgraph-kit';
import { ProvinceFigureRecord } from './figure/figure-record.entity';
import { Province } from './province/province.entity';

export async function seedProvinceService(em: EntityManager): Promise<void> {
  await seedDivisionUnits(em, Province, loadDivisionTree().provinces);
  await seedFigures(em, ProvinceFigureRecord, figureRowsForLevel('PROVINCE'));
}
