import {
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  type SelectionSetNode,
} from 'graphql';

const documents = new Map<string, DocumentNode>();

/**
 * Cuts the floor's answer down to what the query selects, under each field's response key
 * (alias or name): the floor computes every field a workload might ask for, and the query
 * decides which come back, so its answer has the graph's shape whatever the selection.
 */
export function projectToQuery(query: string, data: unknown): unknown {
  let document = documents.get(query);
  if (!document) documents.set(query, (document = parse(query)));
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
    else if (definition.kind === Kind.OPERATION_DEFINITION) operation ??= definition;
  }
  if (!operation) throw new Error('the query has no operation');

  const project = (value: unknown, selectionSet: SelectionSetNode | undefined): unknown => {
    if (!selectionSet || value === null || value === undefined || typeof value !== 'object') {
      return value;
    }
    if (Array.isArray(value)) return value.map((item) => project(item, selectionSet));
    const source = value as Record<string, unknown>;
    const result: Record<string, unknown> = {};
    const visit = (set: SelectionSetNode) => {
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          if (key === '__typename') continue;
          const projected = project(source[key], selection.selectionSet);
          const existing = result[key];
          result[key] =
            existing && typeof existing === 'object' && projected && typeof projected === 'object'
              ? { ...existing, ...projected }
              : projected;
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          visit(selection.selectionSet);
        } else {
          const fragment = fragments.get(selection.name.value);
          if (fragment) visit(fragment.selectionSet);
        }
      }
    };
    visit(selectionSet);
    return result;
  };
  return project(data, operation.selectionSet);
}
