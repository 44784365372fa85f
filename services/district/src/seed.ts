import { type EntityManager } from '@mikro-orm/core';
import { figureRowsForLevel, loadDivisionTree } from '@union/domain';
import { type SeedOutcome, seedDivisionUnits, seedFigures } from '@union/subgraph-kit';
import { District } from './district/district.entity';
import { DistrictFigureChange } from './figure/figure-change.entity';
import { DistrictFigureRecord } from './figure/figure-record.entity';

export async function seedDistrictService(em: EntityManager): Promise<SeedOutcome> {
  await seedDivisionUnits(em, District, loadDivisionTree().districts);
  return seedFigures(
    em,
    { figure: DistrictFigureRecord, change: DistrictFigureChange },
    figureRowsForLevel('DISTRICT'),
  );
}
