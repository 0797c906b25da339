import { render, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { preloaded, useLoaded } from '../../src/ui/preloaded';

function Show({ part }: { part: ReturnType<typeof preloaded<string>> }) {
  const value = useLoaded(part);
  return <p>{value ?? 'waiting'}</p>;
}

class Catch extends Component<{ children: ReactNode }, { error?: string }> {
  override state: { error?: string } = {};
  static getDerivedStateFromError(e: Error) {
    return { error: e.message };
  }
  override render() {
    return this.state.error ? <p>failed: {this.state.error}</p> : this.props.children;
  }
}

describe('a part fetched ahead', () => {
  it('shows at the first render once fetched, and fetches only once', async () => {
    const load = vi.fn(async () => 'the debrief');
    const part = preloaded(load);
    await part.start();
    render(<Show part={part} />);
    // No "waiting" first: what was fetched ahead is there at once.
    expect(screen.getByText('the debrief')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('waits for a part not yet here, then shows it', async () => {
    const part = preloaded(async () => 'later');
    render(<Show part={part} />);
    expect(screen.getByText('waiting')).toBeInTheDocument();
    expect(await screen.findByText('later')).toBeInTheDocument();
  });

  it('hands a failed fetch to the error boundary, and a later start tries again', async () => {
    let fail = true;
    const part = preloaded(async () => {
      if (fail) throw new Error('offline');
      return 'back';
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <Catch>
        <Show part={part} />
      </Catch>,
    );
    expect(await screen.findByText('failed: offline')).toBeInTheDocument();
    fail = false;
    await expect(part.start()).resolves.toBe('back');
  });
});
