/**
 * zod as the app's code sees it in the browser (vite.config.ts points `zod` here): set to
 * `jitless` before any schema is built. zod otherwise probes for eval (`new Function('')`)
 * when it builds its first object schema, and under the page's CSP (no 'unsafe-eval') the
 * browser reports that probe as a violation even though zod catches the error.
 */
import { config } from 'zod/v4/core';

config({ jitless: true });

export * from 'zod/v4';
export { default } from 'zod/v4';
