import { type SqlEntityManager } from '@mikro-orm/knex';
import { DatedChildrenIndex, type DatedUnit, loadDivisionHistory } from '@union/domain';
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
import { District } from './district/district.entity';
import { DistrictFigureChange } from './figure/figure-change.entity';
import { DistrictFigureRecord } from './figure/figure-record.entity';
import { DistrictReportEvent } from './report/report-event.entity';
import { DistrictReportRecord } from './report/report-record.entity';

/**
 * Built once at start from the dated tree: which county-level units each province and city
 * had at the end of each year, for rollups.
 */
export interface DistrictShared {
  ofProvince: DatedChildrenIndex;
  withoutCityOfProvince: DatedChildrenIndex;
  ofCity: DatedChildrenIndex;
}

export async function prepareDistrictShared(): Promise<DistrictShared> {
  const history = loadDivisionHistory();
  const index = (parentOf: (district: DatedUnit) => string | null) =>
    new DatedChildrenIndex(history, history.unitsOf('DISTRICT'), parentOf);
  return {
    ofProvince: index((d) => d.provinceCode),
    withoutCityOfProvince: index((d) => (d.cityCode === null ? d.provinceCode : null)),
    ofCity: index((d) => d.cityCode),
  };
}

/** Built per request, so a batch never mixes requests and nothing is cached across them. */
export function createLoaders(em: SqlEntityManager, shared: DistrictShared) {
  const figureByCell = createFigureByCellLoader(em, DistrictFigureRecord);
  const listedFigures = new ListedFigures<Partial<DistrictFigureRecord>>();
  const districtsWithFigures: UnitFigureSource<District, DistrictFigureRecord> = {
    unitEntity: District,
    figureEntity: DistrictFigureRecord,
    figureTable: 'district_figures',
    listedFigures,
  };
  const rollup = (parentColumn: string, children: DatedChildrenIndex, withoutCity = false) =>
    createRollupLoader(em, {
      figureTable: 'district_figures',
      unitTable: 'districts',
      parentColumn,
      // A province's direct children at this level are the county-level units with no city.
      ...(withoutCity ? { restrict: (query) => void query.whereNull('u.city_code') } : {}),
      children,
    });
  const districtByCode = createByKeyLoader(
    (codes) => findPlain(em, District, { code: { $in: [...codes] } }),
    (district) => district.code,
  );
  return {
    districtsWithFigures,
    districtByCode,
    unitByCode: districtByCode,
    districtsByProvinceCode: createGroupWithFiguresLoader(
      em,
      districtsWithFigures,
      'provinceCode',
      'DISTRICT',
    ),
    districtsByCityCode: createGroupWithFiguresLoader(
      em,
      districtsWithFigures,
      'cityCode',
      'DISTRICT',
    ),
    figureByCell,
    listedFigures,
    figuresByCode: createFiguresByCodeLoader(em, DistrictFigureRecord, figureByCell),
    historyByCell: createHistoryByCellLoader(em, DistrictFigureChange),
    districtsSumOfProvince: rollup('province_code', shared.ofProvince),
    directDistrictsSumOfProvince: rollup('province_code', shared.withoutCityOfProvince, true),
    districtsSumOfCity: rollup('city_code', shared.ofCity),
    reportByKey: createReportByKeyLoader(em, DistrictReportRecord),
    reportEventsByKey: createReportEventsLoader(em, DistrictReportEvent),
    districtsProgressOfCity: createProgressLoader(em, {
      reportTable: 'district_reports',
      unitTable: 'districts',
      parentColumn: 'city_code',
      children: shared.ofCity,
    }),
    directDistrictsProgressOfProvince: createProgressLoader(em, {
      reportTable: 'district_reports',
      unitTable: 'districts',
      parentColumn: 'province_code',
      restrict: (query) => void query.whereNull('u.city_code'),
      children: shared.withoutCityOfProvince,
    }),
  };
}

export type DistrictLoaders = ReturnType<typeof createLoaders>;
