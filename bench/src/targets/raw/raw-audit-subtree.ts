import { addRollups, METRICS, metricByCode, periodEndYear, readPeriod } from '@union/domain';
import { rawAudit } from './raw-audit';
import { type RawDatabases } from './raw-databases';
import { groupChildren, rollUp } from './raw-rollup';
import { FIGURE_COLUMNS, FigureTable, IN_YEAR, type UnitFigureRow } from './raw-rows';

const withFigures = (units: string, figures: string, extra: string, where: string, order: string) =>
  `select u.code, u.name${extra}, ${FIGURE_COLUMNS}
   from ${units} u left join ${figures} f on f.code = u.code and f.period = ?
   where ${where} order by ${order}`;

/**
 * The audit CLI's one subtree request (AuditSubtree) for a province root, answered from
 * SQL: three statements, rollups and audits in memory. Metrics come as the `metrics` list
 * that each unit's `cells` field takes; without one, the whole catalog, as `cells` answers.
 */
export async function rawAuditSubtree(
  db: RawDatabases,
  variables: { code: string; period: string; metrics?: string[] },
) {
  const { code } = variables;
  const metrics = variables.metrics ?? METRICS.map((metric) => metric.code);
  const period = readPeriod(variables.period);
  const year = periodEndYear(period);
  const [provinceRows, cityRows, districtRows] = await Promise.all([
    db.query<UnitFigureRow>(
      'province',
      withFigures('provinces', 'province_figures', '', 'u.code = ?', 'f.metric'),
      [period, code],
    ),
    db.query<UnitFigureRow>(
      'city',
      withFigures(
        'cities',
        'city_figures',
        '',
        `u.province_code = ? and ${IN_YEAR}`,
        'u.code, f.metric',
      ),
      [period, code, year, year],
    ),
    db.query<UnitFigureRow>(
      'district',
      withFigures(
        'districts',
        'district_figures',
        ', u.city_code',
        `u.province_code = ? and ${IN_YEAR}`,
        'u.code, f.metric',
      ),
      [period, code, year, year],
    ),
  ]);
  const province = provinceRows[0];
  if (!province) {
    throw new Error(`the floor answers province roots only; ${code} is not a province`);
  }
  const figures = new FigureTable([...provinceRows, ...cityRows, ...districtRows]);
  const cities = groupChildren(cityRows, () => 'all').get('all') ?? [];
  const cityNames = new Map(cityRows.map((row) => [row.code, row.name]));
  const directDistricts =
    groupChildren(districtRows, (row) => (row.city_code === null ? 'all' : null)).get('all') ?? [];
  const districtsOfCity = groupChildren(districtRows, (row) => row.city_code);
  const seen = new Set<string>();
  const districts = districtRows
    .filter((row) => !seen.has(row.code) && seen.add(row.code))
    .map((row) => ({ code: row.code, name: row.name }));
  const sum = (metric: string, children: readonly string[]) =>
    rollUp(metric, children, (child) => figures.get(child, metric));

  const provinceCells = metrics.map((metric) => {
    const citiesSum = sum(metric, cities);
    const directDistrictsSum = sum(metric, directDistricts);
    const isRate = metricByCode(metric)?.aggregation === 'NONE';
    return {
      metric,
      period,
      reported: figures.get(code, metric),
      directChildrenSum: addRollups(citiesSum, directDistrictsSum, isRate),
      audit: rawAudit(figures, code, metric, period, [citiesSum, directDistrictsSum]),
    };
  });
  const cityCells = (city: string) =>
    metrics.map((metric) => {
      const districtsSum = sum(metric, districtsOfCity.get(city) ?? []);
      return {
        metric,
        period,
        reported: figures.get(city, metric),
        districtsSum,
        audit: rawAudit(figures, city, metric, period, districtsSum),
      };
    });
  return {
    province: {
      code,
      name: province.name,
      cells: provinceCells,
      districts,
    },
    // The audit CLI asks a province's cities at the root, beside the province.
    provinceCities: cities.map((city) => ({
      code: city,
      name: cityNames.get(city),
      cells: cityCells(city),
    })),
    // Codes are unique across levels: a province's code names no city or district.
    city: null,
    district: null,
  };
}
