import { type EntityManager } from '@mikro-orm/core';
import { figureRowsForLevel, loadDivisionHistory } from '@union/domain';
import { type SeedOutcome, seedDivisionUnits, seedFigures } from '@union/subgraph-kit';
import { City } from './city/city.entity';
import { CityFigureChange } from './figure/figure-change.entity';
import { CityFigureRecord } from './figure/figure-record.entity';

/** Every code of the dated tree, retired ones too: `city(code)` resolves them. */
export function cityUnits(): Omit<City, 'searchKeys'>[] {
  return loadDivisionHistory()
    .unitsOf('CITY')
    .map((unit) => ({
      code: unit.code,
      name: unit.name,
      pinyin: unit.pinyin,
      initials: unit.initials,
      provinceCode: unit.provinceCode!,
      validFrom: unit.validFrom,
      validTo: unit.validTo,
    }));
}

export async function seedCityService(em: EntityManager): Promise<SeedOutcome> {
  await seedDivisionUnits(em, City, cityUnits());
  return seedFigures(
    em,
    { figure: CityFigureRecord, change: CityFigureChange },
    figureRowsForLevel('CITY'),
  );
}
