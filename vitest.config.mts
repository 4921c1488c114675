import { configDefaults, defineConfig } from 'vitest/config';

// Unit tests live beside the code; renderer tests opt into happy-dom with a
// `// @vitest-environment happy-dom` docblock so database tests stay on plain Node.
export default defineConfig({
  test: {
    include: [
      'src-main/**/*.test.ts',
      'src-shared/**/*.test.ts',
      'src-renderer/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
      'src-hub/**/*.test.ts',
    ],
    // Hub tests that need a PostgreSQL server run in `npm run test:pg` (vitest.pg.config.mts).
    exclude: [...configDefaults.exclude, '**/*.pg.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
