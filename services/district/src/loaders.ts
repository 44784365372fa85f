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
import { District } from './district/district.entity';
import { DistrictFigureChange } from './figure/figure-change.entity';
import { DistrictFigureRecord } from './figure/figure-record.entity';
import { DistrictReportEvent } from './report/report-event.entity';
import { DistrictReportRecord } from './report/report-record.entity';

/** Read once at start: which county-level units each province and city has. */
export interface DistrictShared {
  ofProvince: ChildrenIndex;
  withoutCityOfProvince: ChildrenIndex;
  ofCity: ChildrenIndex;
}

export async function prepareDistrictShared(em: SqlEntityManager): Promise<DistrictShared> {
  const districts = await em.find(District, {}, { fields: ['code', 'provinceCode', 'cityCode'] });
  return {
    ofProvince: new ChildrenIndex(
      districts.map((d) => ({ parent: d.provinceCode, child: d.code })),
    ),
    withoutCityOfProvince: new ChildrenIndex(
      districts
        .filter((d) => d.cityCode === null)
        .map((d) => ({ parent: d.provinceCode, child: d.code })),
    ),
    ofCity: new ChildrenIndex(districts.map((d) => ({ parent: d.cityCode, child: d.code }))),
  };
}

/** Built per request, so a batch never mixes requests and nothing is cached across them. */
export function createLoaders(em: SqlEntityManager, shared: DistrictShared) {
  const figureByCell = createFigureByCellLoader(em, DistrictFigureRecord);
  const districtsWithFigures: UnitFigureSource<District, DistrictFigureRecord> = {
    unitEntity: District,
    figureEntity: DistrictFigureRecord,
    figureTable: 'district_figures',
    figureByCell,
  };
  const rollup = (parentColumn: string, children: ChildrenIndex, withoutCity = false) =>
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
    districtsByProvinceCode: createGroupWithFiguresLoader(em, districtsWithFigures, 'provinceCode'),
    districtsByCityCode: createGroupWithFiguresLoader(em, districtsWithFigures, 'cityCode'),
    figureByCell,
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
