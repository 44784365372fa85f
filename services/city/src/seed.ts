import { type EntityManager } from '@mikro-orm/core';
import { loadDivisionTree, seedDivisionUnits } from '@union/common';
import { City } from './city/city.entity';

export async function seedCityService(em: EntityManager): Promise<void> {
  await seedDivisionUnits(em, City, loadDivisionTree().cities);
}
