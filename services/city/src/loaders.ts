import { type SqlEntityManager } from '@mikro-orm/knex';
import { ChildrenIndex } from '@union/domain';
import {
  createByKeyLoader,
  findPlain,
  createFigureByCellLoader,
  createFiguresByCodeLoader,
  createHistoryByCellLoader,
  createGroupWithFiguresLoader,
  createProgressLoader,
  createReportByKeyLoader,
  createReportEventsLoader,
  createRollupLoader,
  type UnitFigureSource,
} from '@union/subgraph-kit';
import { City } from './city/city.entity';
import { CityFigureChange } from './figure/figure-change.entity';
import { CityFigureRecord } from './figure/figure-record.entity';
import { CityReportEvent } from './report/report-event.entity';
import { CityReportRecord } from './report/report-record.entity';

/** Read once at start: which cities each province has, for `expected` and `missing`. */
export interface CityShared {
  citiesOfProvince: ChildrenIndex;
}

export async function prepareCityShared(em: SqlEntityManager): Promise<CityShared> {
  const cities = await em.find(City, {}, { fields: ['code', 'provinceCode'] });
  return {
    citiesOfProvince: new ChildrenIndex(
      cities.map((city) => ({ parent: city.provinceCode, child: city.code })),
    ),
  };
}

/** Built per request, so a batch never mixes requests and nothing is cached across them. */
export function createLoaders(em: SqlEntityManager, shared: CityShared) {
  const figureByCell = createFigureByCellLoader(em, CityFigureRecord);
  const citiesWithFigures: UnitFigureSource<City, CityFigureRecord> = {
    unitEntity: City,
    figureEntity: CityFigureRecord,
    figureTable: 'city_figures',
    figureByCell,
  };
  const cityByCode = createByKeyLoader(
    (codes) => findPlain(em, City, { code: { $in: [...codes] } }),
    (city) => city.code,
  );
  return {
    citiesWithFigures,
    cityByCode,
    unitByCode: cityByCode,
    citiesByProvinceCode: createGroupWithFiguresLoader(em, citiesWithFigures, 'provinceCode'),
    figureByCell,
    figuresByCode: createFiguresByCodeLoader(em, CityFigureRecord, figureByCell),
    historyByCell: createHistoryByCellLoader(em, CityFigureChange),
    citiesSumByCell: createRollupLoader(em, {
      figureTable: 'city_figures',
      unitTable: 'cities',
      parentColumn: 'province_code',
      children: shared.citiesOfProvince,
    }),
    reportByKey: createReportByKeyLoader(em, CityReportRecord),
    reportEventsByKey: createReportEventsLoader(em, CityReportEvent),
    citiesProgressOfProvince: createProgressLoader(em, {
      reportTable: 'city_reports',
      unitTable: 'cities',
      parentColumn: 'province_code',
      children: shared.citiesOfProvince,
    }),
  };
}

export type CityLoaders = ReturnType<typeof createLoaders>;
