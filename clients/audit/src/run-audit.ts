import { parseAuditArgs, USAGE } from './audit-args';
import { AuditError } from './audit-error';
import { buildReport, hasInconsistency } from './audit-report';
import { resolveRoot } from './audit-root';
import { buildFindings } from './findings';
import { formatReport } from './format-report';
import { loadSubtree } from './load-subtree';
import { metricsAnswered } from './subtree-query';

export interface AuditIO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Where GATEWAY_URL is read from when --gateway is absent. */
  env?: { GATEWAY_URL?: string | undefined };
}

export const EXIT_CONSISTENT = 0;
export const EXIT_INCONSISTENT = 1;
export const EXIT_NOT_RUN = 2;

/**
 * The audit CLI without the process: reads argv, asks the gateway, writes the report.
 * Resolves to the exit code: 0 when no cell is INCONSISTENT, 1 when one is, 2 when the
 * audit could not run (bad arguments, an unknown root, metric or period, no gateway).
 */
export async function runAudit(argv: readonly string[], io: AuditIO): Promise<number> {
  try {
    const parsed = parseAuditArgs(argv, io.env);
    if (parsed.help) {
      io.stdout.write(USAGE);
      return EXIT_CONSISTENT;
    }
    const { options } = parsed;
    const data = await loadSubtree(
      options.gatewayUrl,
      options.root,
      options.period,
      options.metrics,
    );
    const root = resolveRoot(options.root, data);
    // Without --metric every unit's cells are the whole catalog, in catalog order.
    const metrics = options.metrics ?? metricsAnswered(data);
    const findings = buildFindings(root, data, metrics);
    // The gateway's spelling: it reads 2013–2019 (en dash) as 2013-2019.
    const period = findings[0]?.period ?? options.period;
    const report = buildReport(root, period, metrics, findings, options.all);
    io.stdout.write(formatReport(report, options.format, options.metrics !== null));
    return hasInconsistency(report) ? EXIT_INCONSISTENT : EXIT_CONSISTENT;
  } catch (error) {
    if (!(error instanceof AuditError)) throw error;
    io.stderr.write(`audit: ${error.message}\n`);
    if (error.usage) io.stderr.write(`\n${USAGE}`);
    return EXIT_NOT_RUN;
  }
}
