import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.skillpath-data/**', 'apps/api/public/**', 'bench/out/**', 'apps/web/src/gql/**', 'apps/web/e2e/output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['@app/*/src/*', '../../*/src/*'], message: 'Import a lib through its public face (@app/<lib>).' }],
        paths: [{ name: '@nestjs/graphql', importNames: ['GraphQLISODateTime'], message: "Use DateTimeScalar from @app/shared: a second scalar named DateTime breaks the schema." }],
      }],
    },
  },
  {
    // The worker process is the API's composition without HTTP: it reuses apps/api's module and entity lists.
    files: ['apps/worker/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['@app/*/src/*', '../../!(api)/src/*'], message: 'Import a lib through its public face (@app/<lib>).' }],
      }],
    },
  },
  {
    files: ['libs/!(connectors)/**/*.ts', 'apps/**/*.ts'],
    ignores: ['apps/api/src/app.module.ts', 'apps/api/src/entities.ts', 'apps/worker/src/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['@app/*/src/*'], message: 'Import a lib through its public face (@app/<lib>).' },
          { group: ['@app/connectors', '@app/connectors/*'], message: 'The core never imports a connector.' },
        ],
        paths: [{ name: '@nestjs/graphql', importNames: ['GraphQLISODateTime'], message: "Use DateTimeScalar from @app/shared: a second scalar named DateTime breaks the schema." }],
      }],
    },
  },
);
