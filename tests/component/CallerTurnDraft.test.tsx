import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Later } from '../../src/storage/laterSaves';
import { CallerTurn } from '../../src/ui/components/CallerTurn';
import { loadDraft } from '../../src/ui/model/drafts';
import { renderWithServices } from '../helpers/renderUi';
import { fakeServices, fakeUiScenario } from '../helpers/uiFakes';

/** Idle time the test hands out: `idle()` runs what waits for it. */
function manualLater() {
  const waiting = new Set<() => void>();
  const later: Later = (work) => {
    waiting.add(work);
    return () => waiting.delete(work);
  };
  const idle = () =>
    act(() => {
      for (const work of [...waiting]) {
        waiting.delete(work);
        work();
      }
    });
  return { later, idle };
}

const reply = fakeUiScenario().nodes.hello?.reply;

/** The caller's turn at `turns` lines into call 1; each sent line moves it two lines on. */
function Turns({ sent }: { sent: string[] }) {
  const [lines, setLines] = useState(1);
  if (!reply) throw new Error('the fake scenario has no reply at hello');
  const key = `1:${lines}`;
  return (
    <CallerTurn
      reply={reply}
      order={[0, 1]}
      turnKey={key}
      draftKey={`s1/${key}`}
      onChoose={() => undefined}
      sayNow={(text) => text}
      onSay={(text) => {
        sent.push(text);
        setLines((n) => n + 2);
        return true;
      }}
    />
  );
}

function renderTurn(later: Later, sent: string[]) {
  return renderWithServices(<Turns sent={sent} />, fakeServices({ later }));
}

afterEach(() => sessionStorage.clear());

describe('the typed draft of a turn', () => {
  it('is kept while typing, and the sent line’s draft is forgotten once the frame is drawn', async () => {
    const time = manualLater();
    const sent: string[] = [];
    renderTurn(time.later, sent);
    const box = screen.getByRole<HTMLTextAreaElement>('textbox', {
      name: 'Or say it in your own words',
    });
    await userEvent.type(box, 'Hello Jo');
    expect(loadDraft('s1/1:1')).toBe('Hello Jo');
    await userEvent.keyboard('{Enter}');
    expect(sent).toEqual(['Hello Jo']);
    expect(box.value).toBe('');
    time.idle();
    expect(loadDraft('s1/1:1')).toBe('');
  });

  it('keeps what is typed at the next turn when the sent line’s draft is forgotten', async () => {
    const time = manualLater();
    const sent: string[] = [];
    renderTurn(time.later, sent);
    const box = () =>
      screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Or say it in your own words' });
    await userEvent.type(box(), 'First line{Enter}');
    await userEvent.type(box(), 'Second');
    time.idle();
    expect(loadDraft('s1/1:1')).toBe('');
    expect(loadDraft('s1/1:3')).toBe('Second');
    expect(box().value).toBe('Second');
  });
});
