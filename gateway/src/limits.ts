import { type GraphQLArmorConfig } from '@escape.tech/graphql-armor-types';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 15,
  maxAliases: 30,
  maxTokens: 5000,
  maxDirectives: 50,
};

/** GraphQL Armor's configuration for these limits, the same for both engines. */
export function armorConfig(limits: QueryLimits): GraphQLArmorConfig {
  return {
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    maxTokens: { n: limits.maxTokens },
    maxDirectives: { n: limits.maxDirectives },
    // Static cost counts fields, not list sizes; the depth limit bounds the lists instead.
    costLimit: { enabled: false },
    // Suggestions would tell a prober the schema's field names; GraphiQL has introspection.
    blockFieldSuggestion: { enabled: false },
  };
}
