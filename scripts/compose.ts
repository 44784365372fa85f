import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '@union/subgraph-kit';
import { generateSchemaFiles } from './compose-schemas';

// Writes schema/<service>.graphql and schema/supergraph.graphql. With --check it writes
// nothing and exits 1 when a checked-in file differs from what would be generated.

const check = process.argv.includes('--check');
let stale = 0;
for (const [name, content] of await generateSchemaFiles()) {
  const target = path.join(REPO_ROOT, 'schema', name);
  let current: string | null;
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    current = null;
  }
  if (current === content) continue;
  if (check) {
    console.error(`schema/${name} is stale: run npm run compose`);
    stale += 1;
  } else {
    writeFileSync(target, content);
    console.log(`wrote schema/${name}`);
  }
}
if (check && stale > 0) process.exit(1);
console.log(check ? 'schema/ is up to date' : 'schema/ composed');
