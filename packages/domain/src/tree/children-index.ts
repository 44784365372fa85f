/**
 * Which units sit under which parent in one tree (one year's, see DatedChildrenIndex), so
 * rollups can name the children that did not report without another statement per request.
 */
export class ChildrenIndex {
  private readonly children = new Map<string, string[]>();

  constructor(pairs: Iterable<{ parent: string | null; child: string }>) {
    for (const { parent, child } of pairs) {
      if (parent === null) continue;
      const list = this.children.get(parent);
      if (list) list.push(child);
      else this.children.set(parent, [child]);
    }
    for (const list of this.children.values()) list.sort();
  }

  /** The children's codes in code order; empty for an unknown parent. */
  childrenOf(parent: string): readonly string[] {
    return this.children.get(parent) ?? [];
  }
}
