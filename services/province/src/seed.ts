import { type EntityManager } from '@mikro-orm/core';
import { loadDivisionTree, seedDivisionUnits } from '@union/common';
import { Province } from './province/province.entity';

export async function seedProvinceService(em: EntityManager): Promise<void> {
  await seedDivisionUnits(em, Province, loadDivisionTree().provinces);
}
