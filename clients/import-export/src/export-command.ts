import { createWriteStream } from 'node:fs';
import { PassThrough, type Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { type CliIo, gatewayOf, tokenOf } from './cli-io';
import { createExportServer } from './export-download';
import { exportRows } from './export-rows';
import { FILE_KINDS, type FileKind } from './figure-file-kind';
import { GatewayError } from './gateway-request';
import { writeExport } from './write-export';

const USAGE = `usage: npm run export -- --root CODE --period P [--metric a,b] [--format csv|xlsx|adx|json] [--output FILE]

Exports every reported figure of a unit's subtree for a period through the gateway.
  --root <code>    a province, city or county-level unit
  --period <p>     YYYY or YYYY-YYYY
  --metric <a,b>   only these metrics (default: every metric)
  --format <f>     csv (default), xlsx, adx, json
  --output <file>  default: standard output
  --gateway <url>  default: $GATEWAY_URL, else http://localhost:4000/graphql
  --token <jwt>    default: $UNION_TOKEN (needed where reads need a token)
  --serve <port>   instead, serve GET /export?root=&period=&format=&metric= as downloads`;

/** Standard output is not ended by a command; a pass-through in front of it is. */
function stdoutSink(stdout: Writable): Writable {
  const pass = new PassThrough();
  pass.pipe(stdout, { end: false });
  return pass;
}

/** npm run export: returns the exit status. */
export async function exportCommand(argv: string[], io: CliIo): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args: argv,
      options: {
        root: { type: 'string' },
        period: { type: 'string' },
        metric: { type: 'string' },
        format: { type: 'string', default: 'csv' },
        output: { type: 'string' },
        gateway: { type: 'string' },
        token: { type: 'string' },
        serve: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    io.stderr.write(`${USAGE}\n`);
    return 0;
  }
  if (values.serve) {
    const gateway = gatewayOf(values.gateway, io.env);
    const server = createExportServer(gateway);
    await new Promise<void>((resolve) => server.listen(Number(values.serve), resolve));
    io.stderr.write(
      `Export downloads: http://localhost:${values.serve}/export?root=510100&period=2013\n`,
    );
    await new Promise((resolve) => server.once('close', resolve));
    return 0;
  }
  const format = values.format as FileKind;
  if (!values.root || !values.period || !FILE_KINDS.includes(format)) {
    io.stderr.write(`${USAGE}\n`);
    return 2;
  }
  try {
    const rows = await exportRows(
      gatewayOf(values.gateway, io.env),
      tokenOf(values.token, io.env),
      values.root,
      values.period,
      values.metric ? values.metric.split(',').map((metric) => metric.trim()) : null,
    );
    const out = values.output ? createWriteStream(values.output) : stdoutSink(io.stdout);
    await writeExport(rows, format, out);
    if (values.output) io.stderr.write(`${rows.length} figures written to ${values.output}\n`);
    return 0;
  } catch (error) {
    if (error instanceof GatewayError) {
      io.stderr.write(`export: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
