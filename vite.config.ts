/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: { target: 'es2022', sourcemap: true },
  test: {
    include: [
      'tests/unit/**/*.test.ts',
      'tests/component/**/*.test.tsx',
      'tests/scenarios/**/*.test.ts',
    ],
    environment: 'node',
    environmentMatchGlobs: undefined,
    setupFiles: ['tests/helpers/setup.ts'],
    testTimeout: 20_000,
  },
});
