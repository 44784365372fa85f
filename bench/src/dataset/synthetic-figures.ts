import {
  type DivisionTree,
  type FigureRecord,
  type MetricDefinition,
  parseValue,
} from '@union/domain';
import { type ServiceName } from '@union/subgraph-kit';
import { printValue } from './printed-value';
import { between, createRandom, type Random } from './random';

export const SYNTHETIC_DOCUMENT = 'synthetic';
export const SYNTHETIC_QUOTE = 'synthetic benchmark data';
const PLANTED_NOTE =
  'synthetic: planted inconsistency, this figure is below what its children report';

export interface SyntheticOptions {
  periods: readonly string[];
  metrics: readonly MetricDefinition[];
  /** Every metric the selected ones may be "of" (their totals); all of the catalog is fine. */
  catalog: readonly MetricDefinition[];
  missingShare: number;
  seed: number;
}

export interface PlantedCell {
  level: ServiceName;
  code: string;
  metric: string;
  period: string;
}

export interface SyntheticDataset {
  rows: Record<ServiceName, FigureRecord[]>;
  planted: PlantedCell[];
}

/** Per-province magnitude of a SUM metric, by its unit. */
const SCALE: Readonly<Record<string, number>> = {
  个: 9e4,
  人: 1e7,
  元: 3e8,
  人次: 2e5,
  件: 5e3,
  户: 2e4,
};

/** Consecutive years ending in 2022, oldest first. */
export function syntheticPeriods(count: number): string[] {
  return Array.from({ length: count }, (_, i) => String(2022 - count + 1 + i));
}

interface Tree {
  provinces: string[];
  directChildren: Map<string, string[]>;
  districtsOfCity: Map<string, string[]>;
  cities: string[];
  levelOf: Map<string, ServiceName>;
}

function indexTree(tree: DivisionTree): Tree {
  const directChildren = new Map<string, string[]>(tree.provinces.map((p) => [p.code, []]));
  const districtsOfCity = new Map<string, string[]>(tree.cities.map((c) => [c.code, []]));
  for (const city of tree.cities) directChildren.get(city.provinceCode)?.push(city.code);
  for (const district of tree.districts) {
    if (district.cityCode === null) directChildren.get(district.provinceCode)?.push(district.code);
    else districtsOfCity.get(district.cityCode)?.push(district.code);
  }
  const levelOf = new Map<string, ServiceName>([
    ...tree.provinces.map((p) => [p.code, 'province'] as const),
    ...tree.cities.map((c) => [c.code, 'city'] as const),
    ...tree.districts.map((d) => [d.code, 'district'] as const),
  ]);
  return {
    provinces: tree.provinces.map((p) => p.code),
    cities: tree.cities.map((c) => c.code),
    directChildren,
    districtsOfCity,
    levelOf,
  };
}

/**
 * What every unit "truly" had for one metric and period, top-down: a province's value,
 * then its direct children sharing 85–97% of it (the rest is directly affiliated units no
 * child reports, which the AT_LEAST rule allows), then each city's districts
 * the same way. Rates scatter around their parent's, so the parent lies within them.
 */
function trueValues(
  tree: Tree,
  metric: MetricDefinition,
  growth: number,
  weight: (code: string) => number,
  random: Random,
  totals: Map<string, number> | undefined,
  fraction: (code: string) => number,
): Map<string, number> {
  const values = new Map<string, number>();
  if (totals) {
    for (const [code, total] of totals) values.set(code, total * fraction(code));
    return values;
  }
  const isRate = metric.aggregation === 'NONE';
  const split = (parent: number, children: readonly string[]) => {
    if (isRate) {
      for (const child of children) {
        values.set(child, Math.min(99.9, Math.max(1, parent + between(random, -8, 8))));
      }
      return;
    }
    const share = between(random, 0.85, 0.97);
    const sum = children.reduce((total, child) => total + weight(child), 0);
    for (const child of children) values.set(child, (parent * share * weight(child)) / sum);
  };
  for (const province of tree.provinces) {
    const value = isRate
      ? between(random, 60, 92)
      : (SCALE[metric.unit] ?? 1e5) * weight(province) * growth * between(random, 0.95, 1.05);
    values.set(province, value);
    split(value, tree.directChildren.get(province) ?? []);
  }
  for (const city of tree.cities) {
    split(values.get(city) ?? 0, tree.districtsOfCity.get(city) ?? []);
  }
  return values;
}

/**
 * Every unit with every selected metric for every period, as the services store it, from
 * a seeded generator. A share of the units below the province reports nothing (blank, never
 * zero); per metric and period one province and two cities are planted inconsistent: their
 * printed figure is below what their children add up to.
 */
export function generateSyntheticDataset(
  tree: DivisionTree,
  options: SyntheticOptions,
): SyntheticDataset {
  const random = createRandom(options.seed);
  const index = indexTree(tree);
  const weights = new Map<string, number>();
  const fractions = new Map<string, number>();
  const weight = (code: string) => {
    let w = weights.get(code);
    if (w === undefined) weights.set(code, (w = Math.exp(between(random, -0.9, 0.9))));
    return w;
  };
  const fraction = (code: string) => {
    let f = fractions.get(code);
    if (f === undefined) fractions.set(code, (f = between(random, 0.2, 0.6)));
    return f;
  };
  const byCode = new Map(options.catalog.map((m) => [m.code, m]));
  const rows: Record<ServiceName, FigureRecord[]> = { province: [], city: [], district: [] };
  const planted: PlantedCell[] = [];
  const selected = new Set(options.metrics.map((m) => m.code));

  options.periods.forEach((period, periodIndex) => {
    const truth = new Map<string, Map<string, number>>();
    const truthOf = (metric: MetricDefinition): Map<string, number> => {
      let values = truth.get(metric.code);
      if (values) return values;
      const total = metric.totalOf ? byCode.get(metric.totalOf) : undefined;
      values = trueValues(
        index,
        metric,
        1 + 0.04 * periodIndex,
        weight,
        random,
        total ? truthOf(total) : undefined,
        fraction,
      );
      truth.set(metric.code, values);
      return values;
    };

    for (const metric of options.catalog) {
      if (!selected.has(metric.code)) continue;
      const values = new Map(truthOf(metric));
      const plantedCodes = new Set<string>();
      if (metric.comparableAcrossLevels && metric.totalOf === null) {
        const parents = [
          pick(index.provinces, random),
          ...pickMany(
            index.cities.filter((c) => (index.districtsOfCity.get(c)?.length ?? 0) >= 2),
            2,
            random,
          ),
        ].filter((code): code is string => code !== undefined);
        for (const code of parents) {
          const children =
            index.levelOf.get(code) === 'province'
              ? (index.directChildren.get(code) ?? [])
              : (index.districtsOfCity.get(code) ?? []);
          const childValues = children.map((c) => values.get(c) ?? 0);
          const low =
            metric.aggregation === 'NONE'
              ? Math.min(...childValues) * 0.7
              : (values.get(code) ?? 0) * 0.3;
          values.set(code, low);
          plantedCodes.add(code);
          planted.push({ level: index.levelOf.get(code)!, code, metric: metric.code, period });
        }
      }
      for (const [code, value] of values) {
        const level = index.levelOf.get(code)!;
        const isPlanted = plantedCodes.has(code);
        const missing = level === 'province' ? options.missingShare / 4 : options.missingShare;
        if (!isPlanted && random() < missing) continue;
        const text = printValue(value, metric.unit, random);
        const parsed = parseValue(text);
        rows[level].push({
          code,
          metric: metric.code,
          period,
          text,
          reading: null,
          value: parsed.value,
          lower: parsed.lower,
          upper: parsed.upper,
          qualifier: parsed.qualifier,
          unit: parsed.unit || metric.unit,
          document: SYNTHETIC_DOCUMENT,
          quote: SYNTHETIC_QUOTE,
          note: isPlanted ? PLANTED_NOTE : null,
          complete: false,
        });
      }
    }
  });
  return { rows, planted };
}

function pick<T>(items: readonly T[], random: Random): T | undefined {
  return items[Math.floor(random() * items.length)];
}

function pickMany<T>(items: readonly T[], count: number, random: Random): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) {
    chosen.push(...pool.splice(Math.floor(random() * pool.length), 1));
  }
  return chosen;
}
