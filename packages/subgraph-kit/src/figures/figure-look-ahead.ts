import { type FieldNode, type GraphQLResolveInfo, valueFromASTUntyped } from 'graphql';
import { METRICS, metricByCode, readPeriod } from '@union/domain';
import { selectedFields } from '../graphql/selected-fields';
import { NO_VALUE_FIELDS, type ValueFields, valueFieldsOf } from './value-fields';

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
  /** The cells whose `reported` value is asked for. */
  cells: readonly CellRequest[];
  /** What those `reported` fields ask of their values, all of them together. */
  valueFields: ValueFields;
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
 * The cells whose `reported` value is asked for right below the list field being resolved
 * (`districts { figure(metric: "members", period: "2013") { reported { ... } } }`, or
 * `cells(period: ..., metrics: [...]) { reported }`), and which fields of those values, so
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
  let valueFields = NO_VALUE_FIELDS;
  for (const listNode of info.fieldNodes) {
    for (const field of selectedFields(listNode.selectionSet, info.fragments)) {
      const name = field.name.value;
      if (name !== 'figure' && name !== 'cells') continue;
      const reported = selectedFields(field.selectionSet, info.fragments).filter(
        (f) => f.name.value === 'reported',
      );
      if (reported.length === 0) continue;
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
      valueFields |= valueFieldsOf(reported, info.fragments);
    }
  }
  return { cells: [...cells.values()], valueFields };
}
