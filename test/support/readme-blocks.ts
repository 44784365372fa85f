import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '@union/subgraph-kit';

/** A fenced block of README.md: its language (empty for plain output), text and line. */
export interface ReadmeBlock {
  lang: string;
  text: string;
  /** The line of the opening fence, and of the closing one. */
  line: number;
  end: number;
}

export const README_PATH = path.join(REPO_ROOT, 'README.md');

/** Every fenced block of the README, in order. */
export function readmeBlocks(markdown = readFileSync(README_PATH, 'utf8')): ReadmeBlock[] {
  const blocks: ReadmeBlock[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^```(\S*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i += 1; i < lines.length && !/^```\s*$/.test(lines[i]!); i += 1) body.push(lines[i]!);
    blocks.push({ lang: open[1]!, text: body.join('\n'), line: start + 1, end: i + 1 });
  }
  return blocks;
}

/**
 * The commands of an sh block: a command starts at the beginning of a line; indented lines
 * and backslash continuations belong to the command above (a quoted JSON body may span
 * lines). Comments and blank lines are dropped.
 */
export function commandsOf(block: ReadmeBlock): string[] {
  const commands: string[] = [];
  for (const line of block.text.replace(/\\\n/g, ' ').split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (/^\s/.test(line) && commands.length > 0) {
      commands[commands.length - 1] += `\n${line}`;
    } else {
      commands.push(line.replace(/\s+#.*$/, '').trim());
    }
  }
  return commands;
}

/** The answers a block's comments say to expect: `# {"data": ...}` or `# {"errors": ...}`. */
export function expectedAnswersOf(block: ReadmeBlock): string[] {
  return block.text
    .split('\n')
    .map((line) => /^#\s*(\{.*\})\s*$/.exec(line.trim())?.[1])
    .filter((answer): answer is string => answer !== undefined);
}

/** The JSON values printed one after another (curl prints bodies with no separator). */
export function jsonValuesIn(output: string): unknown[] {
  const values: unknown[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < output.length; i += 1) {
    const c = output[i];
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"' && depth > 0) inString = true;
    else if (c === '{') {
      if (depth === 0) start = i;
      depth += 1;
    } else if (c === '}' && depth > 0) {
      depth -= 1;
      if (depth === 0) values.push(JSON.parse(output.slice(start, i + 1)));
    }
  }
  return values;
}

/**
 * Whether `expected` is contained in `actual`: every key of an expected object is in the
 * actual object with a contained value, arrays match element by element, and a string
 * ending in "..." matches any string that starts with what precedes it (the README
 * shortens long explanations that way).
 */
export function contains(actual: unknown, expected: unknown): boolean {
  if (typeof expected === 'string' && expected.endsWith(' ...')) {
    return typeof actual === 'string' && actual.startsWith(expected.slice(0, -4));
  }
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((item, i) => contains(actual[i], item))
    );
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return false;
    return Object.entries(expected).every(([key, value]) =>
      contains((actual as Record<string, unknown>)[key], value),
    );
  }
  return actual === expected;
}

/** Some value anywhere in `data` (depth first) that contains `expected`. */
export function containedSomewhere(data: unknown, expected: unknown): boolean {
  if (contains(data, expected)) return true;
  if (data !== null && typeof data === 'object') {
    return Object.values(data).some((value) => containedSomewhere(value, expected));
  }
  return false;
}
