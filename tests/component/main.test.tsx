import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

function throwing(name: string) {
  Object.defineProperty(window, name, {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
}

describe('the page in a browser that blocks storage (Firefox with cookies blocked)', () => {
  it('still shows the scenarios, and says finished campaigns are kept in this tab only', async () => {
    throwing('indexedDB');
    throwing('localStorage');
    throwing('sessionStorage');
    document.body.innerHTML = '<div id="root"></div>';
    await import('../../src/ui/main');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Choose a call to practise' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(/Finished campaigns are kept in this tab only/),
    ).toBeInTheDocument();
  });
});
