import { parseArgs } from 'node:util';
import { AuditError } from './audit-error';

export const OUTPUT_FORMATS = ['text', 'markdown', 'csv', 'json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const DEFAULT_GATEWAY_URL = 'http://localhost:4000/graphql';

export interface AuditOptions {
  /** Six-digit code of a province or a city. */
  root: string;
  /** Passed to the gateway as given: it owns the period syntax. */
  period: string;
  /** Null: every metric in the gateway's catalog. */
  metrics: string[] | null;
  format: OutputFormat;
  gatewayUrl: string;
  /** Also list the cells where neither the unit nor any child reported anything. */
  all: boolean;
}

export type ParsedAuditArgs = { help: true } | { help: false; options: AuditOptions };

export const USAGE = `Usage: npm run audit -- --root <code> --period <period> [options]

Audits every cell of a subtree through the gateway: each unit's reported figure against
the sum of its children's, worst findings first.

  --root <code>       a province (XX0000: the province and each of its cities) or a city
  --period <period>   YYYY or YYYY-YYYY
  --metric <code>     only this metric (repeat or separate with commas); default: all
  --format <format>   text (default), markdown, csv or json
  --all               also list blank cells (nothing reported by the unit or its children)
  --gateway <url>     default: $GATEWAY_URL, else ${DEFAULT_GATEWAY_URL}
  -h, --help          show this help

Exit code: 0 when no cell is INCONSISTENT, 1 when one is, 2 when the audit could not run.
`;

function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}

/** Reads the command line; throws AuditError for anything the gateway need not be asked. */
export function parseAuditArgs(
  argv: readonly string[],
  env: { GATEWAY_URL?: string | undefined } = {},
): ParsedAuditArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        root: { type: 'string' },
        period: { type: 'string' },
        metric: { type: 'string', multiple: true },
        format: { type: 'string', default: 'text' },
        gateway: { type: 'string' },
        all: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new AuditError((error as Error).message, true);
  }
  if (values.help) return { help: true };

  const root = values.root?.trim();
  if (!root) throw new AuditError('--root is required: the code of a province or a city', true);
  if (!/^\d{6}$/.test(root)) {
    throw new AuditError(`--root must be a six-digit division code, got "${root}"`);
  }
  const period = values.period?.trim();
  if (!period) throw new AuditError('--period is required: YYYY or YYYY-YYYY', true);
  const format = values.format;
  if (!isOutputFormat(format)) {
    throw new AuditError(`--format must be one of ${OUTPUT_FORMATS.join(', ')}, got "${format}"`);
  }
  const metrics = values.metric
    ?.flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
  if (values.metric && metrics!.length === 0) throw new AuditError('--metric needs a metric code');

  const gatewayUrl = values.gateway ?? (env.GATEWAY_URL || DEFAULT_GATEWAY_URL);
  if (!URL.canParse(gatewayUrl) || !/^https?:$/.test(new URL(gatewayUrl).protocol)) {
    throw new AuditError(`the gateway URL must be an http(s) URL, got "${gatewayUrl}"`);
  }

  return {
    help: false,
    options: {
      root,
      period,
      metrics: metrics ? [...new Set(metrics)] : null,
      format,
      gatewayUrl,
      all: values.all,
    },
  };
}
