import { type CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';
import path from 'node:path';

// Absolute paths, so the check in web/test/ can generate from any working directory.
const here = import.meta.dirname;
export const GENERATED_DIR = path.join(here, 'src', 'gql');

// Types and typed documents for every operation in src/, from the composed supergraph. The
// persisted-documents manifest (sha256 of each operation's printed text → the text) is what
// the gateway serves by hash, and in trusted-documents mode the only thing it runs for
// anonymous callers.
const config: CodegenConfig = {
  schema: path.join(here, '..', 'schema', 'supergraph.graphql'),
  documents: [
    path.join(here, 'src', '**', '*.{ts,tsx}'),
    `!${path.join(GENERATED_DIR, '**', '*')}`,
  ],
  ignoreNoDocuments: false,
  generates: {
    [`${GENERATED_DIR}/`]: {
      preset: 'client',
      // The normalized cache needs __typename on every object; adding it here puts it in the
      // manifest's text too, so the gateway runs exactly what the cache expects.
      documentTransforms: [addTypenameSelectionDocumentTransform],
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { hashAlgorithm: 'sha256' },
      },
      config: { enumsAsTypes: true, useTypeImports: true },
    },
  },
};

export default config;
