import {
  type CityRecord,
  type DistrictRecord,
  type DivisionTree,
  loadDivisionTree,
  type ProvinceRecord,
} from '@union/domain';

/**
 * The part of the national tree a dataset covers: every unit, or the units of a few
 * provinces (a small tree for tests, or to show that statements do not grow with it).
 */
export function scopeTree(provinceCodes?: readonly string[]): DivisionTree {
  const tree = loadDivisionTree();
  if (!provinceCodes) return tree;
  const wanted = new Set(provinceCodes);
  for (const code of wanted) {
    if (!tree.provinces.some((p) => p.code === code)) throw new Error(`no province ${code}`);
  }
  return {
    provinces: tree.provinces.filter((p: ProvinceRecord) => wanted.has(p.code)),
    cities: tree.cities.filter((c: CityRecord) => wanted.has(c.provinceCode)),
    districts: tree.districts.filter((d: DistrictRecord) => wanted.has(d.provinceCode)),
  };
}

/** How many units of each level the tree has. */
export function treeSize(tree: DivisionTree): {
  provinces: number;
  cities: number;
  districts: number;
} {
  return {
    provinces: tree.provinces.length,
    cities: tree.cities.length,
    districts: tree.districts.length,
  };
}
