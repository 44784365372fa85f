/** The plan nodes both planners produce, as far as a summary needs them. */
interface PlanNode {
  kind: string;
  serviceName?: string;
  nodes?: PlanNode[];
  node?: PlanNode;
  path?: unknown[];
  ifClause?: PlanNode;
  elseClause?: PlanNode;
}

function pathText(path: unknown[]): string {
  return path
    .map((step) =>
      typeof step === 'string'
        ? step
        : step !== null && typeof step === 'object' && 'Field' in step
          ? String((step as { Field: unknown }).Field)
          : '',
    )
    .filter((step) => step !== '')
    .join('.');
}

/**
 * A plan in one line: each fetch by subgraph and where it lands, `->` for steps one after
 * another (each a round trip) and `|` for fetches sent at once. Both engines' plans have the
 * same node kinds (Hive's paths are objects, Apollo's strings), so one summary pins both.
 */
export function summarizePlan(plan: { node?: PlanNode }): { fetches: number; shape: string } {
  let fetches = 0;
  const walk = (node: PlanNode | undefined): string => {
    if (!node) return '';
    switch (node.kind) {
      case 'Fetch':
      case 'BatchFetch':
        fetches += 1;
        return node.serviceName ?? '?';
      case 'Sequence':
        return `(${node.nodes!.map(walk).join(' -> ')})`;
      case 'Parallel':
        return `[${node.nodes!.map(walk).join(' | ')}]`;
      case 'Flatten':
        return `${walk(node.node)}@${pathText(node.path ?? [])}`;
      case 'Condition':
        return `if(${walk(node.ifClause)} else ${walk(node.elseClause)})`;
      default:
        throw new Error(`a plan node this summary does not know: ${node.kind}`);
    }
  };
  const shape = walk(plan.node);
  return { fetches, shape };
}
