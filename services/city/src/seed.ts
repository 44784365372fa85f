import { type EntityManager } from '@mikro-orm/core';
import { figureRowsForLevel, loadDivisionTree } from '@union/domain';
import { seedDivisionUnits, seedFigures } from '@union/subgraph-kit';
import { City } from './city/city.entity';
import { CityFigureRecord } from './figure/figure-record.entity';

export async function seedCityService(em: EntityManager): Promise<void> {
  await seedDivisionUnits(em, City, loadDivisionTree().cities);
  await seedFigures(em, CityFigureRecord, figureRowsForLevel('CITY'));
}
