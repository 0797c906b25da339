import { forEachDiagnostic } from '@codemirror/lint';
import { EditorView } from '@codemirror/view';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { App, loadCampaignCode } from '../../src/ui/App';
import { LIVE_CHECK_MS } from '../../src/ui/own/useLiveCheck';
import { expectNoAxeViolations } from '../helpers/axe';
import '../helpers/codeMirrorDom';
import { fakeScenarioYaml } from '../helpers/fakes';
import { renderWithServices } from '../helpers/renderUi';
import { fakeServices, fakeUiScenario } from '../helpers/uiFakes';

beforeAll(async () => {
  await loadCampaignCode();
});

const library = { scenarios: [fakeUiScenario()], problems: [] };

let services = fakeServices();

async function openOwn() {
  window.history.replaceState(null, '', '#/own');
  services = fakeServices();
  const view = renderWithServices(<App library={library} />, services);
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Open your own scenario' }),
  ).toBeInTheDocument();
  await editor();
  return view;
}

/** The CodeMirror view behind the labelled text box (once its chunk has loaded). */
async function editor(): Promise<EditorView> {
  return waitFor(() => {
    const box = screen.getByRole('textbox', { name: 'Scenario file (YAML)' });
    const view = box.classList.contains('cm-content') ? EditorView.findFromDOM(box) : null;
    if (!view) throw new Error('the code editor is not on the screen yet');
    return view;
  });
}

const paste = async (text: string) => {
  const view = await editor();
  act(() => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }));
};

/** Pauses typing long enough for the check as you type. */
const pause = () => act(() => services.clock.advance(LIVE_CHECK_MS));

const marked = (view: EditorView) => {
  const found: { line: number; message: string; severity: string }[] = [];
  forEachDiagnostic(view.state, (d, from) =>
    found.push({
      line: view.state.doc.lineAt(from).number,
      message: d.message,
      severity: d.severity,
    }),
  );
  return found;
};

describe('a coach’s own scenario', () => {
  it('is refused with its file:line:column problems, as scenarios:check says them', async () => {
    const { container } = await openOwn();
    await paste(fakeScenarioYaml({ id: 'mine', tips: 'T1' }));
    await userEvent.click(screen.getByRole('button', { name: 'Check it' }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/my-scenario\.yaml:\d+:\d+: tips: expected a list/);
    await expectNoAxeViolations(container);
  });

  it('plays at once when it is valid', async () => {
    await openOwn();
    await paste(fakeScenarioYaml({ id: 'mine', title: 'Mine' }));
    await userEvent.click(screen.getByRole('button', { name: 'Check it' }));
    expect(screen.getByText('“Mine” is valid')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Play “Mine”' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Plan your call: Mine');
  });

  it('starts from a copy of a built-in scenario, which checks as valid under its own id', async () => {
    await openOwn();
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: /Start from a copy of/ }),
      'tiny',
    );
    expect(screen.getByText(/Copied “Tiny” as my-tiny/)).toBeInTheDocument();
    expect((await editor()).state.doc.toString()).toContain('id: my-tiny');
    await userEvent.click(screen.getByRole('button', { name: 'Check it' }));
    expect(screen.getByText('“Tiny (my copy)” is valid')).toBeInTheDocument();
  });

  it('keeps a valid scenario on the device, plays it from My scenarios after a reload, and removes it', async () => {
    localStorage.clear();
    const first = await openOwn();
    await paste(fakeScenarioYaml({ id: 'kept-one', title: 'Kept one' }));
    await userEvent.click(screen.getByRole('button', { name: 'Check it' }));
    await userEvent.click(screen.getByRole('button', { name: 'Keep on this device' }));
    expect(screen.getByText(/“Kept one” is kept on this device/)).toBeInTheDocument();
    first.unmount();
    const { container } = await openOwn();
    const mine = screen.getByRole('region', { name: 'My scenarios' });
    expect(mine).toHaveTextContent('Kept one');
    await expectNoAxeViolations(container);
    await userEvent.click(screen.getByRole('button', { name: 'Remove “Kept one”' }));
    expect(screen.getByRole('region', { name: 'My scenarios' })).toHaveTextContent('None kept');
    await paste(fakeScenarioYaml({ id: 'kept-two', title: 'Kept two' }));
    await userEvent.click(screen.getByRole('button', { name: 'Check it' }));
    await userEvent.click(screen.getByRole('button', { name: 'Keep on this device' }));
    await userEvent.click(
      within(screen.getByRole('region', { name: 'My scenarios' })).getByRole('button', {
        name: 'Play “Kept two”',
      }),
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Plan your call: Kept two');
  });

  it('marks a problem at its line as you type, clears it when fixed, and keeps the map of the last valid text', async () => {
    const { container } = await openOwn();
    const view = await editor();
    const good = fakeScenarioYaml({ id: 'mine', title: 'Mine' });
    await paste(good);
    pause();
    expect(marked(view)).toEqual([]);
    expect(screen.getByRole('heading', { level: 2, name: 'Map: Mine' })).toBeInTheDocument();
    expect(screen.getByText(/As you type: valid/)).toBeInTheDocument();

    const broken = good.replace(/^difficulty: \w+$/m, 'difficulty: impossible');
    const line = broken.split('\n').findIndex((l) => l.startsWith('difficulty')) + 1;
    await paste(broken);
    expect(marked(view)).toEqual([]);
    pause();
    expect(marked(view)).toEqual([
      {
        line,
        severity: 'error',
        message: expect.stringMatching(new RegExp(`^my-scenario\\.yaml:${line}:\\d+: difficulty`)),
      },
    ]);
    expect(
      screen.getByText(`As you type: 1 problem, marked in the editor (line ${line}).`),
    ).toBeInTheDocument();
    expect(screen.getByText(/Out of date:/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Map: Mine' })).toBeInTheDocument();
    await expectNoAxeViolations(container);

    await paste(good.replace('title: Mine', 'title: Mine again'));
    pause();
    expect(marked(view)).toEqual([]);
    expect(screen.queryByText(/Out of date:/)).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Map: Mine again' })).toBeInTheDocument();
  });

  it('says how to leave the editor by keyboard, and describes the editor with it', async () => {
    await openOwn();
    const box = screen.getByRole('textbox', { name: 'Scenario file (YAML)' });
    expect(box).toHaveAccessibleDescription(/press Escape, then Tab/);
  });

  it('warns, at the choice, where the classifier reads it differently from its tags', async () => {
    await openOwn();
    const view = await editor();
    // "Hi, Sam here." tagged as pushy: the classifier reads no pressure in it.
    const text = fakeScenarioYaml({ id: 'mine' }).replace(
      'Hi, Sam here.\n          intents:\n            - identify\n',
      'Hi, Sam here.\n          intents:\n            - identify\n            - pressure\n',
    );
    expect(text).toContain('- pressure');
    await paste(text);
    await pause();
    await waitFor(
      () => {
        const warnings = marked(view).filter((m) => m.severity === 'warning');
        expect(warnings.map((w) => w.message).join('\n')).toMatch(
          /reads this choice differently from its tags/,
        );
      },
      { timeout: 5000 },
    );
  });
});
