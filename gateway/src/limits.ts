import { type GraphQLArmorConfig } from '@escape.tech/graphql-armor-types';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  /** The most field values a query may be estimated to make (query-cost.ts). */
  maxCost: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 15,
  maxAliases: 30,
  maxTokens: 5000,
  maxDirectives: 50,
  // The national report with audits is about 34,500 and the audit CLI's subtree of 20 metrics
  // about 10,600; `province → cities` nested four times is about 408,000.
  maxCost: 100_000,
};

/** GraphQL Armor's configuration for these limits, the same for both engines. */
export function armorConfig(limits: QueryLimits): GraphQLArmorConfig {
  return {
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    maxTokens: { n: limits.maxTokens },
    maxDirectives: { n: limits.maxDirectives },
    // Armor's static cost counts fields, not list sizes; queryCostRule counts list sizes.
    costLimit: { enabled: false },
    // Suggestions would tell a prober the schema's field names; GraphiQL has introspection.
    blockFieldSuggestion: { enabled: false },
  };
}
