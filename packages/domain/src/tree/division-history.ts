import {
  type DatedDivisionTree,
  loadDatedDivisionTree,
  type UnitSpell,
} from './dated-division-tree';
import { inSpans, spansOf, type YearSpan } from './unit-years';

/** The three levels of the tree; a code's level shows in its zeros. */
export type DivisionLevel = 'PROVINCE' | 'CITY' | 'DISTRICT';

export const DIVISION_LEVELS: readonly DivisionLevel[] = ['PROVINCE', 'CITY', 'DISTRICT'];

/** `510000` is a province, `510100` a city, `510106` a county-level unit. */
export function levelOfCode(code: string): DivisionLevel {
  if (code.endsWith('0000')) return 'PROVINCE';
  if (code.endsWith('00')) return 'CITY';
  return 'DISTRICT';
}

/**
 * A code over all the years the tree covers, as the graph stores it: its latest name and
 * readings, its parents (a code keeps them), its first and last year-end in use (`validTo`
 * null: in the latest list) and, for the rare code with a break, every span.
 */
export interface DatedUnit {
  code: string;
  level: DivisionLevel;
  name: string;
  pinyin: string;
  initials: string;
  provinceCode: string | null;
  cityCode: string | null;
  validFrom: number;
  validTo: number | null;
  spans: readonly YearSpan[];
  spells: readonly UnitSpell[];
}

/** A code another one became, or came from, and the year-end from which the change shows. */
export interface UnitChange {
  year: number;
  code: string;
  /** The successor's name in `year`; the predecessor's in its last year. */
  name: string;
  level: DivisionLevel;
}

type AnySpell = UnitSpell & { provinceCode?: string; cityCode?: string | null };

/**
 * The dated tree indexed by code and by year: which units were in use at the end of a year,
 * under which name, and what became of each retired code. Built once per process from the
 * committed file (loadDivisionHistory) and kept in memory.
 */
export class DivisionHistory {
  readonly firstYear: number;
  readonly lastYear: number;
  private readonly units = new Map<string, DatedUnit>();
  private readonly byLevel = new Map<DivisionLevel, DatedUnit[]>();
  private readonly successorsOf = new Map<string, UnitChange[]>();
  private readonly predecessorsOf = new Map<string, UnitChange[]>();
  private readonly codesByYear = new Map<string, readonly string[]>();
  private readonly breaksByYear = new Map<string, readonly string[]>();

  constructor(tree: DatedDivisionTree) {
    this.firstYear = tree.firstYear;
    this.lastYear = tree.lastYear;
    const spellsByCode = new Map<string, AnySpell[]>();
    for (const spell of [...tree.provinces, ...tree.cities, ...tree.districts] as AnySpell[]) {
      const list = spellsByCode.get(spell.code);
      if (list) list.push(spell);
      else spellsByCode.set(spell.code, [spell]);
    }
    for (const level of DIVISION_LEVELS) this.byLevel.set(level, []);
    for (const [code, spells] of [...spellsByCode].sort(([a], [b]) => (a < b ? -1 : 1))) {
      spells.sort((a, b) => a.from - b.from);
      const latest = spells[spells.length - 1]!;
      const spans = spansOf(spells);
      const unit: DatedUnit = {
        code,
        level: levelOfCode(code),
        name: latest.name,
        pinyin: latest.pinyin,
        initials: latest.initials,
        provinceCode: latest.provinceCode ?? null,
        cityCode: latest.cityCode ?? null,
        validFrom: spans[0]!.from,
        validTo: spans[spans.length - 1]!.to,
        spans,
        spells,
      };
      this.units.set(code, unit);
      this.byLevel.get(unit.level)!.push(unit);
    }
    for (const { year, from, to } of tree.changes) {
      const add = (map: Map<string, UnitChange[]>, key: string, change: UnitChange) => {
        const list = map.get(key);
        if (list) list.push(change);
        else map.set(key, [change]);
      };
      add(this.successorsOf, from, this.change(to, year, year));
      add(this.predecessorsOf, to, this.change(from, year, year - 1));
    }
  }

  /** The year whose tree answers for `year`: the lists start in firstYear and stop in lastYear. */
  treeYear(year: number): number {
    return Math.min(Math.max(year, this.firstYear), this.lastYear);
  }

  /** Every code of a level, in code order, retired or not. */
  unitsOf(level: DivisionLevel): readonly DatedUnit[] {
    return this.byLevel.get(level)!;
  }

  unit(code: string): DatedUnit | undefined {
    return this.units.get(code);
  }

  /** Whether the code is in the tree of `year` (read as treeYear(year)). */
  existsAt(code: string, year: number): boolean {
    const unit = this.units.get(code);
    return unit !== undefined && inSpans(unit.spans, this.treeYear(year));
  }

  /** The code's name and readings in the tree of `year`; undefined when not in use then. */
  spellAt(code: string, year: number): UnitSpell | undefined {
    const at = this.treeYear(year);
    return this.units
      .get(code)
      ?.spells.find((spell) => spell.from <= at && (spell.to === null || at <= spell.to));
  }

  /**
   * The codes of a level in use before and after `year` but not in its tree: those whose
   * first and last year (validFrom, validTo) span it in a break of their use. A level's
   * codes in the tree of `year` are those spanning it, less these (none in most years).
   */
  codesInBreakAt(level: DivisionLevel, year: number): readonly string[] {
    return this.codesWhere(
      this.breaksByYear,
      level,
      year,
      (unit, at) =>
        unit.validFrom <= at &&
        (unit.validTo === null || at <= unit.validTo) &&
        !inSpans(unit.spans, at),
    );
  }

  /** The codes of a level in the tree of `year`, in code order. */
  codesAt(level: DivisionLevel, year: number): readonly string[] {
    return this.codesWhere(this.codesByYear, level, year, (unit, at) => inSpans(unit.spans, at));
  }

  /** A level's codes that pass `test` in the tree of `year`, worked out once per tree year. */
  private codesWhere(
    cache: Map<string, readonly string[]>,
    level: DivisionLevel,
    year: number,
    test: (unit: DatedUnit, at: number) => boolean,
  ): readonly string[] {
    const at = this.treeYear(year);
    const key = `${level}|${at}`;
    let codes = cache.get(key);
    if (!codes) {
      codes = this.unitsOf(level)
        .filter((unit) => test(unit, at))
        .map((unit) => unit.code);
      cache.set(key, codes);
    }
    return codes;
  }

  /** What the code became when it left the lists, oldest change first. */
  successors(code: string): readonly UnitChange[] {
    return this.successorsOf.get(code) ?? [];
  }

  /** The retired codes that became this one, oldest change first. */
  predecessors(code: string): readonly UnitChange[] {
    return this.predecessorsOf.get(code) ?? [];
  }

  private change(code: string, year: number, nameYear: number): UnitChange {
    const unit = this.units.get(code);
    if (!unit) throw new Error(`The dated tree's changes name ${code}, which it does not have`);
    return {
      year,
      code,
      name: this.spellAt(code, nameYear)?.name ?? unit.name,
      level: unit.level,
    };
  }
}

let cached: DivisionHistory | undefined;

/** The committed dated tree, indexed once per process. */
export function loadDivisionHistory(): DivisionHistory {
  cached ??= new DivisionHistory(loadDatedDivisionTree());
  return cached;
}
