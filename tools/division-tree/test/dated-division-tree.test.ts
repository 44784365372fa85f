import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DATED_DIVISION_TREE_PATH,
  loadDatedDivisionTree,
  loadDivisionHistory,
  loadDivisionTree,
} from '@union/domain';
import { GBT2260_SOURCE } from '../src/read-gbt2260';
import { readGbt2260, renderDatedDivisionTreeFile } from '../src/render-dated-division-tree';

describe('committed dated division tree', () => {
  const committed = readFileSync(DATED_DIVISION_TREE_PATH, 'utf8');

  it('equals a fresh generation from the committed lists (run `npm run tree` if not)', () => {
    const generated = renderDatedDivisionTreeFile(readGbt2260());
    expect(committed.split('\n'), 'stale: run `npm run tree`').toEqual(generated.split('\n'));
  });

  it('names its source and its years', () => {
    const parsed = JSON.parse(committed);
    expect(parsed.source).toEqual(GBT2260_SOURCE);
    expect(parsed.years).toEqual({ first: 1981, last: 2023 });
  });

  it('agrees in 2023 with the NBS tree: the same codes, names, readings and parents', () => {
    const nbs = loadDivisionTree();
    const history = loadDivisionHistory();
    const at2023 = (level: 'PROVINCE' | 'CITY' | 'DISTRICT') =>
      history.codesAt(level, 2023).map((code) => {
        const unit = history.unit(code)!;
        const spell = history.spellAt(code, 2023)!;
        const row = { code, name: spell.name, pinyin: spell.pinyin, initials: spell.initials };
        if (level === 'PROVINCE') return row;
        if (level === 'CITY') return { ...row, provinceCode: unit.provinceCode };
        return { ...row, provinceCode: unit.provinceCode, cityCode: unit.cityCode };
      });
    expect(at2023('PROVINCE')).toEqual(nbs.provinces);
    expect(at2023('CITY')).toEqual(nbs.cities);
    expect(at2023('DISTRICT')).toEqual(nbs.districts);
    expect(nbs.provinces.length + nbs.cities.length + nbs.districts.length).toBe(31 + 333 + 2844);
  });

  it('lists each code’s spells in order, never overlapping, and every change between listed codes', () => {
    const tree = loadDatedDivisionTree();
    const spells = [...tree.provinces, ...tree.cities, ...tree.districts];
    const byCode = new Map<string, { from: number; to: number | null }[]>();
    for (const spell of spells) byCode.set(spell.code, [...(byCode.get(spell.code) ?? []), spell]);
    for (const [code, list] of byCode) {
      list.forEach((spell, index) => {
        expect(spell.from, code).toBeGreaterThanOrEqual(tree.firstYear);
        if (spell.to !== null) expect(spell.to, code).toBeGreaterThanOrEqual(spell.from);
        const next = list[index + 1];
        if (next) expect(spell.to !== null && spell.to < next.from, code).toBe(true);
      });
    }
    const history = loadDivisionHistory();
    for (const change of tree.changes) {
      expect(history.existsAt(change.from, change.year - 1), `${change.from}`).toBe(true);
      expect(history.existsAt(change.from, change.year), `${change.from}`).toBe(false);
      expect(history.existsAt(change.to, change.year), `${change.to}`).toBe(true);
    }
  });

  it('reads every name with one syllable per character, the listing comma aside', () => {
    const tree = loadDatedDivisionTree();
    for (const spell of [...tree.provinces, ...tree.cities, ...tree.districts]) {
      expect(spell.pinyin).toMatch(/^[a-z]+( [a-z]+)*$/);
      const syllables = spell.pinyin.split(' ');
      expect(syllables).toHaveLength([...spell.name.replaceAll('、', '')].length);
      expect(spell.initials).toBe(syllables.map((s) => s[0]).join(''));
    }
  });
});
