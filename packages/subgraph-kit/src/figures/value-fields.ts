import { type FieldNode, type GraphQLResolveInfo } from 'graphql';
import { selectedFields } from '../graphql/selected-fields';
import { type FigureRow } from './figure-row';
import { type Value } from './value.type';

/**
 * The figure columns each field of Value is made from (see toValue). Every field of Value
 * must be listed: a new one that is not fails to compile here.
 */
const COLUMNS_OF_FIELD = {
  value: ['value'],
  lower: ['lower'],
  upper: ['upper'],
  qualifier: ['qualifier'],
  text: ['text'],
  reading: ['reading'],
  unit: ['unit'],
  source: ['document', 'quote'],
  note: ['note'],
  complete: ['complete'],
} as const satisfies Record<keyof Value, readonly (keyof FigureRow)[]>;

const FIELD_NAMES = Object.keys(COLUMNS_OF_FIELD) as (keyof Value)[];
const BIT_OF_FIELD = new Map(FIELD_NAMES.map((name, index) => [name as string, 1 << index]));

/** A set of Value's fields, one bit per field in COLUMNS_OF_FIELD's order. */
export type ValueFields = number;

export const NO_VALUE_FIELDS: ValueFields = 0;
export const ALL_VALUE_FIELDS: ValueFields = (1 << FIELD_NAMES.length) - 1;

/** Whether a value read for `held` answers every field of `wanted`. */
export const coversValueFields = (held: ValueFields, wanted: ValueFields): boolean =>
  (held & wanted) === wanted;

/**
 * The fields of Value that `reported` (or `totalReported`) fields ask for, given their field
 * nodes. A field name this module does not know counts as all of them, so a field added to
 * the schema without a column here can never be answered from a partial row.
 */
export function valueFieldsOf(
  valueFieldNodes: readonly FieldNode[],
  fragments: GraphQLResolveInfo['fragments'],
): ValueFields {
  let fields = NO_VALUE_FIELDS;
  for (const node of valueFieldNodes) {
    for (const field of selectedFields(node.selectionSet, fragments)) {
      const name = field.name.value;
      if (name === '__typename') continue;
      fields |= BIT_OF_FIELD.get(name) ?? ALL_VALUE_FIELDS;
    }
  }
  return fields;
}

const askedOf = new WeakMap<readonly FieldNode[], ValueFields>();

/**
 * What the `reported` field being resolved asks of its value. Execution hands every parent
 * of a field the same `fieldNodes` array (2,844 districts' `reported` in the national
 * report), and the answer depends only on those nodes and the document's fragments.
 */
export function askedValueFields(info: GraphQLResolveInfo): ValueFields {
  let fields = askedOf.get(info.fieldNodes);
  if (fields === undefined) {
    fields = valueFieldsOf(info.fieldNodes, info.fragments);
    askedOf.set(info.fieldNodes, fields);
  }
  return fields;
}

/** The figure properties a row must hold to answer `fields`: the cell's key, then theirs. */
export function figurePropertiesFor(fields: ValueFields): (keyof FigureRow)[] {
  const properties = new Set<keyof FigureRow>(['code', 'metric', 'period']);
  FIELD_NAMES.forEach((name, index) => {
    if (fields & (1 << index)) for (const column of COLUMNS_OF_FIELD[name]) properties.add(column);
  });
  return [...properties];
}
