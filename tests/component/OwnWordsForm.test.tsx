import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ANSWER_MAX_CHARS } from '../../src/scenario/limits';
import { OwnWordsForm } from '../../src/ui/components/OwnWordsForm';
import { expectNoAxeViolations } from '../helpers/axe';

function Harness() {
  const [draft, setDraft] = useState('');
  return <OwnWordsForm draft={draft} onDraftChange={setDraft} onSay={() => undefined} />;
}

describe('the answer box', () => {
  it('counts the characters typed against its limit and stops at the limit', async () => {
    const { container } = render(<Harness />);
    const box = screen.getByRole('textbox', { name: 'Or say it in your own words' });
    await userEvent.type(box, 'Hello there');
    expect(screen.getByText(`11 of ${ANSWER_MAX_CHARS} characters`)).toBeVisible();
    await userEvent.clear(box);
    await userEvent.click(box);
    await userEvent.paste('x'.repeat(ANSWER_MAX_CHARS + 50));
    expect((box as HTMLTextAreaElement).value).toHaveLength(ANSWER_MAX_CHARS);
    expect(screen.getByText(`${ANSWER_MAX_CHARS} of ${ANSWER_MAX_CHARS} characters`)).toBeVisible();
    await expectNoAxeViolations(container);
  });
});

/** A parent that changes the draft itself, as the caller's turn does (clearing, heard words). */
function ParentHarness({ start = '' }: { start?: string }) {
  const [draft, setDraft] = useState(start);
  return (
    <>
      <OwnWordsForm draft={draft} onDraftChange={setDraft} onSay={() => setDraft('')} />
      <button type="button" onClick={() => setDraft((d) => `${d} heard words`.trim())}>
        Hear
      </button>
    </>
  );
}

describe('the answer box and its draft', () => {
  it('shows a draft it starts with, and what the parent sets it to', async () => {
    render(<ParentHarness start="Kept from before" />);
    const box = screen.getByRole<HTMLTextAreaElement>('textbox');
    expect(box.value).toBe('Kept from before');
    await userEvent.click(screen.getByRole('button', { name: 'Hear' }));
    expect(box.value).toBe('Kept from before heard words');
    expect(screen.getByText(`28 of ${ANSWER_MAX_CHARS} characters`)).toBeVisible();
  });

  it('empties once the line is said, and takes new typing after that', async () => {
    render(<ParentHarness />);
    const box = screen.getByRole<HTMLTextAreaElement>('textbox');
    await userEvent.type(box, 'Hello Dana{Enter}');
    expect(box.value).toBe('');
    expect(screen.getByText(`0 of ${ANSWER_MAX_CHARS} characters`)).toBeVisible();
    await userEvent.type(box, 'Again');
    expect(box.value).toBe('Again');
    expect(screen.getByRole('button', { name: 'Say it' })).toBeEnabled();
  });

  it('leaves the box’s own text alone while the learner types (only its value changes)', async () => {
    render(<ParentHarness />);
    const box = screen.getByRole<HTMLTextAreaElement>('textbox');
    await userEvent.type(box, 'Hello');
    await userEvent.click(screen.getByRole('button', { name: 'Hear' }));
    expect(box.value).toBe('Hello heard words');
    // A controlled textarea would have its default value (its text child) rewritten each time.
    expect(box.defaultValue).toBe('');
    expect(box.childNodes).toHaveLength(0);
  });
});
