import { runAudit } from './run-audit';

// Audits a subtree of the graph through the gateway; see `npm run audit -- --help`.
process.exitCode = await runAudit(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
