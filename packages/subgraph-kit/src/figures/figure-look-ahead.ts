import { type FieldNode, type GraphQLResolveInfo, valueFromASTUntyped } from 'graphql';
import { METRICS, metricByCode, readPeriod } from '@union/domain';
import { selectedFields } from '../graphql/selected-fields';
import {
  cellFieldNamed,
  type FigureFields,
  NO_FIGURE_FIELDS,
  valueFieldsOf,
} from './figure-row-fields';

export interface CellRequest {
  metric: string;
  period: string;
}

function periodOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    return readPeriod(value);
  } catch {
    return null;
  }
}

/** What a list field's subtree asks of the figures below it. */
export interface FigureLookAhead {
  /** The cells whose figure row is read below the list: for `reported`, `version` and the like. */
  cells: readonly CellRequest[];
  /**
   * What is asked of those rows, all cells together: the Value fields below `reported` and
   * the cell's own `version`, `updatedAt` and `updatedBy`.
   */
  fields: FigureFields;
}

interface LookAhead {
  variables: GraphQLResolveInfo['variableValues'];
  figures: FigureLookAhead;
}

/**
 * What requestedFigures found, per list field: execution hands every parent of a field
 * (each of 333 cities resolving `districts`) the same `fieldNodes` array, and the answer
 * depends only on those nodes, the document's fragments and the request's variables.
 */
const lookAheads = new WeakMap<readonly FieldNode[], LookAhead>();

/**
 * The cells whose figure row is read right below the list field being resolved
 * (`districts { figure(metric: "members", period: "2013") { reported { ... } version } }`,
 * or `cells(period: ..., metrics: [...]) { reported }`), and which fields of those rows, so
 * the list's statement can join them in with the columns they are made from. Arguments that
 * would fail validation are left out: the field's own resolver reports them as errors in the
 * usual way. Every parent of the field in one request gets the same answer, unless a request
 * with other variables ran the same compiled field in between (then the answer is worked out
 * again, equal); callers only read it.
 */
export function requestedFigures(info: GraphQLResolveInfo): FigureLookAhead {
  const known = lookAheads.get(info.fieldNodes);
  if (known?.variables === info.variableValues) return known.figures;
  const figures = findFigures(info);
  lookAheads.set(info.fieldNodes, { variables: info.variableValues, figures });
  return figures;
}

function findFigures(info: GraphQLResolveInfo): FigureLookAhead {
  const cells = new Map<string, CellRequest>();
  let fields = NO_FIGURE_FIELDS;
  for (const listNode of info.fieldNodes) {
    for (const field of selectedFields(listNode.selectionSet, info.fragments)) {
      const name = field.name.value;
      if (name !== 'figure' && name !== 'cells') continue;
      const reported: FieldNode[] = [];
      let asked = NO_FIGURE_FIELDS;
      for (const below of selectedFields(field.selectionSet, info.fragments)) {
        if (below.name.value === 'reported') reported.push(below);
        else asked |= cellFieldNamed(below.name.value) ?? NO_FIGURE_FIELDS;
      }
      asked |= valueFieldsOf(reported, info.fragments);
      if (asked === NO_FIGURE_FIELDS && reported.length === 0) continue;
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
      fields |= asked;
    }
  }
  return { cells: [...cells.values()], fields };
}
