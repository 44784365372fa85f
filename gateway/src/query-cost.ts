import {
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
  type ValueNode,
} from 'graphql';

/**
 * How many units a list of each level can hold, from the national tree of 2023: the whole
 * level (a root list), and the most one parent has (Sichuan's 21 cities, Chongqing's 183
 * county-level units, Chengdu's 24... in round numbers the most of any parent).
 */
const LEVEL_TOTALS: Record<string, number> = { Province: 31, City: 333, District: 2844 };
const LIST_SIZES: Record<string, number> = {
  'Query.provinces': 31,
  'Query.cities': 333,
  'Query.districts': 2844,
  'Province.cities': 21,
  'Province.districts': 183,
  'City.districts': 24,
};
/**
 * A root list narrowed to one parent's children by its code holds at most what the largest
 * parent has: `cities(provinceCode: …)` as many as `Province.cities`.
 */
const NARROWED_BY_PARENT: Record<string, Record<string, string>> = {
  'Query.cities': { provinceCode: 'Province.cities' },
  'Query.districts': { cityCode: 'City.districts', provinceCode: 'Province.districts' },
};
/** The most units a list holds with includeRetired (retired codes of the dated tree too). */
const LEVEL_TOTALS_EVER: Record<string, number> = { Province: 31, City: 544, District: 6113 };
/** A list of anything else (cells of a report, history, successors), when nothing says. */
const DEFAULT_LIST_SIZE = 20;
/** `first` given as a variable: its most (the schema refuses more than 500). */
const MAX_FIRST = 500;

export interface CostOptions {
  maxCost: number;
}

/** What the estimate reads from the document beyond the selection it walks. */
export interface CostDocument {
  fragment(name: string): FragmentDefinitionNode | null | undefined;
  /** Variables declared non-null: an argument given one of them always has a value. */
  nonNullVariables: ReadonlySet<string>;
}

function literalInt(value: ValueNode | undefined): number | undefined {
  return value?.kind === Kind.INT ? Number(value.value) : undefined;
}

/**
 * The size this list field is expected to have: `first` when given, the number of metrics
 * asked for a `cells` list, the tree's figures for lists of units, DEFAULT_LIST_SIZE else.
 */
function listSize(
  parent: string,
  field: FieldNode,
  unitType: string | undefined,
  document: CostDocument,
): number {
  const argument = (name: string) => field.arguments?.find((a) => a.name.value === name)?.value;
  const first = argument('first');
  if (first) return literalInt(first) ?? MAX_FIRST;
  const metrics = argument('metrics');
  if (metrics?.kind === Kind.LIST) return metrics.values.length;
  const retired = argument('includeRetired');
  if (unitType && retired && !(retired.kind === Kind.BOOLEAN && !retired.value)) {
    return LEVEL_TOTALS_EVER[unitType]!;
  }
  const key = `${parent}.${field.name.value}`;
  const narrowed = Object.entries(NARROWED_BY_PARENT[key] ?? {})
    .filter(([name]) => alwaysGiven(argument(name), document))
    .map(([, parentList]) => LIST_SIZES[parentList]!);
  if (narrowed.length > 0) return Math.min(...narrowed);
  return LIST_SIZES[key] ?? DEFAULT_LIST_SIZE;
}

/** An argument that has a value whatever the variables: a literal, or a non-null variable. */
function alwaysGiven(value: ValueNode | undefined, document: CostDocument): boolean {
  if (!value || value.kind === Kind.NULL) return false;
  if (value.kind === Kind.VARIABLE) return document.nonNullVariables.has(value.name.value);
  return true;
}

/**
 * Estimates how many field values a query makes: each field counts once per object it is
 * asked on, and a list multiplies the objects below it by its expected size. A list of units
 * reached by walking down the tree for the first time is capped by its level's total (every
 * city of every province is 333 cities, not 31 × 21); walking back up and down again
 * (`province → cities → province → cities`) repeats the same units, and counts them again.
 * Static, like depth and alias limits: it runs once per document, before planning.
 */
export function estimateQueryCost(
  schema: GraphQLSchema,
  selectionSet: SelectionSetNode,
  parentType: string,
  document: CostDocument,
  objects = 1,
  levelsSeen: ReadonlySet<string> = new Set(),
  fragmentPath: ReadonlySet<string> = new Set(),
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      cost += estimateQueryCost(
        schema,
        selection.selectionSet,
        parentType,
        document,
        objects,
        levelsSeen,
        fragmentPath,
      );
      continue;
    }
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value;
      const fragment = document.fragment(name);
      if (!fragment || fragmentPath.has(name)) continue;
      cost += estimateQueryCost(
        schema,
        fragment.selectionSet,
        parentType,
        document,
        objects,
        levelsSeen,
        new Set([...fragmentPath, name]),
      );
      continue;
    }
    cost += objects;
    if (!selection.selectionSet) continue;
    const field = fieldType(schema, parentType, selection.name.value);
    if (!field) continue;
    const unitType = field.name in LEVEL_TOTALS ? field.name : undefined;
    let below = objects;
    if (field.list) {
      below = objects * listSize(parentType, selection, unitType, document);
      if (unitType && !levelsSeen.has(unitType)) {
        const retired = selection.arguments?.some((a) => a.name.value === 'includeRetired');
        below = Math.min(below, (retired ? LEVEL_TOTALS_EVER : LEVEL_TOTALS)[unitType]!);
      }
    }
    const seen = unitType ? new Set([...levelsSeen, unitType]) : levelsSeen;
    cost += estimateQueryCost(
      schema,
      selection.selectionSet,
      field.name,
      document,
      below,
      seen,
      fragmentPath,
    );
  }
  return cost;
}

/**
 * A field's named type and whether it is a list, read from the type's printed form
 * (`[City!]!`): the gateways load graphql both as ESM and CommonJS, so instanceof-based
 * predicates such as isListType fail across the two copies.
 */
function fieldType(
  schema: GraphQLSchema,
  parentType: string,
  name: string,
): { name: string; list: boolean } | undefined {
  const parent = schema.getType(parentType) as { getFields?: () => Record<string, unknown> };
  const field = parent?.getFields?.()[name] as { type: { toString(): string } } | undefined;
  if (!field) return undefined;
  const printed = field.type.toString();
  return { name: printed.replace(/[[\]!]/g, ''), list: printed.startsWith('[') };
}

/** The estimate for one operation of a document, its fragments found by `fragment`. */
export function estimateOperationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  rootType: string,
  fragment: CostDocument['fragment'],
): number {
  const nonNullVariables = new Set(
    (operation.variableDefinitions ?? [])
      .filter((definition) => definition.type.kind === Kind.NON_NULL_TYPE)
      .map((definition) => definition.variable.name.value),
  );
  return estimateQueryCost(schema, operation.selectionSet, rootType, {
    fragment,
    nonNullVariables,
  });
}

/** Refuses an operation whose estimated cost is over `maxCost`, naming both numbers. */
export function queryCostRule({ maxCost }: CostOptions): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const schema = context.getSchema();
      const root =
        operation.operation === 'query'
          ? schema.getQueryType()
          : operation.operation === 'mutation'
            ? schema.getMutationType()
            : schema.getSubscriptionType();
      if (!root) return;
      const cost = estimateOperationCost(schema, operation, root.name, (name) =>
        context.getFragment(name),
      );
      if (cost > maxCost) {
        context.reportError(
          new GraphQLError(
            `query cost ${Math.round(cost).toLocaleString('en')} is over the limit of ` +
              `${maxCost.toLocaleString('en')}: ask for fewer lists inside lists, or page with first`,
            { nodes: [operation], extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost } },
          ),
        );
      }
    },
  });
}
