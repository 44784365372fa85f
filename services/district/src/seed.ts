import { type EntityManager } from '@mikro-orm/core';
import { figureRowsForLevel, loadDivisionHistory } from '@union/domain';
import { type SeedOutcome, seedDivisionUnits, seedFigures } from '@union/subgraph-kit';
import { District } from './district/district.entity';
import { DistrictFigureChange } from './figure/figure-change.entity';
import { DistrictFigureRecord } from './figure/figure-record.entity';

/** Every code of the dated tree, retired ones too: `district(code)` resolves them. */
export function districtUnits(): Omit<District, 'searchKeys'>[] {
  return loadDivisionHistory()
    .unitsOf('DISTRICT')
    .map((unit) => ({
      code: unit.code,
      name: unit.name,
      pinyin: unit.pinyin,
      initials: unit.initials,
      provinceCode: unit.provinceCode!,
      cityCode: unit.cityCode,
      validFrom: unit.validFrom,
      validTo: unit.validTo,
    }));
}

export async function seedDistrictService(em: EntityManager): Promise<SeedOutcome> {
  await seedDivisionUnits(em, District, districtUnits());
  return seedFigures(
    em,
    { figure: DistrictFigureRecord, change: DistrictFigureChange },
    figureRowsForLevel('DISTRICT'),
  );
}
