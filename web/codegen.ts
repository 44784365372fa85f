import { type CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

// Types and typed documents for every operation in src/, from the composed supergraph. The
// persisted-documents manifest (sha256 of each operation's printed text → the text) is what
// the gateway serves by hash, and in trusted-documents mode the only thing it runs for
// anonymous callers.
const config: CodegenConfig = {
  schema: '../schema/supergraph.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
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
