import { type CodegenConfig } from '@graphql-codegen/cli';

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
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { hashAlgorithm: 'sha256' },
      },
      config: { enumsAsTypes: true, useTypeImports: true },
    },
  },
};

export default config;
