import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '@union/subgraph-kit';
import { readOwnership } from '../targets/monolith/supergraph-ownership';
import { auditCli } from './audit-cli';
import { nationalReport } from './national-report';
import { search } from './search';
import { walk } from './walk';
import { type Workload, type WorkloadSettings } from './workload';

export const WORKLOAD_NAMES = ['national', 'walk', 'search', 'audit'] as const;

export const SUPERGRAPH_PATH = path.join(REPO_ROOT, 'schema', 'supergraph.graphql');

/** Audits are in the graph once both cells have the field (composed from their @requires). */
export function supergraphHasAudit(sdl = readFileSync(SUPERGRAPH_PATH, 'utf8')): boolean {
  const types = readOwnership(sdl);
  return Boolean(
    types.get('ProvinceFigure')?.fields.has('audit') &&
    types.get('CityFigure')?.fields.has('audit'),
  );
}

/** The workloads asked for; the audit CLI only once audits are in the graph and it exists. */
export async function buildWorkloads(
  settings: WorkloadSettings,
  names: readonly string[] = WORKLOAD_NAMES,
): Promise<Workload[]> {
  for (const name of names) {
    if (!(WORKLOAD_NAMES as readonly string[]).includes(name)) {
      throw new Error(`unknown workload "${name}"; known: ${WORKLOAD_NAMES.join(', ')}`);
    }
  }
  const workloads: Workload[] = [];
  if (names.includes('national')) workloads.push(nationalReport(settings));
  if (names.includes('walk')) workloads.push(walk(settings));
  if (names.includes('search')) workloads.push(search());
  if (names.includes('audit')) {
    const cli = settings.withAudit ? await auditCli(settings) : null;
    if (cli) workloads.push(cli);
    else
      console.log('The audit CLI workload is skipped: no audits in the graph or no clients/audit.');
  }
  return workloads;
}

export type { Workload, WorkloadSettings };
