/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precompiledScenarios } from './src/ui/library/scenarioPlugin.ts';
import { contentSecurityPolicy, policyWithLrs } from './src/ui/shell/contentSecurityPolicy.ts';

export default defineConfig({
  plugins: [
    react(),
    // Scenarios are parsed and checked at build time so the first load ships no YAML parser.
    precompiledScenarios(),
    // A host that runs an LRS lets the app reach it: LRS_ORIGINS=https://lrs.example.org.
    contentSecurityPolicy(policyWithLrs(process.env.LRS_ORIGINS)),
    VitePWA({
      // A new version waits until the learner chooses to load it (never in the middle of a
      // call); src/ui/shell/ registers the worker itself, after the first screen is up.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
      manifest: {
        name: 'Follow-Up Call Trainer',
        short_name: 'Call Trainer',
        description:
          'Rehearse the follow-up phone call after a job interview. Everything stays on your device.',
        lang: 'en',
        // start_url and scope follow Vite's base (the SCORM package is built with base './').
        display: 'standalone',
        theme_color: '#083f78',
        background_color: '#f6f8fa',
        icons: [
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // Every chunk, the grader's (with its model weights) included, so a call can be played
        // and graded with no network after the first visit.
        globPatterns: ['**/*.{js,css,html}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  resolve: {
    // zod in jitless mode, so it never probes for eval under the CSP (see the file).
    alias: [
      {
        find: /^zod$/,
        replacement: fileURLToPath(new URL('./src/ui/shell/zodJitless.ts', import.meta.url)),
      },
    ],
  },
  // No modulepreload polyfill in the entry: a browser without modulepreload (Firefox before
  // 115) still loads every chunk, only a little later.
  build: { target: 'es2022', sourcemap: true, modulePreload: { polyfill: false } },
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
