import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/**
 * The fields a selection set asks for, with inline fragments and fragment spreads opened.
 * `@skip` and `@include` are not evaluated: a look-ahead that plans what to read may read
 * more than a request needs, never less.
 */
export function selectedFields(
  selectionSet: SelectionSetNode | undefined,
  fragments: GraphQLResolveInfo['fragments'],
  seen = new Set<string>(),
): FieldNode[] {
  if (!selectionSet) return [];
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT)
      return selectedFields(selection.selectionSet, fragments, seen);
    const name = selection.name.value;
    if (seen.has(name)) return [];
    seen.add(name);
    return selectedFields(fragments[name]?.selectionSet, fragments, seen);
  });
}
