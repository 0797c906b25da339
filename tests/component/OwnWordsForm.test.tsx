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
