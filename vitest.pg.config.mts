import { defineConfig } from 'vitest/config';

// The hub's tests against a real PostgreSQL: `npm run test:pg` runs them inside pg_virtualenv (a
// throwaway cluster). `npm run test:unit` leaves them out; `npm test` runs both.
export default defineConfig({
  test: {
    include: ['src-hub/**/*.pg.test.ts', 'src-main/**/*.pg.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
