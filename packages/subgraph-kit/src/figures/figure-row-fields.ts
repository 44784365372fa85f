import { type FieldNode, type GraphQLResolveInfo } from 'graphql';
import { selectedFields } from '../graphql/selected-fields';
import { type FigureRow } from './figure-row';
import { type Value } from './value.type';

/**
 * The figure columns each field of Value is made from (see toValue). Every field of Value
 * must be listed: a new one that is not fails to compile here.
 */
const COLUMNS_OF_VALUE_FIELD = {
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

/** The cell's own fields that read its figure row (figure-write.resolver.ts). */
const COLUMNS_OF_CELL_FIELD = {
  version: ['version'],
  updatedAt: ['updatedAt'],
  updatedBy: ['updatedBy'],
} as const satisfies Record<string, readonly (keyof FigureRow)[]>;

type CellFieldName = keyof typeof COLUMNS_OF_CELL_FIELD;

const COLUMNS_OF_FIELD: Record<string, readonly (keyof FigureRow)[]> = {
  ...COLUMNS_OF_VALUE_FIELD,
  ...COLUMNS_OF_CELL_FIELD,
};
const FIELD_NAMES = Object.keys(COLUMNS_OF_FIELD);
const BIT_OF_FIELD = new Map(FIELD_NAMES.map((name, index) => [name, 1 << index]));
const bitOf = (name: string): number => BIT_OF_FIELD.get(name)!;

/**
 * A set of the fields a figure row answers: Value's (below `reported`) and the cell's own
 * version, updatedAt and updatedBy; one bit per field in COLUMNS_OF_FIELD's order.
 */
export type FigureFields = number;

export const NO_FIGURE_FIELDS: FigureFields = 0;

/** Every field of Value: what a `reported` asking for a field this module does not know needs. */
export const ALL_VALUE_FIELDS: FigureFields = Object.keys(COLUMNS_OF_VALUE_FIELD).reduce(
  (fields, name) => fields | bitOf(name),
  NO_FIGURE_FIELDS,
);

/** The cell fields a figure row answers, each as a set of one. */
export const CELL_FIELDS = Object.fromEntries(
  Object.keys(COLUMNS_OF_CELL_FIELD).map((name) => [name, bitOf(name)]),
) as Record<CellFieldName, FigureFields>;

/** The set of one cell field, by its name in a selection; undefined for any other field. */
export const cellFieldNamed = (name: string): FigureFields | undefined =>
  Object.hasOwn(COLUMNS_OF_CELL_FIELD, name) ? bitOf(name) : undefined;

/** Whether a row read for `held` answers every field of `wanted`. */
export const coversFigureFields = (held: FigureFields, wanted: FigureFields): boolean =>
  (held & wanted) === wanted;

/**
 * The fields of Value that `reported` (or `totalReported`) fields ask for, given their field
 * nodes. A field name this module does not know counts as all of them, so a field added to
 * the schema without a column here can never be answered from a partial row.
 */
export function valueFieldsOf(
  valueFieldNodes: readonly FieldNode[],
  fragments: GraphQLResolveInfo['fragments'],
): FigureFields {
  let fields = NO_FIGURE_FIELDS;
  for (const node of valueFieldNodes) {
    for (const field of selectedFields(node.selectionSet, fragments)) {
      const name = field.name.value;
      if (name === '__typename') continue;
      fields |= Object.hasOwn(COLUMNS_OF_VALUE_FIELD, name) ? bitOf(name) : ALL_VALUE_FIELDS;
    }
  }
  return fields;
}

const askedOf = new WeakMap<readonly FieldNode[], FigureFields>();

/**
 * What the `reported` field being resolved asks of its value. Execution hands every parent
 * of a field the same `fieldNodes` array (2,844 districts' `reported` in the national
 * report), and the answer depends only on those nodes and the document's fragments.
 */
export function askedValueFields(info: GraphQLResolveInfo): FigureFields {
  let fields = askedOf.get(info.fieldNodes);
  if (fields === undefined) {
    fields = valueFieldsOf(info.fieldNodes, info.fragments);
    askedOf.set(info.fieldNodes, fields);
  }
  return fields;
}

/**
 * The figure properties `fields` are made from, without the cell's key: a statement knows
 * which of code, metric and period it must read to tell its rows apart.
 */
export function figurePropertiesFor(fields: FigureFields): (keyof FigureRow)[] {
  const properties = new Set<keyof FigureRow>();
  FIELD_NAMES.forEach((name, index) => {
    if (fields & (1 << index)) for (const column of COLUMNS_OF_FIELD[name]!) properties.add(column);
  });
  return [...properties];
}
