import { type GatewayEngine } from '@union/subgraph-kit';
import { MERGES_BY_DEFAULT } from './child-configs';

export type TargetKind = 'gateway' | 'monolith' | 'raw';

/** One way of answering the workloads that the bench measures side by side. */
export interface TargetSpec {
  name: string;
  label: string;
  kind: TargetKind;
  engine?: GatewayEngine;
  /** Identical in-flight subgraph requests are merged (gateways only). */
  merge?: boolean;
}

export const TARGET_SPECS: readonly TargetSpec[] = [
  { name: 'hive', label: 'Hive Gateway', kind: 'gateway', engine: 'hive', merge: true },
  { name: 'hive-unmerged', label: 'Hive Gateway', kind: 'gateway', engine: 'hive', merge: false },
  { name: 'apollo', label: 'Apollo Gateway', kind: 'gateway', engine: 'apollo', merge: false },
  {
    name: 'apollo-merged',
    label: 'Apollo Gateway',
    kind: 'gateway',
    engine: 'apollo',
    merge: true,
  },
  { name: 'monolith', label: 'one process', kind: 'monolith' },
  { name: 'raw', label: 'raw SQL', kind: 'raw' },
];

export function selectTargets(names?: readonly string[]): TargetSpec[] {
  if (!names) return [...TARGET_SPECS];
  return names.map((name) => {
    const spec = TARGET_SPECS.find((t) => t.name === name);
    if (!spec) {
      throw new Error(
        `unknown target "${name}"; known: ${TARGET_SPECS.map((t) => t.name).join(', ')}`,
      );
    }
    return spec;
  });
}

/** How the table names a target's merging of identical in-flight subgraph requests. */
export function mergingLabel(spec: TargetSpec): string {
  if (spec.kind !== 'gateway') return 'n/a';
  const shipped = spec.merge === MERGES_BY_DEFAULT[spec.engine!];
  return `${spec.merge ? 'on' : 'off'}${shipped ? ' (default)' : ''}`;
}
