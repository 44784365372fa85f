import { type EntityManager } from '@mikro-orm/core';
import { createByKeyLoader, createGroupLoader } from '@union/common';
import { City } from './city/city.entity';

/** Built per request, so a batch never mixes requests and nothing is cached across them. */
export function createLoaders(em: EntityManager) {
  return {
    cityByCode: createByKeyLoader(
      (codes) => em.find(City, { code: { $in: [...codes] } }),
      (city) => city.code,
    ),
    citiesByProvinceCode: createGroupLoader(
      (provinceCodes) =>
        em.find(City, { provinceCode: { $in: [...provinceCodes] } }, { orderBy: { code: 'asc' } }),
      (city) => city.provinceCode,
    ),
  };
}

export type CityLoaders = ReturnType<typeof createLoaders>;
