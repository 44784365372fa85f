import { bootstrapSubgraph, seedSubgraph, type SubgraphDefinition } from './bootstrap-subgraph';
import { type SubgraphRuntimeOptions, type SubgraphServer } from './bootstrap-subgraph';
import { type SeedOutcome } from '../figures/seed-figures';

/** What each level's package exports: start its server, or migrate and seed its database. */
export function subgraphEntryPoints<Loaders, Shared>(
  definition: SubgraphDefinition<Loaders, Shared>,
): {
  createServer(options: SubgraphRuntimeOptions): Promise<SubgraphServer>;
  seedDatabase(options: SubgraphRuntimeOptions): Promise<SeedOutcome | void>;
} {
  return {
    createServer: (options) => bootstrapSubgraph(definition, options),
    seedDatabase: (options) => seedSubgraph(definition, options),
  };
}
