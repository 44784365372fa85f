import { type EntityManager } from '@mikro-orm/core';
import { figureRowsForLevel, loadDivisionHistory } from '@union/domain';
import { type SeedOutcome, seedDivisionUnits, seedFigures } from '@union/subgraph-kit';
import { District } from './district/district.entity';
import { DistrictFigureChange } from './figure/figure-change.entity';
import { DistrictFigureRecord } from './figure/figure-record.entity';

export async function seedDistrictService(em: EntityManager): Promise<SeedOutcome> {
  // Every code of the dated tree, retired ones too: `district(code)` resolves them.
  await seedDivisionUnits(
    em,
    District,
    loadDivisionHistory()
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
      })),
  );
  return seedFigures(
    em,
    { figure: DistrictFigureRecord, change: DistrictFigureChange },
    figureRowsForLevel('DISTRICT'),
  );
}
