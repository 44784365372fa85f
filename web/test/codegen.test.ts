import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config, { GENERATED_DIR } from '../codegen';

describe('web/src/gql/', () => {
  it('holds exactly what npm run codegen generates from the operations and the supergraph (run it when this fails)', async () => {
    const files = (await generate(config, false)) as { filename: string; content: string }[];
    expect(files.map((file) => file.filename.slice(GENERATED_DIR.length + 1)).sort()).toEqual([
      'gql.ts',
      'graphql.ts',
      'index.ts',
      'persisted-documents.json',
    ]);
    for (const { filename, content } of files) {
      expect(readFileSync(filename, 'utf8'), `${filename} is stale: run npm run codegen`).toBe(
        content,
      );
    }
  });
});
