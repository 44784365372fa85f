export interface WholeNumberRule {
  /** The smallest value accepted; 0 when absent. */
  min?: number;
  /** The largest value accepted; the largest safe integer when absent. */
  max?: number;
  /** What the error says the variable must be, e.g. "a port number between 0 and 65535". */
  meaning: string;
}

/**
 * A whole number from an environment variable, or undefined when it is unset or empty. Only
 * digits are read: Number() alone would also take "0x1F", "1e3" and " 30 ".
 */
export function readWholeNumber(
  variable: string,
  env: NodeJS.ProcessEnv,
  rule: WholeNumberRule,
): number | undefined {
  const raw = env[variable];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  const outside = value < (rule.min ?? 0) || value > (rule.max ?? value);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || outside) {
    throw new Error(`${variable} must be ${rule.meaning}, got "${raw}"`);
  }
  return value;
}
