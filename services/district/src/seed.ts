import { type EntityManager } from '@mikro-orm/core';
import { figureRowsForLevel, loadDivisionTree } from '@union/domain';
import { seedDivisionUnits, seedFigures } from '@union/subgraph-kit';
import { District } from './district/district.entity';
import { DistrictFigureRecord } from './figure/figure-record.entity';

export async function seedDistrictService(em: EntityManager): Promise<void> {
  await seedDivisionUnits(em, District, loadDivisionTree().districts);
  await seedFigures(em, DistrictFigureRecord, figureRowsForLevel('DISTRICT'));
}
