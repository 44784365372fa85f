import { type EntityManager } from '@mikro-orm/core';
import {
  figureRowsForLevel,
  loadDivisionTree,
  seedDivisionUnits,
  seedFigures,
} from '@union/common';
import { City } from './city/city.entity';
import { CityFigureRecord } from './figure/figure-record.entity';

export async function seedCityService(em: EntityManager): Promise<void> {
  await seedDivisionUnits(em, City, loadDivisionTree().cities);
  await seedFigures(em, CityFigureRecord, figureRowsForLevel('CITY'));
}
