import { type EntityManager } from '@mikro-orm/core';
import {
  figureRowsForLevel,
  loadDivisionTree,
  seedDivisionUnits,
  seedFigures,
} from '@union/common';
import { ProvinceFigureRecord } from './figure/figure-record.entity';
import { Province } from './province/province.entity';

export async function seedProvinceService(em: EntityManager): Promise<void> {
  await seedDivisionUnits(em, Province, loadDivisionTree().provinces);
  await seedFigures(em, ProvinceFigureRecord, figureRowsForLevel('PROVINCE'));
}
