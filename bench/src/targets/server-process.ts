import { type ChildProcess, spawn } from 'node:child_process';
import { benchGatewaySecret } from './bench-gateway-secret';
import path from 'node:path';
import { REPO_ROOT } from '@union/subgraph-kit';
import { compileEntry } from '../../../scripts/build-dist';

const READY_TIMEOUT_MS = 180_000;
const READY_LINE = / ready at (\S+)/;

/** A server the bench started as its own process, so its CPU and memory can be read apart. */
export interface ServerProcess {
  name: string;
  pid: number;
  url: string;
  stop(): Promise<void>;
}

export interface LaunchOptions {
  name: string;
  /** A bench entry point, relative to bench/src/targets. */
  entry: string;
  /** Read by the entry point as BENCH_CONFIG. */
  config: unknown;
  nodeOptions?: readonly string[];
  cpuProfDir?: string | undefined;
  /** Run the TypeScript source through tsx instead of the compiled file. */
  fromSource?: boolean;
}

const compiled = new Map<string, Promise<string>>();

/**
 * The entry compiled as `npm run build:dist` compiles the services for the container image,
 * once per bench run: the bench measures the processes production runs, not tsx's loader
 * (whose hooks thread alone held ~45 MiB per process and, with --cpu-prof, wrote over the
 * main thread's profile).
 */
function compiledEntry(entry: string): Promise<string> {
  let file = compiled.get(entry);
  if (!file) {
    const outfile = path.join(REPO_ROOT, 'bench', 'dist', entry.replace(/\.ts$/, '.js'));
    file = compileEntry(path.join(REPO_ROOT, 'bench', 'src', 'targets', entry), outfile).then(
      () => outfile,
    );
    compiled.set(entry, file);
  }
  return file;
}

/**
 * Starts `node <compiled entry>` (or `node --import tsx <entry>` with `fromSource`), and
 * resolves with the URL once the process prints "<label> ready at <url>" (runUntilSignal).
 */
export async function launchServer(options: LaunchOptions): Promise<ServerProcess> {
  const program = options.fromSource
    ? ['--import', 'tsx', path.join(REPO_ROOT, 'bench', 'src', 'targets', options.entry)]
    : [await compiledEntry(options.entry)];
  const profile = options.cpuProfDir
    ? [
        '--cpu-prof',
        `--cpu-prof-dir=${options.cpuProfDir}`,
        `--cpu-prof-name=${options.name}.cpuprofile`,
      ]
    : [];
  const child: ChildProcess = spawn(
    process.execPath,
    [...(options.nodeOptions ?? []), ...profile, ...program],
    {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        // As the container image runs them: graphql-js, among others, checks less per call.
        NODE_ENV: 'production',
        GATEWAY_SUBGRAPH_SECRET: benchGatewaySecret(),
        BENCH_CONFIG: JSON.stringify(options.config),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.kill('SIGTERM');
    await exited;
    clearTimeout(killer);
  };
  return new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${options.name} did not start within ${READY_TIMEOUT_MS / 1000} s`));
    }, READY_TIMEOUT_MS);
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`${options.name} exited (code ${code}) before it was ready:\n${stderr}`));
    };
    child.once('exit', onExit);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const match = READY_LINE.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      child.off('exit', onExit);
      child.stdout?.removeAllListeners('data');
      child.stdout?.resume();
      resolve({ name: options.name, pid: child.pid!, url: match[1]!, stop });
    });
  });
}

/** The BENCH_CONFIG a bench entry point was started with. */
export function readChildConfig<T>(): T {
  const raw = process.env.BENCH_CONFIG;
  if (!raw) throw new Error('BENCH_CONFIG is not set: bench entry points are started by the bench');
  return JSON.parse(raw) as T;
}
