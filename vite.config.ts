/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompiledScenarios } from './src/ui/library/scenarioPlugin.ts';

export default defineConfig({
  // Scenarios are parsed and checked at build time so the first load ships no YAML parser.
  plugins: [react(), precompiledScenarios()],
  build: { target: 'es2022', sourcemap: true },
  test: {
    setupFiles: ['tests/helpers/setup.ts'],
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/scenarios/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
        },
      },
    ],
  },
});
