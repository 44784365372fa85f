import { Kind, parse, type FragmentDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSubtreeQuery } from '../src/subtree-query';

describe('the audit subtree query', () => {
  it('asks of each rollup what a finding reports and nothing more (no value or extremes)', () => {
    const fragment = parse(buildSubtreeQuery(null).query).definitions.find(
      (definition): definition is FragmentDefinitionNode =>
        definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === 'RollupFields',
    )!;
    const fields = fragment.selectionSet.selections.map((selection) =>
      selection.kind === Kind.FIELD ? selection.name.value : selection.kind,
    );
    // Finding.children: the interval (lower, upper), reporting, expected, coverage, missing.
    expect(fields.sort()).toEqual([
      'coverage',
      'expected',
      'lower',
      'missing',
      'reporting',
      'upper',
    ]);
  });
});
