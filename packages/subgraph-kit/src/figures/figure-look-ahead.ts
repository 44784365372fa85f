import {
  type FieldNode,
  type GraphQLResolveInfo,
  Kind,
  type SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql';
import { METRICS, metricByCode, readPeriod } from '@union/domain';

export interface CellRequest {
  metric: string;
  period: string;
}

function fieldsOf(
  selectionSet: SelectionSetNode | undefined,
  info: GraphQLResolveInfo,
  seen = new Set<string>(),
): FieldNode[] {
  if (!selectionSet) return [];
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT)
      return fieldsOf(selection.selectionSet, info, seen);
    const name = selection.name.value;
    if (seen.has(name)) return [];
    seen.add(name);
    return fieldsOf(info.fragments[name]?.selectionSet, info, seen);
  });
}

function periodOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    return readPeriod(value);
  } catch {
    return null;
  }
}

interface LookAhead {
  variables: GraphQLResolveInfo['variableValues'];
  cells: readonly CellRequest[];
}

/**
 * What requestedFigureCells found, per list field: execution hands every parent of a field
 * (each of 333 cities resolving `districts`) the same `fieldNodes` array, and the answer
 * depends only on those nodes, the document's fragments and the request's variables.
 */
const lookAheads = new WeakMap<readonly FieldNode[], LookAhead>();

/**
 * The cells whose `reported` value is asked for right below the list field being resolved
 * (`districts { figure(metric: "members", period: "2013") { reported { ... } } }`, or
 * `cells(period: ..., metrics: [...]) { reported }`), so the list's statement can join them
 * in. Arguments that would fail validation are left out: the field's own resolver reports
 * them as errors in the usual way. Every parent of the field in one request gets the same
 * array, unless a request with other variables ran the same compiled field in between (then
 * the answer is worked out again, equal); callers only read it.
 */
export function requestedFigureCells(info: GraphQLResolveInfo): readonly CellRequest[] {
  const known = lookAheads.get(info.fieldNodes);
  if (known?.variables === info.variableValues) return known.cells;
  const cells = findFigureCells(info);
  lookAheads.set(info.fieldNodes, { variables: info.variableValues, cells });
  return cells;
}

function findFigureCells(info: GraphQLResolveInfo): readonly CellRequest[] {
  const cells = new Map<string, CellRequest>();
  for (const listNode of info.fieldNodes) {
    for (const field of fieldsOf(listNode.selectionSet, info)) {
      const name = field.name.value;
      if (name !== 'figure' && name !== 'cells') continue;
      if (!fieldsOf(field.selectionSet, info).some((f) => f.name.value === 'reported')) continue;
      const args = Object.fromEntries(
        (field.arguments ?? []).map((a) => [
          a.name.value,
          valueFromASTUntyped(a.value, info.variableValues),
        ]),
      );
      const period = periodOf(args.period);
      if (period === null) continue;
      const metrics: unknown[] =
        name === 'figure'
          ? [args.metric]
          : Array.isArray(args.metrics)
            ? args.metrics
            : METRICS.map((m) => m.code);
      for (const metric of metrics) {
        if (typeof metric !== 'string' || !metricByCode(metric)) continue;
        cells.set(`${metric}|${period}`, { metric, period });
      }
    }
  }
  return [...cells.values()];
}
