import { defineConfig } from 'vitest/config';

// The renderer build lands with the review workspace; for now Vite serves the unit tests.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default'],
  },
});
