import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const services = ['province', 'city', 'district'];

// Each level's subgraph is deployed on its own: it may use services/common, never another level.
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

export default tseslint.config(
  { ignores: ['**/node_modules/**', 'data/**', 'schema/**', 'bench/results/**'] },
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
);
