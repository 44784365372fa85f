import { SERVICES, type ServiceName } from '@union/subgraph-kit';
import { type ServiceStore } from '../dataset/stores';
import {
  type GatewayConfig,
  type MonolithConfig,
  type RawConfig,
  type SubgraphConfig,
} from './child-configs';
import { launchServer, type ServerProcess } from './server-process';
import { type TargetSpec } from './target-specs';

/** A target ready to be measured: where to send requests and whose costs to add up. */
export interface RunningTarget {
  spec: TargetSpec;
  url: string;
  /** Every process that works for this target's requests. */
  processes: ServerProcess[];
  /** Servers with /stats; for a gateway, its three subgraphs. */
  counted: { name: string; url: string }[];
}

export interface Stack {
  targets: RunningTarget[];
  stop(): Promise<void>;
}

export interface StackOptions {
  stores: Record<ServiceName, ServiceStore>;
  targets: readonly TargetSpec[];
  nodeOptions: readonly string[];
  cpuProfDir: string | undefined;
  fromSource: boolean;
  withAudit: boolean;
}

/**
 * Starts the three subgraphs once, every gateway on them, the monolith and the raw SQL
 * server, each its own process, all on the same databases.
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  const started: ServerProcess[] = [];
  const launch = async (name: string, entry: string, config: unknown) => {
    const server = await launchServer({
      name,
      entry,
      config,
      nodeOptions: options.nodeOptions,
      cpuProfDir: options.cpuProfDir,
      fromSource: options.fromSource,
    });
    started.push(server);
    return server;
  };
  try {
    const needsSubgraphs = options.targets.some((t) => t.kind === 'gateway');
    const subgraphs = needsSubgraphs
      ? await Promise.all(
          SERVICES.map((service) =>
            launch(service, 'subgraph-main.ts', {
              service,
              store: options.stores[service],
            } satisfies SubgraphConfig),
          ),
        )
      : [];
    const subgraphUrls = Object.fromEntries(
      subgraphs.map((server) => [server.name, server.url]),
    ) as Record<ServiceName, string>;
    const targets = await Promise.all(
      options.targets.map(async (spec): Promise<RunningTarget> => {
        if (spec.kind === 'gateway') {
          const gateway = await launch(`gateway-${spec.name}`, 'gateway-main.ts', {
            engine: spec.engine!,
            merge: spec.merge!,
            subgraphUrls,
          } satisfies GatewayConfig);
          return {
            spec,
            url: gateway.url,
            processes: [gateway, ...subgraphs],
            counted: subgraphs.map((s) => ({ name: s.name, url: s.url })),
          };
        }
        const server =
          spec.kind === 'monolith'
            ? await launch('monolith', 'monolith-main.ts', {
                stores: options.stores,
              } satisfies MonolithConfig)
            : await launch('raw', 'raw-main.ts', {
                stores: options.stores,
                withAudit: options.withAudit,
              } satisfies RawConfig);
        return {
          spec,
          url: server.url,
          processes: [server],
          counted: [{ name: server.name, url: server.url }],
        };
      }),
    );
    return {
      targets,
      async stop() {
        await Promise.all(started.map((server) => server.stop()));
      },
    };
  } catch (error) {
    await Promise.all(started.map((server) => server.stop()));
    throw error;
  }
}
