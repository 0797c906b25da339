import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  // Each test starts at the app's bare address (the screen routes live in the fragment).
  if (typeof window !== 'undefined') {
    window.history.replaceState(null, '', '/');
    // Drafts are kept per tab; each test is a fresh tab.
    try {
      window.sessionStorage.clear();
    } catch {
      // A test that blocked storage (as a browser may) has nothing kept to clear.
    }
  }
});
