import { type SqlEntityManager } from '@mikro-orm/knex';
import {
  createByKeyLoader,
  findPlain,
  ListedFigures,
  createFigureByCellLoader,
  createFiguresByCodeLoader,
  createHistoryByCellLoader,
  createReportByKeyLoader,
  createReportEventsLoader,
  type UnitFigureSource,
} from '@union/subgraph-kit';
import { ProvinceFigureChange } from './figure/figure-change.entity';
import { ProvinceFigureRecord } from './figure/figure-record.entity';
import { Province } from './province/province.entity';
import { ProvinceReportEvent } from './report/report-event.entity';
import { ProvinceReportRecord } from './report/report-record.entity';

/** Built per request, so a batch never mixes requests and nothing is cached across them. */
export function createLoaders(em: SqlEntityManager) {
  const figureByCell = createFigureByCellLoader(em, ProvinceFigureRecord);
  const listedFigures = new ListedFigures<Partial<ProvinceFigureRecord>>();
  const provincesWithFigures: UnitFigureSource<Province, ProvinceFigureRecord> = {
    unitEntity: Province,
    figureEntity: ProvinceFigureRecord,
    figureTable: 'province_figures',
    listedFigures,
  };
  const provinceByCode = createByKeyLoader(
    (codes) => findPlain(em, Province, { code: { $in: [...codes] } }),
    (province) => province.code,
  );
  return {
    provincesWithFigures,
    provinceByCode,
    unitByCode: provinceByCode,
    figureByCell,
    listedFigures,
    figuresByCode: createFiguresByCodeLoader(em, ProvinceFigureRecord, figureByCell),
    historyByCell: createHistoryByCellLoader(em, ProvinceFigureChange),
    reportByKey: createReportByKeyLoader(em, ProvinceReportRecord),
    reportEventsByKey: createReportEventsLoader(em, ProvinceReportEvent),
  };
}

export type ProvinceLoaders = ReturnType<typeof createLoaders>;
