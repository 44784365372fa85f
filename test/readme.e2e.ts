import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningGateway } from '@union/gateway';
import { readAuthSettings, REPO_ROOT } from '@union/subgraph-kit';
import { postGraphQL } from '@union/subgraph-kit/testing';
import {
  commandsOf,
  containedSomewhere,
  expectedAnswersOf,
  jsonValuesIn,
  README_PATH,
  type ReadmeBlock,
  readmeBlocks,
} from './support/readme-blocks';
import { ENGINES, startGateway, startSubgraphs, type Subgraphs } from './support/federation';
import { startNpmStart, waitUntil } from './support/npm-start';

/*
 * Every query and command in README.md runs here, so the README cannot drift: each graphql
 * block through both engines (and the json block after it must be contained in the answer),
 * each sh block with bash against a test federation (localhost:4000 rewritten to it), the
 * output block after an sh block must appear in what it printed, and the commands that
 * cannot run inside a test as written are listed below with how each is checked instead.
 * A README command in none of these fails the suite.
 */

const run = promisify(execFile);

/** README commands a test cannot run as written, and how each is verified instead. */
const VERIFIED_OTHERWISE: Record<string, string> = {
  'npm install && npm start': 'npm start is started below with free ports and stopped',
  'npm start': 'npm start is started below with free ports and stopped',
  'npm install && npm test': 'this suite is npm test; the script must exist',
};

const blocks = readmeBlocks();
const readme = readFileSync(README_PATH, 'utf8');
const packageJson = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  workspaces: string[];
};

const graphqlBlocks = blocks.filter((block) => block.lang === 'graphql');
const shBlocks = blocks.filter((block) => block.lang === 'sh');
/** The block right below another (only a blank line between), which shows its answer. */
const after = (block: ReadmeBlock) => {
  const next = blocks[blocks.indexOf(block) + 1];
  return next !== undefined && next.line - block.end <= 2 ? next : undefined;
};

/**
 * The GraphQL answers an sh block printed against the ones its comments show: a complete
 * `# {...}` must be contained in some answer, a shortened error (`...`) must match an answer's
 * error code, and no answer may carry errors the comments do not show.
 */
function checkAnswers(block: ReadmeBlock, stdout: string): void {
  const answers = jsonValuesIn(stdout) as { errors?: { extensions?: { code?: string } }[] }[];
  const expected = expectedAnswersOf(block);
  for (const text of expected) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      const code = /"code":"(\w+)"/.exec(text)?.[1];
      expect(
        code,
        `README line ${block.line}: a shortened answer names its error code`,
      ).toBeDefined();
      expect(
        answers.some((answer) => answer.errors?.some((e) => e.extensions?.code === code)),
        `README line ${block.line}: an answer with error ${code}`,
      ).toBe(true);
      continue;
    }
    expect(containedSomewhere(answers, parsed), `README line ${block.line}: ${text}`).toBe(true);
  }
  const errorsShown = expected.filter((text) => text.startsWith('{"errors"')).length;
  const errorsGot = answers.filter((answer) => answer.errors !== undefined);
  expect(
    errorsGot.length,
    `README line ${block.line}: answers with errors ${JSON.stringify(errorsGot)}`,
  ).toBe(errorsShown);
}

describe.each(ENGINES)('README through %s', (engine) => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'union-readme-'));
  let subgraphs: Subgraphs;
  let gateway: RunningGateway;

  beforeAll(async () => {
    // The federation trusts the keys `npm run token` signs with for this DATA_DIR.
    subgraphs = await startSubgraphs('sqlite', readAuthSettings({}, dataDir));
    gateway = await startGateway(engine, subgraphs);
  });

  afterAll(async () => {
    await gateway?.stop();
    await subgraphs?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it.each(graphqlBlocks.map((block) => [block.line, block] as const))(
    'answers the graphql block at line %i without errors',
    async (_, block) => {
      const answer = await postGraphQL(gateway.url, block.text);
      expect(answer.errors).toBeUndefined();
      const next = after(block);
      if (next?.lang === 'json') {
        expect(
          containedSomewhere(answer.data, JSON.parse(next.text)),
          `the json block at line ${next.line} is not in the answer`,
        ).toBe(true);
      }
    },
  );

  it.each(shBlocks.map((block) => [block.line, block] as const))(
    'runs the sh block at line %i',
    async (_, block) => {
      const commands = commandsOf(block).filter((command) => !(command in VERIFIED_OTHERWISE));
      if (commands.length === 0) return;
      const script = ['set -euo pipefail', ...commands].join('\n');
      const { stdout } = await run(
        'bash',
        ['-c', script.replaceAll('http://localhost:4000/graphql', gateway.url)],
        {
          cwd: REPO_ROOT,
          env: { ...process.env, DATA_DIR: dataDir, GATEWAY_URL: gateway.url },
          maxBuffer: 20 * 1024 * 1024,
          timeout: 90_000,
        },
      );
      checkAnswers(block, stdout);
      const next = after(block);
      if (next?.lang === '') {
        for (const line of next.text.split('\n').filter((l) => l.trim() !== '')) {
          expect(stdout, `output line of the block at line ${next.line}`).toContain(
            line.replace(/ \.\.\.$/, ''),
          );
        }
      }
    },
  );
});

describe('README commands', () => {
  it('runs or accounts for every command of every sh block', () => {
    const known = new Set(Object.keys(VERIFIED_OTHERWISE));
    for (const block of shBlocks) {
      for (const command of commandsOf(block)) {
        const runnable = /^(npm run |[A-Z_]+=\$\(|curl )/.test(command);
        expect(runnable || known.has(command), `README line ${block.line}: ${command}`).toBe(true);
      }
    }
  });

  it('names only npm scripts that exist', () => {
    const named = [...readme.matchAll(/npm (?:run )?(?:-s )?([a-z][\w-]*(?::[a-z][\w-]*)?)/g)].map(
      (m) => m[1]!,
    );
    const builtIn = new Set(['install', 'start', 'test', 'run']);
    for (const script of named) {
      if (builtIn.has(script) && script !== 'start' && script !== 'test') continue;
      expect(packageJson.scripts, `npm script "${script}" named in the README`).toHaveProperty(
        script,
      );
    }
  });

  it('lays out folders that exist, and every workspace', () => {
    const layout = readmeBlocks(readme.slice(readme.indexOf('## Layout'))).find(
      (b) => b.lang === '',
    )!;
    const folders = layout.text
      .split('\n')
      .map((line) => /^(\S+\/)/.exec(line)?.[1])
      .filter((folder): folder is string => folder !== undefined);
    for (const folder of folders) {
      const concrete = folder.replace('<level>', 'district');
      expect(existsSync(path.join(REPO_ROOT, concrete)), folder).toBe(true);
    }
    for (const workspace of packageJson.workspaces) {
      const named = folders.some(
        (folder) => folder === `${workspace}/` || folder === `${workspace.split('/')[0]}/<level>/`,
      );
      expect(named, `workspace ${workspace} in the layout`).toBe(true);
    }
  });
});

describe('npm start', () => {
  it('starts the whole federation on the embedded default, prints its and the dashboard URL and stops on Ctrl-C', async () => {
    const npmStart = await startNpmStart('union-start-');
    const { url, gatewayPort } = npmStart;
    try {
      await waitUntil(() => npmStart.output().includes(`Gateway: ${url}`), 'the federation');
      const answer = await postGraphQL(url, '{ province(code: "510000") { name } }');
      expect(answer).toEqual({ data: { province: { name: '四川省' } } });
      const dashboard = `http://localhost:${gatewayPort}/dashboard/`;
      expect(npmStart.output()).toContain(`Dashboard: ${dashboard}`);
      const page = await fetch(dashboard);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(await page.text()).toContain('<div id="root">');
      process.kill(-npmStart.child.pid!, 'SIGINT');
      await npmStart.exited;
      await expect(postGraphQL(url, '{ metrics { code } }')).rejects.toThrow();
    } finally {
      await npmStart.stop(true);
    }
  });
});
