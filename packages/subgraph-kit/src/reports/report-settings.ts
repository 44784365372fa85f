import path from 'node:path';
import { readWholeNumber } from '../read-whole-number';
import { ensureSealSecret } from './seal-secret';

/** How a subgraph runs its reports: the audit seal's secret, its lifetime, entry deadlines. */
export interface ReportSettings {
  /**
   * REPORT_SEAL_SECRET: the key every subgraph signs and checks audit seals with; the
   * subgraphs must share it. Unset: the embedded default's secret under `sealSecretDir`.
   */
  sealSecret: string | undefined;
  /** Where the embedded default keeps its generated secret (data/auth); unset with a secret. */
  sealSecretDir: string | undefined;
  /** REPORT_SEAL_MINUTES: how long an audit seal may be used to approve (default 10). */
  sealMinutes: number;
  /**
   * REPORT_ENTRY_DAYS: days after a period ends that its figures may still be entered.
   * Unset: no deadline (the seed reports are of 2013–2022, long past any deadline).
   */
  entryDays: number | null;
}

/** What the requests of a running subgraph use: the resolved secret and the clock. */
export interface ReportRuntime {
  /** Null: no secret was given (a subgraph started alone in a test); sealing is refused. */
  sealKey: string | null;
  sealMinutes: number;
  entryDays: number | null;
  now(): Date;
}

export const DEFAULT_SEAL_MINUTES = 10;

/** A shared secret shorter than this is refused: an HMAC key should not be guessable. */
const MIN_SECRET_LENGTH = 32;

/** REPORT_SEAL_MINUTES, REPORT_ENTRY_DAYS: the unit is the variable's last word. */
function readDuration(variable: string, env: NodeJS.ProcessEnv, min = 0): number | undefined {
  const unit = variable.split('_').pop()!.toLowerCase();
  const meaning = `a whole number of ${unit}${min > 0 ? ` from ${min}` : ''}`;
  return readWholeNumber(variable, env, { min, meaning });
}

export function readReportSettings(env: NodeJS.ProcessEnv, dataDir: string): ReportSettings {
  const secret = env.REPORT_SEAL_SECRET || undefined;
  if (secret !== undefined && secret.length < MIN_SECRET_LENGTH) {
    throw new Error(
      `REPORT_SEAL_SECRET must be at least ${MIN_SECRET_LENGTH} characters (e.g. openssl rand -hex 32)`,
    );
  }
  const minutes = readDuration('REPORT_SEAL_MINUTES', env, 1) ?? DEFAULT_SEAL_MINUTES;
  return {
    sealSecret: secret,
    sealSecretDir: secret ? undefined : path.join(dataDir, 'auth'),
    sealMinutes: minutes,
    entryDays: readDuration('REPORT_ENTRY_DAYS', env) ?? null,
  };
}

/** Resolves the settings at start: the embedded default makes its secret on first use. */
export async function createReportRuntime(
  settings: ReportSettings | undefined,
): Promise<ReportRuntime> {
  let sealKey: string | null = settings?.sealSecret ?? null;
  if (sealKey === null && settings?.sealSecretDir) {
    sealKey = await ensureSealSecret(settings.sealSecretDir);
  }
  return {
    sealKey,
    sealMinutes: settings?.sealMinutes ?? DEFAULT_SEAL_MINUTES,
    entryDays: settings?.entryDays ?? null,
    now: () => new Date(),
  };
}
