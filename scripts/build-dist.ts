import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { REPO_ROOT } from '@union/subgraph-kit';

// Compiles each process's entry into one JavaScript file (its dist/index.js) for
// `node` to run in the container image, where neither TypeScript nor tsx is installed.
// The workspace packages (@union/*) are compiled in; every other package stays an import
// resolved from the image's production node_modules.

export const ENTRIES = [
  'services/province/src/index.ts',
  'services/city/src/index.ts',
  'services/district/src/index.ts',
  'gateway/src/index.ts',
] as const;

/** Where an entry's compiled file goes: dist/ beside its src/. */
export function distFileOf(entry: string): string {
  return path.join(REPO_ROOT, entry.replace('/src/index.ts', '/dist/index.js'));
}

/** Bare imports outside the workspace are left to node_modules. */
const externalPackages: Plugin = {
  name: 'external-packages',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@union/') ? undefined : { path: args.path, external: true },
    );
  },
};

/**
 * Files that find their data next to themselves (`new URL('../../data/…', import.meta.url)`,
 * REPO_ROOT) keep doing so: `import.meta.url` in each file becomes its own original place,
 * reckoned from the compiled file, so the paths hold wherever the tree is copied.
 */
function ownImportMetaUrl(outFile: string): Plugin {
  return {
    name: 'own-import-meta-url',
    setup(builder) {
      builder.onLoad({ filter: /\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('import.meta.url')) return undefined;
        const relative = path.relative(path.dirname(outFile), args.path).split(path.sep).join('/');
        return {
          contents: source.replaceAll(
            'import.meta.url',
            `new URL(${JSON.stringify(relative)}, import.meta.url).href`,
          ),
          loader: 'ts',
        };
      });
    },
  };
}

/**
 * Compiles one TypeScript entry and the workspace code it imports into one ES module for
 * plain `node`; npm packages stay imports resolved from node_modules beside the output.
 */
export async function compileEntry(entryFile: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entryFile],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    // type-graphql names a GraphQL type after its class; bundling several services into one
    // file (the bench's monolith) would otherwise rename a clashing `City` to `City2`.
    keepNames: true,
    logLevel: 'warning',
    plugins: [externalPackages, ownImportMetaUrl(outfile)],
  });
}

export async function buildDist(): Promise<string[]> {
  const outputs: string[] = [];
  for (const entry of ENTRIES) {
    const outfile = distFileOf(entry);
    await compileEntry(path.join(REPO_ROOT, entry), outfile);
    outputs.push(outfile);
  }
  return outputs;
}

if (
  process.argv[1] &&
  path.resolve(process.argv[1]) === path.join(REPO_ROOT, 'scripts', 'build-dist.ts')
) {
  for (const file of await buildDist()) console.log(`built ${path.relative(REPO_ROOT, file)}`);
}
