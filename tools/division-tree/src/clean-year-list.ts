import {
  assertConsistent,
  type City,
  type District,
  dropCitiesRepeatedAsCounties,
  dropDevelopmentZones,
  dropStatisticsOnlyUnits,
  isPlaceholderCity,
  SANSHA_CITY,
  SANSHA_ISLAND_ROWS,
  type Unit,
} from './clean-division-tree';
import { type ListedCode } from './read-gbt2260';

/** 台湾省, 香港 and 澳门 are in the GB/T 2260 lists; the union hierarchy does not reach them. */
const OUTSIDE_THE_HIERARCHY = new Set(['71', '81', '82']);

/** One year's tree, before pinyin: the same shape the NBS tree has. */
export interface YearTree {
  provinces: Unit[];
  cities: City[];
  districts: District[];
}

const isProvinceCode = (code: string) => code.endsWith('0000');
const isCityCode = (code: string) => code.endsWith('00') && !isProvinceCode(code);

/**
 * Turns one year's GB/T 2260 list into that year's tree with the NBS tree's cleaning rules,
 * as far as they apply to an administrative list (docs/division-tree.md): the list names
 * parents by code only, so a county-level unit belongs to the city whose code it starts with
 * when that city is listed, and to its province otherwise.
 */
export function cleanYearList(year: number, listed: readonly ListedCode[]): YearTree {
  const inHierarchy = listed.filter((row) => !OUTSIDE_THE_HIERARCHY.has(row.code.slice(0, 2)));
  const provinces: Unit[] = inHierarchy
    .filter((row) => isProvinceCode(row.code))
    .map(({ code, name }) => ({ code, name }));
  const provinceCodes = new Set(provinces.map((p) => p.code));
  const provinceOf = (code: string) => {
    const province = `${code.slice(0, 2)}0000`;
    if (!provinceCodes.has(province)) {
      throw new Error(`${year}: ${code} has no province ${province} in the list`);
    }
    return province;
  };

  // The same placeholder rule as the NBS list's: a grouping is no city, and its counties
  // belong to the province. The lists have had none so far; a row that is one is dropped.
  const cities: City[] = inHierarchy
    .filter((row) => isCityCode(row.code))
    .map(({ code, name }) => ({ code, name, provinceCode: provinceOf(code) }))
    .filter((city) => !isPlaceholderCity(city));
  const cityCodes = new Set(cities.map((c) => c.code));

  let districts: District[] = inHierarchy
    .filter((row) => !row.code.endsWith('00'))
    .map(({ code, name }) => {
      const city = `${code.slice(0, 4)}00`;
      return {
        code,
        name,
        provinceCode: provinceOf(code),
        cityCode: cityCodes.has(city) ? city : null,
      };
    });
  districts = dropDevelopmentZones(districts);
  districts = dropCitiesRepeatedAsCounties(districts);
  districts = dropStatisticsOnlyUnits(districts);

  // NBS lists 三沙's islands where the city has districts; the administrative lists never
  // list the island rows beside 三沙市 (before 2012 they sit directly under 海南), so the
  // NBS tree's replacement does not apply, and a list that did would need a new rule.
  if (cityCodes.has(SANSHA_CITY) && districts.some((d) => SANSHA_ISLAND_ROWS.has(d.code))) {
    throw new Error(
      `${year}: the list has 三沙市 and its island rows; the cleaning does not expect it`,
    );
  }

  const byCode = <T extends Unit>(a: T, b: T) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  const tree = {
    provinces: provinces.sort(byCode),
    cities: cities.sort(byCode),
    districts: districts.sort(byCode),
  };
  assertConsistent(tree);
  return tree;
}
