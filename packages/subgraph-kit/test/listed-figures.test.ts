import { parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ListedFigures } from '../src/figures/listed-figures';
import { ALL_VALUE_FIELDS, valueFieldsOf } from '../src/figures/figure-row-fields';

/** The Value fields a `reported { ... }` selection asks for. */
function fieldsOf(selection: string): number {
  const operation = parse(`{ reported { ${selection} } }`)
    .definitions[0] as OperationDefinitionNode;
  return valueFieldsOf([operation.selectionSet.selections[0] as FieldNode], {});
}

const TEXT = fieldsOf('text');
const TEXT_AND_SOURCE = fieldsOf('text source { document quote }');
const CELL = ['510106', 'members', '2013'] as const;

describe('ListedFigures', () => {
  it('answers a field only from a row that holds every field it asks for', () => {
    const listed = new ListedFigures<{ text: string }>();
    listed.hold(...CELL, TEXT, { text: '181386名' });
    expect(listed.read(...CELL, TEXT)).toEqual({ text: '181386名' });
    expect(listed.read(...CELL, TEXT_AND_SOURCE)).toBeUndefined();
    expect(listed.read('510104', 'members', '2013', TEXT)).toBeUndefined();
  });

  it('keeps the first row of a cell unless a later one answers fields it cannot', () => {
    const listed = new ListedFigures<{ text: string } | { text: string; document: string }>();
    listed.hold(...CELL, TEXT_AND_SOURCE, { text: 'first', document: 'a.txt' });
    listed.hold(...CELL, TEXT, { text: 'second' });
    expect(listed.read(...CELL, TEXT)).toEqual({ text: 'first', document: 'a.txt' });
    listed.hold(...CELL, ALL_VALUE_FIELDS, null);
    expect(listed.read(...CELL, TEXT_AND_SOURCE)).toBeNull();
  });

  it('holds nothing for the units a statement found no row for, and keeps those it did', () => {
    const listed = new ListedFigures<{ text: string }>();
    listed.hold(...CELL, TEXT, { text: '181386名' });
    listed.holdNothing(['510104', '510106'], 'members', '2013', TEXT);
    expect(listed.read('510104', 'members', '2013', TEXT)).toBeNull();
    expect(listed.read(...CELL, TEXT)).toEqual({ text: '181386名' });
    // Another period of the same units was not listed at all.
    expect(listed.read('510104', 'members', '2014', TEXT)).toBeUndefined();
    // A list that read more of the cell replaces a row that answers less.
    listed.holdNothing(['510106'], 'members', '2013', TEXT_AND_SOURCE);
    expect(listed.read(...CELL, TEXT_AND_SOURCE)).toBeNull();
  });
});
