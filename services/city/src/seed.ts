import { type EntityManager } from '@mikro-orm/core';
import { figureRowsForLevel, loadDivisionTree } from '@union/domain';
import { type SeedOutcome, seedDivisionUnits, seedFigures } from '@union/subgraph-kit';
import { City } from './city/city.entity';
import { CityFigureChange } from './figure/figure-change.entity';
import { CityFigureRecord } from './figure/figure-record.entity';

export async function seedCityService(em: EntityManager): Promise<SeedOutcome> {
  await seedDivisionUnits(em, City, loadDivisionTree().cities);
  return seedFigures(
    em,
    { figure: CityFigureRecord, change: CityFigureChange },
    figureRowsForLevel('CITY'),
  );
}
