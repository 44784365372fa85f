import { exportCommand } from './export-command';

// Exports a subtree's figures for a period; see `npm run export -- --help`.
process.exitCode = await exportCommand(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
