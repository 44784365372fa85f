import { ChildrenIndex } from './children-index';
import { type DatedUnit, type DivisionHistory } from './division-history';
import { inSpans } from './unit-years';

/**
 * Which units sat under which parent at the end of each year, built once per subgraph start
 * from the dated tree and kept in memory: a rollup over any period names the children of
 * that period's tree without another statement. A year's index is built the first time it is
 * asked for.
 */
export class DatedChildrenIndex {
  private readonly years = new Map<number, ChildrenIndex>();

  /**
   * @param units the children, each with its years
   * @param parentOf the parent a child is counted under (null: not a child here)
   */
  constructor(
    private readonly history: DivisionHistory,
    private readonly units: readonly DatedUnit[],
    private readonly parentOf: (unit: DatedUnit) => string | null,
  ) {}

  /** The children's codes in the tree of `year` (read as treeYear), in code order. */
  childrenOf(parent: string, year: number): readonly string[] {
    return this.at(this.history.treeYear(year)).childrenOf(parent);
  }

  private at(year: number): ChildrenIndex {
    let index = this.years.get(year);
    if (!index) {
      index = new ChildrenIndex(
        this.units
          .filter((unit) => inSpans(unit.spans, year))
          .map((unit) => ({ parent: this.parentOf(unit), child: unit.code })),
      );
      this.years.set(year, index);
    }
    return index;
  }
}
