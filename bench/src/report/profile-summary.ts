import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a function lives: an npm package, a folder of the repository, or node itself. */
function ownerOf(url: string): string {
  if (url === '') return '(native / idle)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith('node:')) return 'node';
  const repo = url.indexOf('/services/');
  if (repo >= 0)
    return url
      .slice(repo + 1)
      .split('/')
      .slice(0, 2)
      .join('/');
  const bench = url.indexOf('/bench/');
  if (bench >= 0) return 'bench';
  return url;
}

/** Self time of a CPU profile by package and by function, biggest first. */
export function summarizeProfile(file: string, top = 15): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
  );
  const total = [...self.values()].reduce((sum, us) => sum + us, 0);
  const owners = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, us] of self) {
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === '(idle)' || frame.functionName === '(program)') continue;
    const owner =
      frame.functionName === '(garbage collector)' ? '(garbage collector)' : ownerOf(frame.url);
    owners.set(owner, (owners.get(owner) ?? 0) + us);
    const name = `${frame.functionName || '(anonymous)'} ${path.basename(frame.url)}:${frame.lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + us);
  }
  const idle = profile.nodes
    .filter((n) => n.callFrame.functionName === '(idle)')
    .reduce((sum, n) => sum + (self.get(n.id) ?? 0), 0);
  const busy = total - idle;
  const lines = (entries: Map<string, number>) =>
    [...entries]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => `  ${((100 * us) / busy).toFixed(1).padStart(5)}%  ${name}`);
  return [
    `${path.basename(file)}: ${(busy / 1e6).toFixed(1)} s busy`,
    ' by package:',
    ...lines(owners),
    ' by function:',
    ...lines(functions),
  ].join('\n');
}

/** Every profile in a folder (written by --cpu-prof), one summary after another. */
export function summarizeProfiles(folder: string): string {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.cpuprofile'))
    .sort()
    .map((name) => summarizeProfile(path.join(folder, name)))
    .join('\n\n');
}
