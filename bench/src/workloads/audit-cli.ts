import { loadDivisionTree } from '@union/domain';
import { type Workload, type WorkloadSettings } from './workload';

type RunAudit = (
  argv: readonly string[],
  io: { stdout: { write(text: string): unknown }; stderr: { write(text: string): unknown } },
) => Promise<number>;

/** The audit CLI's exit code for "could not run" (clients/audit/src/run-audit.ts). */
const NOT_RUN = 2;

async function loadRunAudit(): Promise<RunAudit | null> {
  try {
    const module = (await import('../../../clients/audit/src/run-audit')) as {
      runAudit?: RunAudit;
    };
    return module.runAudit ?? null;
  } catch {
    return null;
  }
}

/**
 * The audit CLI (`npm run audit -- --root <province> --period <p> --format json`) over the
 * whole country: one run per province, one after another as a shell loop would, in this
 * process. One "request" is the whole country; its answer is the 31 JSON reports.
 */
export async function auditCli(settings: WorkloadSettings): Promise<Workload | null> {
  const runAudit = await loadRunAudit();
  if (!runAudit) return null;
  const provinces = loadDivisionTree().provinces.map((province) => province.code);
  return {
    name: 'audit',
    title: `audit CLI over ${provinces.length} provinces`,
    async send(url) {
      const reports: string[] = [];
      for (const root of provinces) {
        let stdout = '';
        let stderr = '';
        const exitCode = await runAudit(
          ['--root', root, '--period', settings.period, '--format', 'json', '--gateway', url],
          {
            stdout: { write: (text) => (stdout += text) },
            stderr: { write: (text) => (stderr += text) },
          },
        );
        if (exitCode === NOT_RUN) throw new Error(`audit --root ${root} could not run: ${stderr}`);
        reports.push(stdout);
      }
      return `[${reports.join(',')}]`;
    },
    failureOf: () => undefined,
    answerOf: (response) => JSON.parse(response),
  };
}
