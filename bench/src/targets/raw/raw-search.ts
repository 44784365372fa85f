import { readSearch } from '@union/domain';
import { type RawDatabases } from './raw-databases';

interface UnitRow {
  code: string;
  name: string;
  pinyin: string;
  province_code?: string;
  city_code?: string | null;
}

/** The same match as common's searchCondition, as SQL. */
function condition(text: string): { sql: string; param: string } {
  const filter = readSearch(text);
  switch (filter.by) {
    case 'code':
      return { sql: 'code like ?', param: `${filter.prefix}%` };
    case 'name':
      return { sql: 'name like ?', param: `%${filter.contains}%` };
    case 'pinyin':
      return { sql: 'search_keys like ?', param: `% ${filter.prefix}%` };
  }
}

const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ');

/** A search at every level of today's tree and the names of the parents of what matched. */
export async function rawSearch(db: RawDatabases, variables: { text: string }) {
  const { sql, param } = condition(variables.text.trim());
  const [provinces, cities, districts] = await Promise.all([
    db.query<UnitRow>(
      'province',
      `select code, name, pinyin from provinces where ${sql} and valid_to is null order by code`,
      [param],
    ),
    db.query<UnitRow>(
      'city',
      `select code, name, pinyin, province_code from cities where ${sql} and valid_to is null order by code`,
      [param],
    ),
    db.query<UnitRow>(
      'district',
      `select code, name, pinyin, province_code, city_code from districts where ${sql} and valid_to is null order by code`,
      [param],
    ),
  ]);
  const provinceCodes = [...new Set([...cities, ...districts].map((row) => row.province_code!))];
  const cityCodes = [
    ...new Set(districts.flatMap((row) => (row.city_code ? [row.city_code] : []))),
  ];
  const [provinceNames, cityNames] = await Promise.all([
    provinceCodes.length === 0
      ? Promise.resolve([])
      : db.query<UnitRow>(
          'province',
          `select code, name from provinces where code in (${placeholders(provinceCodes.length)})`,
          provinceCodes,
        ),
    cityCodes.length === 0
      ? Promise.resolve([])
      : db.query<UnitRow>(
          'city',
          `select code, name from cities where code in (${placeholders(cityCodes.length)})`,
          cityCodes,
        ),
  ]);
  const provinceName = new Map(provinceNames.map((row) => [row.code, row.name]));
  const cityName = new Map(cityNames.map((row) => [row.code, row.name]));
  const province = (code: string) => ({ code, name: provinceName.get(code) });
  return {
    provinces: provinces.map(({ code, name, pinyin }) => ({ code, name, pinyin })),
    cities: cities.map(({ code, name, pinyin, province_code }) => ({
      code,
      name,
      pinyin,
      province: province(province_code!),
    })),
    districts: districts.map(({ code, name, pinyin, province_code, city_code }) => ({
      code,
      name,
      pinyin,
      province: province(province_code!),
      city: city_code ? { code: city_code, name: cityName.get(city_code) } : null,
    })),
  };
}
