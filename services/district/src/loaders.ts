import { type EntityManager } from '@mikro-orm/core';
import { createByKeyLoader, createGroupLoader } from '@union/common';
import { District } from './district/district.entity';

/** Built per request, so a batch never mixes requests and nothing is cached across them. */
export function createLoaders(em: EntityManager) {
  return {
    districtByCode: createByKeyLoader(
      (codes) => em.find(District, { code: { $in: [...codes] } }),
      (district) => district.code,
    ),
    districtsByProvinceCode: createGroupLoader(
      (provinceCodes) =>
        em.find(
          District,
          { provinceCode: { $in: [...provinceCodes] } },
          { orderBy: { code: 'asc' } },
        ),
      (district) => district.provinceCode,
    ),
    districtsByCityCode: createGroupLoader(
      (cityCodes) =>
        em.find(District, { cityCode: { $in: [...cityCodes] } }, { orderBy: { code: 'asc' } }),
      (district) => district.cityCode,
    ),
  };
}

export type DistrictLoaders = ReturnType<typeof createLoaders>;
