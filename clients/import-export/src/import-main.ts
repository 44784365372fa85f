import { importCommand } from './import-command';

// Imports a figure file through the gateway; see `npm run import -- --help`.
process.exitCode = await importCommand(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
