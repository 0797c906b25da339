import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  // Each test starts at the app's bare address (the screen routes live in the fragment).
  if (typeof window !== 'undefined') window.history.replaceState(null, '', '/');
});
