import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const services = ['province', 'city', 'district'];

// Each level's subgraph is deployed on its own: it may use the packages, never another level.
const noCrossServiceImports = services.map((service) => ({
  files: [`services/${service}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: services
          .filter((other) => other !== service)
          .flatMap((other) => [
            {
              group: [`@union/${other}`, `@union/${other}/*`],
              message: 'Services may not import each other.',
            },
            {
              group: [`**/${other}/src/**`, `**/services/${other}/**`],
              message: 'Services may not import each other.',
            },
          ]),
      },
    ],
  },
}));

// The domain package is the project's rules without a server: nothing in it may reach for
// GraphQL, the ORM, HTTP or a database driver, so the audit CLI and any other client can use it.
const SERVER_LIBRARIES = [
  'graphql',
  'type-graphql',
  '@apollo/*',
  '@mikro-orm/*',
  'express',
  'dataloader',
  'pg',
  'knex',
  '@union/subgraph-kit',
  '@union/province',
  '@union/city',
  '@union/district',
  '@union/gateway',
];
const pureDomain = {
  files: ['packages/domain/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: SERVER_LIBRARIES, message: 'The domain package imports no server library.' },
        ],
      },
    ],
  },
};

// The audit CLI is a client of the gateway: it may use the domain package, nothing server-side.
const clientOnly = {
  files: ['clients/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: SERVER_LIBRARIES.filter((name) => name !== 'graphql'),
            message: 'A client talks to the gateway; it imports only @union/domain.',
          },
        ],
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      'data/**',
      'schema/**',
      'bench/results/**',
      'web/dist/**',
      'web/src/gql/**',
      '**/dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', fetch: 'readonly' },
    },
    rules: {
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
    },
  },
  ...noCrossServiceImports,
  pureDomain,
  clientOnly,
);
