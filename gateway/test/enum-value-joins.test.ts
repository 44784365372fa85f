import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { REPO_ROOT } from '@union/subgraph-kit';
import { describe, expect, it } from 'vitest';
import { withoutRedundantEnumValueJoins } from '../src/enum-value-joins';

const SUPERGRAPH = readFileSync(path.join(REPO_ROOT, 'schema', 'supergraph.graphql'), 'utf8');

/** Each subgraph's schema as the join spec's reference extraction reads it from a supergraph. */
function subgraphSchemas(supergraph: string): Record<string, string> {
  const subgraphs = Supergraph.build(supergraph).subgraphs().values();
  return Object.fromEntries(subgraphs.map((subgraph) => [subgraph.name, subgraph.toString()]));
}

const joinsOf = (sdl: string, value: string) =>
  new RegExp(`^\\s*${value}((?: @join__enumValue\\(graph: \\w+\\))*)`, 'm').exec(sdl)?.[1] ?? '';

describe('withoutRedundantEnumValueJoins', () => {
  const sdl = `
enum Shared @join__type(graph: A) @join__type(graph: B) {
  BOTH @join__enumValue(graph: A) @join__enumValue(graph: B)
  ONLY_A @join__enumValue(graph: A)
  """Described."""
  ALSO_BOTH @join__enumValue(graph: B) @join__enumValue(graph: A) @deprecated(reason: "old")
}

enum Single @join__type(graph: B) {
  ONE @join__enumValue(graph: B)
}

enum join__Graph {
  A @join__graph(name: "a", url: "http://a")
  B @join__graph(name: "b", url: "http://b")
}
`;
  const rewritten = withoutRedundantEnumValueJoins(sdl);

  it('leaves out the joins of a value that every subgraph of its enum defines', () => {
    expect(joinsOf(rewritten, 'BOTH')).toBe('');
    expect(joinsOf(rewritten, 'ALSO_BOTH')).toBe('');
    expect(joinsOf(rewritten, 'ONE')).toBe('');
  });

  it('keeps the joins of a value that only some subgraphs define, and every other directive', () => {
    expect(joinsOf(rewritten, 'ONLY_A')).toBe(' @join__enumValue(graph: A)');
    expect(rewritten).toContain('ALSO_BOTH @deprecated(reason: "old")');
    expect(rewritten).toContain('"""Described."""');
    expect(rewritten).toContain('A @join__graph(name: "a", url: "http://a")');
  });

  it('answers the text it was given when no value changes', () => {
    const nothingToDo = 'enum Single @join__type(graph: B) {\n  ONE\n}\n';
    expect(withoutRedundantEnumValueJoins(nothingToDo)).toBe(nothingToDo);
  });

  it('gives the project supergraph the same subgraphs with fewer directives', () => {
    const lean = withoutRedundantEnumValueJoins(SUPERGRAPH);
    // Qualifier is defined by all three subgraphs: three joins per value before, none after.
    expect(joinsOf(SUPERGRAPH, 'NEARLY')).toBe(
      ' @join__enumValue(graph: CITY) @join__enumValue(graph: DISTRICT) @join__enumValue(graph: PROVINCE)',
    );
    expect(joinsOf(lean, 'NEARLY')).toBe('');
    const count = (text: string) => text.match(/@join__enumValue/g)?.length ?? 0;
    expect(count(lean)).toBeLessThan(count(SUPERGRAPH) / 10);
    expect(subgraphSchemas(lean)).toEqual(subgraphSchemas(SUPERGRAPH));
  });
});
