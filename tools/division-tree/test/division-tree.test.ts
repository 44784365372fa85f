import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIVISION_TREE_PATH, loadDivisionTree } from '@union/domain';
import {
  DIVISION_SOURCE,
  readRawDivisions,
  renderDivisionTreeFile,
} from '../src/render-division-tree';

describe('committed division tree', () => {
  const committed = readFileSync(DIVISION_TREE_PATH, 'utf8');

  it('equals a fresh generation from the committed raw files (run `npm run tree` if not)', () => {
    const generated = renderDivisionTreeFile(readRawDivisions());
    expect(committed.split('\n'), 'stale: run `npm run tree`').toEqual(generated.split('\n'));
  });

  it('names its source', () => {
    expect(JSON.parse(committed).source).toEqual(DIVISION_SOURCE);
  });

  it('loads once and matches the file', () => {
    const tree = loadDivisionTree();
    expect(loadDivisionTree()).toBe(tree);
    const parsed = JSON.parse(committed);
    expect(tree).toEqual({
      provinces: parsed.provinces,
      cities: parsed.cities,
      districts: parsed.districts,
    });
    expect([tree.provinces.length, tree.cities.length, tree.districts.length]).toEqual([
      31, 333, 2844,
    ]);
  });

  it('has exactly one district whose compact pinyin contains "jinniu": 金牛区', () => {
    const matches = loadDivisionTree().districts.filter((d) =>
      d.pinyin.replaceAll(' ', '').includes('jinniu'),
    );
    expect(matches.map((d) => [d.code, d.name])).toEqual([['510106', '金牛区']]);
  });

  it('finds 金牛区 by initials and code', () => {
    const { districts } = loadDivisionTree();
    expect(districts.find((d) => d.code === '510106')).toEqual({
      code: '510106',
      name: '金牛区',
      pinyin: 'jin niu qu',
      initials: 'jnq',
      provinceCode: '510000',
      cityCode: '510100',
    });
    expect(districts.filter((d) => d.initials === 'jnq').map((d) => d.code)).toContain('510106');
  });

  it('writes every pinyin as lowercase syllables with matching initials', () => {
    const { provinces, cities, districts } = loadDivisionTree();
    for (const unit of [...provinces, ...cities, ...districts]) {
      expect(unit.pinyin).toMatch(/^[a-z]+( [a-z]+)*$/);
      const syllables = unit.pinyin.split(' ');
      expect(syllables).toHaveLength([...unit.name].length);
      expect(unit.initials).toBe(syllables.map((s) => s[0]).join(''));
    }
  });
});
