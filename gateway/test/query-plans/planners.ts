import { readFileSync } from 'node:fs';
import path from 'node:path';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { prettyFormatQueryPlan, QueryPlanner as ApolloQueryPlanner } from '@apollo/query-planner';
import { QueryPlanner as HiveQueryPlanner } from '@graphql-hive/router-query-planner';
import { REPO_ROOT } from '@union/subgraph-kit';
import { parse } from 'graphql';

/** The checked-in supergraph, with its join directives: what both gateways plan from. */
const SUPERGRAPH = readFileSync(path.join(REPO_ROOT, 'schema', 'supergraph.graphql'), 'utf8');

/** Plans an operation as Apollo Gateway does: against the API schema, default config. */
export function createApolloPlanner() {
  const supergraph = Supergraph.build(SUPERGRAPH);
  const apiSchema = supergraph.apiSchema();
  const planner = new ApolloQueryPlanner(supergraph);
  return (query: string) => {
    const plan = planner.buildQueryPlan(
      operationFromDocument(apiSchema, parse(query), { validate: true }),
    );
    return { plan, text: prettyFormatQueryPlan(plan) };
  };
}

/** Plans an operation with Hive Gateway's Rust planner (no override labels in this graph). */
export function createHivePlanner() {
  const planner = new HiveQueryPlanner(SUPERGRAPH);
  return (query: string) => {
    const plan = planner.plan(query, null, new Set(), 0);
    return { plan, text: JSON.stringify(plan, null, 2) };
  };
}
