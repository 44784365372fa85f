import { createRequire } from 'node:module';
import { type ExecutionResult, type GraphQLObjectType } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { describe, expect, it } from 'vitest';
import { type FigureLookAhead, requestedFigures } from '../src/figures/figure-look-ahead';
import { ALL_VALUE_FIELDS, figurePropertiesFor } from '../src/figures/figure-row-fields';

// graphql-jit loads graphql's CommonJS build; the schema must come from the same one, as it
// does in the servers.
const { buildSchema, execute, parse } = createRequire(import.meta.url)(
  'graphql',
) as typeof import('graphql');

const schema = buildSchema(`
  type Query { cities: [City!]! }
  type City { code: String! districts: [District!]! }
  type District { code: String! figure(metric: String!, period: String!): Cell! }
  type Cell { reported: Value version: Int updatedAt: String updatedBy: String history: [String] }
  type Value { value: Float text: String source: Source extra: String }
  type Source { document: String quote: String }
`);

const document = parse(`
  query Report($metric: String!, $period: String!) {
    cities {
      code
      districts { code figure(metric: $metric, period: $period) { reported { text } } }
    }
  }
`);

/** What each city's `districts` found, in the request being run. */
let seen: FigureLookAhead[] = [];

const fieldsOf = (type: string) => (schema.getType(type) as GraphQLObjectType).getFields();
fieldsOf('Query').cities!.resolve = () => [{ code: '510100' }, { code: '510300' }];
fieldsOf('City').districts!.resolve = (_city, _args, _context, info) => {
  seen.push(requestedFigures(info));
  return [];
};

const compiled = compileQuery(schema, document);
if (!isCompiledQuery(compiled)) throw new Error('the test document does not compile');

type Run = (variables: Record<string, unknown>) => ExecutionResult;

/**
 * graphql-js collects field nodes afresh for each request; a compiled query (as the
 * subgraphs run) hands every request the same ones, which is what the look-ahead's memo
 * must not confuse.
 */
const EXECUTORS: [string, Run][] = [
  [
    'graphql-js',
    (variableValues) => execute({ schema, document, variableValues }) as ExecutionResult,
  ],
  ['graphql-jit', (variables) => compiled.query(undefined, {}, variables) as ExecutionResult],
];

/** Runs the document once; one entry per city, what its `districts` look-ahead found. */
function lookAheadOf(run: Run, variables: Record<string, unknown>): readonly FigureLookAhead[] {
  seen = [];
  expect(run(variables).errors).toBeUndefined();
  return seen;
}

describe.each(EXECUTORS)('requestedFigures under %s', (_name, run) => {
  it('finds the cells below a list once per request, and again for the next request', () => {
    const first = lookAheadOf(run, { metric: 'members', period: '2013' });
    expect(first).toHaveLength(2);
    expect(first[0]!.cells).toEqual([{ metric: 'members', period: '2013' }]);
    // Every parent of the field gets the same answer without working it out again.
    expect(first[1]).toBe(first[0]);

    // Same document, so the same field nodes: other variables must not get the first answer.
    const second = lookAheadOf(run, { metric: 'members', period: '2014-2019' });
    expect(second[0]!.cells).toEqual([{ metric: 'members', period: '2014-2019' }]);
    expect(second[1]).toBe(second[0]);
  });

  it('leaves out a cell whose arguments would fail validation', () => {
    expect(lookAheadOf(run, { metric: 'members', period: '13' })[0]!.cells).toEqual([]);
    expect(lookAheadOf(run, { metric: 'no_such_metric', period: '2013' })[0]!.cells).toEqual([]);
  });

  it('reads only the figure columns of the Value fields asked for', () => {
    const [found] = lookAheadOf(run, { metric: 'members', period: '2013' });
    expect(figurePropertiesFor(found!.fields)).toEqual(['text']);
  });
});

/** The figure fields `districts` asks for when the query below it is `below`. */
function figureFieldsBelow(below: string, fragments = ''): number {
  const query = parse(`{ cities { districts { ${below} } } } ${fragments}`);
  seen = [];
  expect((execute({ schema, document: query }) as ExecutionResult).errors).toBeUndefined();
  return seen[0]!.fields;
}

describe('the figure fields below a list', () => {
  it('adds up every figure field and fragment below the list, source as both its columns', () => {
    const fields = figureFieldsBelow(
      `a: figure(metric: "members", period: "2013") { reported { value } }
       b: figure(metric: "unions", period: "2013") { reported { ...V } }`,
      'fragment V on Value { __typename source { quote } }',
    );
    expect(figurePropertiesFor(fields)).toEqual(['value', 'document', 'quote']);
  });

  it("joins a cell for its own write fields, with or without reported, and no other's", () => {
    expect(
      figurePropertiesFor(
        figureFieldsBelow(
          'figure(metric: "members", period: "2013") { version updatedBy history }',
        ),
      ),
    ).toEqual(['version', 'updatedBy']);
    expect(
      figurePropertiesFor(
        figureFieldsBelow(
          'figure(metric: "members", period: "2013") { updatedAt reported { text } }',
        ),
      ),
    ).toEqual(['text', 'updatedAt']);
    // A figure asked for neither its row's fields nor reported is not joined at all.
    seen = [];
    const query = parse(
      '{ cities { districts { figure(metric: "members", period: "2013") { history } } } }',
    );
    expect((execute({ schema, document: query }) as ExecutionResult).errors).toBeUndefined();
    expect(seen[0]!.cells).toEqual([]);
  });

  it('reads every column for a field it has no columns for', () => {
    expect(
      figureFieldsBelow('figure(metric: "members", period: "2013") { reported { extra } }'),
    ).toBe(ALL_VALUE_FIELDS);
  });
});
