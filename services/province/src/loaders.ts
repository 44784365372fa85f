import { type EntityManager } from '@mikro-orm/core';
import { createByKeyLoader } from '@union/common';
import { Province } from './province/province.entity';

/** Built per request, so a batch never mixes requests and nothing is cached across them. */
export function createLoaders(em: EntityManager) {
  return {
    provinceByCode: createByKeyLoader(
      (codes) => em.find(Province, { code: { $in: [...codes] } }),
      (province) => province.code,
    ),
  };
}

export type ProvinceLoaders = ReturnType<typeof createLoaders>;
