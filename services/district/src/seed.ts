import { type EntityManager } from '@mikro-orm/core';
import { loadDivisionTree, seedDivisionUnits } from '@union/common';
import { District } from './district/district.entity';

export async function seedDistrictService(em: EntityManager): Promise<void> {
  await seedDivisionUnits(em, District, loadDivisionTree().districts);
}
