import {
  type CitySpell,
  type DatedDivisionTree,
  type DistrictSpell,
  type UnitChangeRecord,
  type UnitSpell,
} from '@union/domain';
import { type City, type District, type Unit } from './clean-division-tree';
import { type YearTree } from './clean-year-list';
import { placePinyin } from './place-pinyin';
import { type CodeHistoryRow } from './read-gbt2260';

type Listed = Unit | City | District;
type Parents = { provinceCode?: string; cityCode?: string | null };

const parentsOf = (unit: Listed): Parents => {
  const parents: Parents = {};
  if ('provinceCode' in unit) parents.provinceCode = unit.provinceCode;
  if ('cityCode' in unit) parents.cityCode = unit.cityCode;
  return parents;
};

/**
 * The dated tree from the cleaned tree of every year and the dataset's record of what became
 * of each code (docs/division-tree.md, "The tree through time").
 */
export function dateDivisionTree(
  trees: ReadonlyMap<number, YearTree>,
  history: readonly CodeHistoryRow[],
): DatedDivisionTree {
  const years = [...trees.keys()].sort((a, b) => a - b);
  const firstYear = years[0]!;
  const lastYear = years[years.length - 1]!;
  years.forEach((year, index) => {
    if (year !== firstYear + index)
      throw new Error(`The years must be consecutive; ${year} is not`);
  });
  const level = (pick: (tree: YearTree) => readonly Listed[]) =>
    spellsOf(
      years.map((year) => [year, pick(trees.get(year)!)] as const),
      lastYear,
    );
  return {
    firstYear,
    lastYear,
    provinces: level((tree) => tree.provinces),
    cities: level((tree) => tree.cities) as CitySpell[],
    districts: level((tree) => tree.districts) as DistrictSpell[],
    changes: changesOf(trees, history, firstYear, lastYear),
  };
}

/**
 * One spell per run of consecutive years under one name. A code keeps its parents whatever
 * its name: the graph stores one parent per code, and rollups join children by it.
 */
function spellsOf(
  lists: readonly (readonly [number, readonly Listed[]])[],
  lastYear: number,
): UnitSpell[] {
  const open = new Map<
    string,
    { spell: Omit<UnitSpell, 'pinyin' | 'initials'>; parents: string }
  >();
  const spells: Omit<UnitSpell, 'pinyin' | 'initials'>[] = [];
  for (const [year, units] of lists) {
    for (const unit of units) {
      const parents = JSON.stringify(parentsOf(unit));
      const current = open.get(unit.code);
      if (current && current.parents !== parents) {
        throw new Error(`${unit.code} changes parents in ${year}; the tree keeps one per code`);
      }
      if (current && current.spell.to === year - 1 && current.spell.name === unit.name) {
        current.spell.to = year;
        continue;
      }
      const spell = { ...unit, from: year, to: year };
      spells.push(spell);
      open.set(unit.code, { spell, parents });
    }
  }
  return spells
    .map((spell) => ({
      ...spell,
      ...placePinyin(spell.name),
      to: spell.to === lastYear ? null : spell.to,
    }))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.from - b.from));
}

/**
 * What became of each code that left the lists: the codes the dataset names for it. A code
 * that goes on under a new name is the same unit, and the parts of an area that moved while
 * its code went on are transfers, not successors. A retired city or province for which the
 * dataset names no code (its county-level units carry the change) gets the units that took
 * its children.
 */
function changesOf(
  trees: ReadonlyMap<number, YearTree>,
  history: readonly CodeHistoryRow[],
  firstYear: number,
  lastYear: number,
): UnitChangeRecord[] {
  const listed = new Map<number, Map<string, Listed>>();
  for (const [year, tree] of trees) {
    listed.set(
      year,
      new Map([...tree.provinces, ...tree.cities, ...tree.districts].map((u) => [u.code, u])),
    );
  }
  const at = (year: number, code: string) => listed.get(year)?.get(code);
  const retirements = history.filter(
    (row) =>
      row.end !== null &&
      row.end > firstYear &&
      row.end <= lastYear &&
      at(row.end - 1, row.code)?.name === row.name &&
      at(row.end, row.code) === undefined,
  );
  const named = new Map<string, string[]>();
  for (const row of retirements) {
    const successors = row.successors.filter((code) => code !== row.code);
    for (const code of successors) {
      if (!at(row.end!, code)) {
        throw new Error(`${row.code} ${row.name} went to ${code} in ${row.end}, not in that list`);
      }
    }
    named.set(`${row.end}|${row.code}`, successors);
  }

  const changes = new Map<string, UnitChangeRecord>();
  const add = (year: number, from: string, to: string) => {
    if (from !== to) changes.set(`${year}|${from}|${to}`, { year, from, to });
  };
  for (const row of retirements) {
    const year = row.end!;
    const successors = named.get(`${year}|${row.code}`)!;
    if (successors.length > 0 || row.code.slice(4) !== '00') {
      for (const code of successors) add(year, row.code, code);
      continue;
    }
    // Where the retired container's children are at the end of the year it is gone: the
    // city (or province) above a county-level unit, or a city itself.
    const before = trees.get(year - 1)!;
    const children = row.code.endsWith('0000')
      ? [
          ...before.cities.filter((city) => city.provinceCode === row.code),
          ...before.districts.filter((d) => d.provinceCode === row.code && d.cityCode === null),
        ]
      : before.districts.filter((district) => district.cityCode === row.code);
    for (const child of children) {
      const destinations = at(year, child.code)
        ? [child.code]
        : (named.get(`${year}|${child.code}`) ?? []);
      for (const code of destinations) {
        const unit = at(year, code)!;
        add(year, row.code, 'cityCode' in unit ? (unit.cityCode ?? unit.provinceCode) : code);
      }
    }
  }
  return [...changes.values()].sort(
    (a, b) => a.year - b.year || a.from.localeCompare(b.from) || a.to.localeCompare(b.to),
  );
}
