import { pino, type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * One JSON line per event on stdout (pino), each with the process's name; LOG_LEVEL sets
 * the level (info by default; the test suite runs with warn).
 */
export function createLogger(name: string, env: NodeJS.ProcessEnv = process.env): Logger {
  return pino({ name, level: env.LOG_LEVEL || 'info' });
}
