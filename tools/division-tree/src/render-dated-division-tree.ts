import { type DatedDivisionTree, type UnitSpell } from '@union/domain';
import { cleanYearList, type YearTree } from './clean-year-list';
import { dateDivisionTree } from './date-division-tree';
import {
  type CodeHistoryRow,
  GBT2260_SOURCE,
  GBT2260_YEARS,
  readCodeHistory,
  readYearList,
} from './read-gbt2260';

/** The committed yearly lists and code history, as the generator reads them. */
export interface Gbt2260Input {
  lists: ReadonlyMap<number, YearTree>;
  history: CodeHistoryRow[];
}

export function readGbt2260(dir?: string): Gbt2260Input {
  const lists = new Map<number, YearTree>();
  for (let year = GBT2260_YEARS.first; year <= GBT2260_YEARS.last; year += 1) {
    lists.set(year, cleanYearList(year, readYearList(year, dir)));
  }
  return { lists, history: readCodeHistory(dir) };
}

/** The exact text of `data/dated-division-tree.json` for the given input. */
export function renderDatedDivisionTreeFile(input: Gbt2260Input): string {
  return renderDatedDivisionTree(dateDivisionTree(input.lists, input.history));
}

/** One spell or change per line, keys in a fixed order, as the NBS tree's file is written. */
export function renderDatedDivisionTree(tree: DatedDivisionTree): string {
  const section = (name: string, rows: object[]): string =>
    rows.length === 0
      ? `  ${JSON.stringify(name)}: []`
      : `  ${JSON.stringify(name)}: [\n${rows.map((row) => `    ${JSON.stringify(row)}`).join(',\n')}\n  ]`;
  const spell = (s: UnitSpell & { provinceCode?: string; cityCode?: string | null }) => ({
    code: s.code,
    name: s.name,
    pinyin: s.pinyin,
    initials: s.initials,
    ...('provinceCode' in s ? { provinceCode: s.provinceCode } : {}),
    ...('cityCode' in s ? { cityCode: s.cityCode } : {}),
    from: s.from,
    to: s.to,
  });
  return [
    '{',
    `  "source": ${JSON.stringify(GBT2260_SOURCE)},`,
    `  "years": ${JSON.stringify({ first: tree.firstYear, last: tree.lastYear })},`,
    `${section('provinces', tree.provinces.map(spell))},`,
    `${section('cities', tree.cities.map(spell))},`,
    `${section('districts', tree.districts.map(spell))},`,
    section(
      'changes',
      tree.changes.map((c) => ({ year: c.year, from: c.from, to: c.to })),
    ),
    '}',
    '',
  ].join('\n');
}
