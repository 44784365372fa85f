import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@union/subgraph-kit';
import { generateSchemaFiles } from './compose-schemas';

describe('schema/', () => {
  it('holds exactly what npm run compose generates (run it when this fails)', async () => {
    const files = await generateSchemaFiles();
    expect([...files.keys()].sort()).toEqual([
      'city.graphql',
      'district.graphql',
      'province.graphql',
      'supergraph.graphql',
    ]);
    for (const [name, content] of files) {
      const checkedIn = readFileSync(path.join(REPO_ROOT, 'schema', name), 'utf8');
      expect(checkedIn, `schema/${name} is stale: run npm run compose`).toBe(content);
    }
  });
});
