import { metricByCode, periodEndYear } from '@union/domain';
import { rawAudit } from './raw-audit';
import { type RawDatabases } from './raw-databases';
import { groupChildren, rollUp, rollupFields } from './raw-rollup';
import { FIGURE_COLUMNS, FigureTable, reportedValue, type UnitFigureRow } from './raw-rows';

/**
 * Every unit in use today or at the end of the period's year, with its years and its
 * figures for the metrics (the metric and, if "of which", its total). Parameters: period,
 * metrics, then the year.
 */
const unitsWithCells = (units: string, figures: string, extra: string, metrics: number) =>
  `select u.code, u.name, u.valid_from, u.valid_to${extra}, ${FIGURE_COLUMNS}
   from ${units} u left join ${figures} f
     on f.code = u.code and f.period = ? and f.metric in (${Array(metrics).fill('?').join(', ')})
   where u.valid_to is null or u.valid_to >= ?
   order by u.code`;

/** Rows by unit, in the order they came, one entry per unit. */
function units(rows: readonly UnitFigureRow[]): UnitFigureRow[] {
  const seen = new Set<string>();
  return rows.filter((row) => !seen.has(row.code) && seen.add(row.code));
}

/** The lists show today's units; rollups expect the units of the period's end year. */
const inUse = (row: UnitFigureRow) => row.valid_to === null;
const inYear = (year: number) => (row: UnitFigureRow) =>
  Number(row.valid_from) <= year && (row.valid_to === null || Number(row.valid_to) >= year);

/** The national report in three statements, one per database; rollups and audits in memory. */
export async function rawNationalReport(
  db: RawDatabases,
  variables: { metric: string; period: string; scope?: string | null },
  withAudit: boolean,
) {
  if (variables.scope) throw new Error('the floor answers the whole country only (no scope)');
  const { metric, period } = variables;
  const total = metricByCode(metric)?.totalOf;
  const metrics = total ? [metric, total] : [metric];
  const year = periodEndYear(period);
  const params = [period, ...metrics, year];
  const [provinceRows, cityRows, districtRows] = await Promise.all([
    db.query<UnitFigureRow>(
      'province',
      unitsWithCells('provinces', 'province_figures', '', metrics.length),
      params,
    ),
    db.query<UnitFigureRow>(
      'city',
      unitsWithCells('cities', 'city_figures', ', u.province_code', metrics.length),
      params,
    ),
    db.query<UnitFigureRow>(
      'district',
      unitsWithCells(
        'districts',
        'district_figures',
        ', u.province_code, u.city_code',
        metrics.length,
      ),
      params,
    ),
  ]);
  const figures = new FigureTable([...provinceRows, ...cityRows, ...districtRows]);
  const cities = units(cityRows);
  const districts = units(districtRows);
  const wasInYear = inYear(year);
  const yearCities = cities.filter(wasInYear);
  const yearDistricts = districts.filter(wasInYear);
  const figureOf = (code: string) => figures.get(code, metric);
  const sum = (children: readonly string[] | undefined) => rollUp(metric, children ?? [], figureOf);
  const citiesOf = groupChildren(yearCities, (row) => row.province_code);
  const districtsOfProvince = groupChildren(yearDistricts, (row) => row.province_code);
  const directDistrictsOf = groupChildren(yearDistricts, (row) =>
    row.city_code === null ? row.province_code : null,
  );
  const districtsOfCity = groupChildren(yearDistricts, (row) => row.city_code);
  const districtRowsOfCity = new Map<string, UnitFigureRow[]>();
  for (const row of districts.filter(inUse)) {
    if (!row.city_code) continue;
    districtRowsOfCity.set(row.city_code, [...(districtRowsOfCity.get(row.city_code) ?? []), row]);
  }
  const cityRowsOf = new Map<string, UnitFigureRow[]>();
  for (const row of cities.filter(inUse)) {
    cityRowsOf.set(row.province_code!, [...(cityRowsOf.get(row.province_code!) ?? []), row]);
  }
  return {
    provinces: units(provinceRows)
      .filter(inUse)
      .map((province) => {
        const citiesSum = sum(citiesOf.get(province.code));
        const directDistrictsSum = sum(directDistrictsOf.get(province.code));
        return {
          code: province.code,
          name: province.name,
          figure: {
            reported: reportedValue(figureOf(province.code)),
            citiesSum: rollupFields(citiesSum),
            districtsSum: rollupFields(sum(districtsOfProvince.get(province.code))),
            directDistrictsSum: rollupFields(directDistrictsSum),
            ...(withAudit && {
              audit: rawAudit(figures, province.code, metric, period, [
                citiesSum,
                directDistrictsSum,
              ]),
            }),
          },
          cities: (cityRowsOf.get(province.code) ?? []).map((city) => {
            const own = districtRowsOfCity.get(city.code) ?? [];
            const districtsSum = sum(districtsOfCity.get(city.code));
            return {
              code: city.code,
              name: city.name,
              figure: {
                reported: reportedValue(figureOf(city.code)),
                districtsSum: rollupFields(districtsSum),
                ...(withAudit && {
                  audit: rawAudit(figures, city.code, metric, period, districtsSum),
                }),
              },
              districts: own.map((district) => ({
                code: district.code,
                name: district.name,
                figure: { reported: reportedValue(figureOf(district.code)) },
              })),
            };
          }),
        };
      }),
  };
}
