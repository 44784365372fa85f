import { rawAudit } from './raw-audit';
import {
  AGGREGATE_COLUMNS,
  type AggregateRow,
  combineAggregates,
  rollupFromAggregate,
} from './raw-aggregate';
import { type RawDatabases } from './raw-databases';
import { periodEndYear } from '@union/domain';
import {
  FIGURE_COLUMNS,
  FigureTable,
  IN_YEAR,
  reportedValue,
  type UnitFigureRow,
} from './raw-rows';

const unitWithFigures = (units: string, figures: string, extra: string) =>
  `select u.code, u.name${extra}, ${FIGURE_COLUMNS}
   from ${units} u left join ${figures} f on f.code = u.code and f.period = ?
   where u.code = ? order by f.metric`;

interface ChildRow {
  code: string;
  city_code?: string | null;
}

/**
 * 金牛区 → 成都市 → 四川省, each with its figures of one period: the units and their figures,
 * the province's children, and their figures summed in SQL by metric (by city for the
 * districts), eight statements.
 */
export async function rawWalk(
  db: RawDatabases,
  variables: { code: string; period: string },
  withAudit: boolean,
) {
  const { period } = variables;
  const year = periodEndYear(period);
  const district = await db.query<UnitFigureRow>(
    'district',
    unitWithFigures('districts', 'district_figures', ', u.province_code, u.city_code'),
    [period, variables.code],
  );
  const first = district[0];
  if (!first) return { district: null };
  const provinceCode = first.province_code!;
  const [city, province, cityCodes, districtCodes, citySums, districtSums] = await Promise.all([
    first.city_code
      ? db.query<UnitFigureRow>(
          'city',
          unitWithFigures('cities', 'city_figures', ', u.province_code'),
          [period, first.city_code],
        )
      : Promise.resolve([]),
    db.query<UnitFigureRow>('province', unitWithFigures('provinces', 'province_figures', ''), [
      period,
      provinceCode,
    ]),
    db.query<ChildRow>(
      'city',
      `select code from cities u where province_code = ? and ${IN_YEAR} order by code`,
      [provinceCode, year, year],
    ),
    db.query<ChildRow>(
      'district',
      `select code, city_code from districts u where province_code = ? and ${IN_YEAR} order by code`,
      [provinceCode, year, year],
    ),
    db.query<AggregateRow>(
      'city',
      `select f.metric, ${AGGREGATE_COLUMNS}, ${db.concat('city', 'f.code')} as reporters
       from city_figures f join cities u on u.code = f.code
       where u.province_code = ? and f.period = ? and ${IN_YEAR} group by f.metric`,
      [provinceCode, period, year, year],
    ),
    db.query<AggregateRow>(
      'district',
      `select u.city_code as parent, f.metric, ${AGGREGATE_COLUMNS},
         ${db.concat('district', 'f.code')} as reporters
       from district_figures f join districts u on u.code = f.code
       where u.province_code = ? and f.period = ? and ${IN_YEAR} group by u.city_code, f.metric`,
      [provinceCode, period, year, year],
    ),
  ]);
  const figures = new FigureTable([...district, ...city, ...province]);
  const cities = cityCodes.map((row) => row.code);
  const allDistricts = districtCodes.map((row) => row.code);
  const directDistricts = districtCodes.filter((row) => row.city_code === null).map((r) => r.code);
  const cityDistricts = districtCodes
    .filter((row) => row.city_code === first.city_code)
    .map((row) => row.code);
  const groups = (rows: readonly AggregateRow[], metric: string, parent?: string | null) =>
    rows.filter((row) => row.metric === metric && (parent === undefined || row.parent === parent));
  const citiesSum = (metric: string) =>
    rollupFromAggregate(metric, groups(citySums, metric)[0], cities);
  const districtsSum = (metric: string, parent: string | null | undefined, codes: string[]) =>
    rollupFromAggregate(metric, combineAggregates(groups(districtSums, metric, parent)), codes);
  const reported = (rows: readonly UnitFigureRow[]) => rows.filter((row) => row.metric !== null);
  const provinceRow = province[0]!;
  const cityRow = city[0];

  return {
    district: {
      code: first.code,
      name: first.name,
      figures: reported(district).map((row) => ({
        metric: row.metric,
        reported: reportedValue(figures.get(row.code, row.metric!)),
      })),
      city: cityRow
        ? {
            code: cityRow.code,
            name: cityRow.name,
            figures: reported(city).map((row) => {
              const sum = districtsSum(row.metric!, cityRow.code, cityDistricts);
              return {
                metric: row.metric,
                reported: reportedValue(figures.get(row.code, row.metric!)),
                districtsSum: sum,
                ...(withAudit && { audit: rawAudit(figures, row.code, row.metric!, period, sum) }),
              };
            }),
            province: {
              code: provinceRow.code,
              name: provinceRow.name,
              figures: reported(province).map((row) => {
                const metric = row.metric!;
                const fromCities = citiesSum(metric);
                const direct = districtsSum(metric, null, directDistricts);
                return {
                  metric,
                  reported: reportedValue(figures.get(row.code, metric)),
                  citiesSum: fromCities,
                  districtsSum: districtsSum(metric, undefined, allDistricts),
                  directDistrictsSum: direct,
                  ...(withAudit && {
                    audit: rawAudit(figures, row.code, metric, period, [fromCities, direct]),
                  }),
                };
              }),
            },
          }
        : null,
    },
  };
}
