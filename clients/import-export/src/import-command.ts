import { parseArgs } from 'node:util';
import { type CliIo, gatewayOf, tokenOf } from './cli-io';
import { FileFormatError } from './file-format-error';
import { formatImportReport } from './format-import-report';
import { GatewayError } from './gateway-request';
import { type ImportReport } from './import-report';
import { runImport } from './run-import';

const USAGE = `usage: npm run import -- FILE [--dry-run] [--gateway URL] [--token T] [--json]

Imports a figure file (.csv, .xlsx, ADX .xml) through the gateway as the token's user:
every row is checked, then every row is written or none is.
  --dry-run        check and report what would change; write nothing
  --gateway <url>  default: $GATEWAY_URL, else http://localhost:4000/graphql
  --token <jwt>    default: $UNION_TOKEN
  --json           print the report as JSON
Exit status: 0 imported (or a clean dry run), 1 the file has problems or was refused
while writing (what was written is undone), 2 it could not run, 3 refused while writing
and some written cells could not be undone (listed: someone changed them since).`;

/** 0 imported or a clean dry run; 1 problems (nothing written); 3 cells that could not be undone. */
export function importExitStatus(report: ImportReport): number {
  if (report.partlyWritten) return 3;
  return report.problems.length > 0 ? 1 : 0;
}

/** npm run import: returns the exit status. */
export async function importCommand(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        gateway: { type: 'string' },
        token: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length !== 1) {
    io.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  try {
    const report = await runImport({
      file: positionals[0]!,
      gateway: gatewayOf(values.gateway, io.env),
      token: tokenOf(values.token, io.env),
      dryRun: values['dry-run'],
    });
    io.stdout.write(
      values.json ? JSON.stringify(report, null, 2) + '\n' : formatImportReport(report) + '\n',
    );
    return importExitStatus(report);
  } catch (error) {
    if (error instanceof FileFormatError || error instanceof GatewayError) {
      io.stderr.write(`import: ${error.message}\n`);
      return 2;
    }
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      io.stderr.write(`import: no such file: ${positionals[0]}\n`);
      return 2;
    }
    throw error;
  }
}
