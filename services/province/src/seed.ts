import { type EntityManager } from '@mikro-orm/core';
import { figureRowsForLevel, loadDivisionHistory } from '@union/domain';
import { type SeedOutcome, seedDivisionUnits, seedFigures } from '@union/subgraph-kit';
import { ProvinceFigureChange } from './figure/figure-change.entity';
import { ProvinceFigureRecord } from './figure/figure-record.entity';
import { Province } from './province/province.entity';

/** Every code of the dated tree, retired ones too: `province(code)` resolves them. */
export function provinceUnits(): Omit<Province, 'searchKeys'>[] {
  return loadDivisionHistory()
    .unitsOf('PROVINCE')
    .map((unit) => ({
      code: unit.code,
      name: unit.name,
      pinyin: unit.pinyin,
      initials: unit.initials,
      validFrom: unit.validFrom,
      validTo: unit.validTo,
    }));
}

export async function seedProvinceService(em: EntityManager): Promise<SeedOutcome> {
  await seedDivisionUnits(em, Province, provinceUnits());
  return seedFigures(
    em,
    { figure: ProvinceFigureRecord, change: ProvinceFigureChange },
    figureRowsForLevel('PROVINCE'),
  );
}
