import { type SqlEntityManager } from '@mikro-orm/knex';
import { DatedChildrenIndex, loadDivisionHistory } from '@union/domain';
import {
  createByKeyLoader,
  findPlain,
  ListedFigures,
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

/**
 * Built once at start from the dated tree: which cities each province had at the end of
 * each year, for a rollup's `expected` and `missing`.
 */
export interface CityShared {
  citiesOfProvince: DatedChildrenIndex;
}

export async function prepareCityShared(): Promise<CityShared> {
  const history = loadDivisionHistory();
  return {
    citiesOfProvince: new DatedChildrenIndex(
      history,
      history.unitsOf('CITY'),
      (city) => city.provinceCode,
    ),
  };
}

/** Built per request, so a batch never mixes requests and nothing is cached across them. */
export function createLoaders(em: SqlEntityManager, shared: CityShared) {
  const figureByCell = createFigureByCellLoader(em, CityFigureRecord);
  const listedFigures = new ListedFigures<Partial<CityFigureRecord>>();
  const citiesWithFigures: UnitFigureSource<City, CityFigureRecord> = {
    unitEntity: City,
    figureEntity: CityFigureRecord,
    figureTable: 'city_figures',
    listedFigures,
  };
  const cityByCode = createByKeyLoader(
    (codes) => findPlain(em, City, { code: { $in: [...codes] } }),
    (city) => city.code,
  );
  return {
    citiesWithFigures,
    cityByCode,
    unitByCode: cityByCode,
    citiesByProvinceCode: createGroupWithFiguresLoader(
      em,
      citiesWithFigures,
      'provinceCode',
      'CITY',
    ),
    figureByCell,
    listedFigures,
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
