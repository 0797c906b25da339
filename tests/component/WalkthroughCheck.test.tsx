import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import { WalkthroughCheck } from '../../src/ui/own/WalkthroughCheck';
import { expectNoAxeViolations } from '../helpers/axe';
import { renderWithServices } from '../helpers/renderUi';
import { fakeServices } from '../helpers/uiFakes';

const ROOT = join(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

function tooSoon() {
  const loaded = loadScenario(read('scenarios/too-soon.yaml'), 'too-soon.yaml');
  if (!loaded.ok) throw new Error('too-soon.yaml does not load');
  return loaded.scenario;
}

async function runWith(text: string) {
  const view = renderWithServices(
    <WalkthroughCheck scenario={tooSoon()} name="too-soon.yaml" />,
    fakeServices(),
  );
  fireEvent.change(screen.getByLabelText('Walkthrough file (YAML)'), { target: { value: text } });
  await userEvent.click(screen.getByRole('button', { name: 'Run the walkthroughs' }));
  return view;
}

describe('walkthroughs run in the browser', () => {
  it('says which walkthroughs of the file pass, as scenarios:check runs them', async () => {
    const text = read('scenarios/too-soon.walkthrough.yaml');
    const count = (text.match(/^ {2}- name:/gm) ?? []).length;
    const { container } = await runWith(text);
    expect(
      await screen.findByText(`${count} of ${count} walkthrough(s) pass.`, undefined, {
        timeout: 5000,
      }),
    ).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('shows where a walkthrough goes wrong, at its line', async () => {
    const text = read('scenarios/too-soon.walkthrough.yaml').replace(
      'expect: bridgetUpdate',
      'expect: nowhereNode',
    );
    await runWith(text);
    const failure = await screen.findByText(
      /too-soon\.walkthrough\.yaml:3:5: "waiting three days/,
      undefined,
      {
        timeout: 5000,
      },
    );
    expect(failure).toHaveTextContent('expected to be at "nowhereNode"');
  });

  it('names the problems of a file that is not a walkthrough file', async () => {
    await runWith('scenario: [');
    expect(
      await screen.findByText('The walkthrough file has problems:', undefined, { timeout: 5000 }),
    ).toBeInTheDocument();
  });
});
