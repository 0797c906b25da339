import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Later } from '../../src/storage/laterSaves';
import { CampaignScreen } from '../../src/ui/campaign/CampaignScreen';
import type { Classifier, ClassifierLoader } from '../../src/ui/campaign/classifier';
import * as classifierChunk from '../../src/ui/campaign/classifierChunk';
import { LoadProblemBoundary } from '../../src/ui/components/LoadProblemBoundary';
import { expectNoAxeViolations } from '../helpers/axe';
import { renderWithServices } from '../helpers/renderUi';
import { fakeServices, fakeUiScenario } from '../helpers/uiFakes';

/** A classifier loader the test settles by hand: `resolve()`, `reject()`. */
function manualClassifier() {
  const calls: { resolve: (c: Classifier) => void; reject: (e: Error) => void }[] = [];
  const load: ClassifierLoader = () =>
    new Promise<Classifier>((resolve, reject) => {
      calls.push({ resolve, reject });
    });
  const settleAll = async (how: 'resolve' | 'reject') => {
    await act(async () => {
      for (const call of calls.splice(0)) {
        if (how === 'resolve') call.resolve(classifierChunk);
        else call.reject(new Error('offline'));
      }
    });
  };
  return { load, resolve: () => settleAll('resolve'), reject: () => settleAll('reject') };
}

async function startCall(loader: ClassifierLoader, later?: Later) {
  const services = fakeServices({ classifier: loader, ...(later ? { later } : {}) });
  const view = renderWithServices(
    <CampaignScreen
      scenario={fakeUiScenario()}
      onShowProgress={() => undefined}
      onExit={() => undefined}
    />,
    services,
  );
  await userEvent.click(screen.getByRole('radio', { name: /^Day 3\b/ }));
  await userEvent.click(screen.getByRole('radio', { name: /10:30/ }));
  await userEvent.click(screen.getByRole('button', { name: /^Dial/ }));
  return { ...view, services };
}

const box = () => screen.getByLabelText('Or say it in your own words');

describe('a typed line while the classifier loads', () => {
  it('keeps the line in the box and shows it is being understood until it is sent', async () => {
    const classifier = manualClassifier();
    const { container } = await startCall(classifier.load);
    await userEvent.type(box(), 'I demand an answer right now!{Enter}');
    expect(box()).toHaveValue('I demand an answer right now!');
    expect(screen.getByRole('button', { name: 'Say it' })).toBeDisabled();
    expect(screen.getByText('Understanding…')).toHaveAttribute('role', 'status');
    await expectNoAxeViolations(container);
    await classifier.resolve();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Call 1 is over');
  });

  it('drops the line if the call moved on before it was understood', async () => {
    const classifier = manualClassifier();
    const { services } = await startCall(classifier.load);
    await userEvent.type(box(), 'Hello there{Enter}');
    await userEvent.click(screen.getByRole('button', { name: 'Hang up' }));
    await classifier.resolve();
    expect(services.session.load()?.events.map((e) => e.type)).toEqual([
      'plan.dial',
      'caller.hungUp',
    ]);
  });

  it('puts the line back with a reason when the classifier cannot load, and sends it on retry', async () => {
    const classifier = manualClassifier();
    await startCall(classifier.load);
    await userEvent.type(box(), 'I demand an answer right now!{Enter}');
    await classifier.reject();
    expect(box()).toHaveValue('I demand an answer right now!');
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent(/could not be sent/);
    expect(screen.getByRole('button', { name: 'Say it' })).toBeEnabled();
    await userEvent.click(screen.getByRole('button', { name: 'Say it' }));
    await classifier.resolve();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Call 1 is over');
  });
});

describe('a typed line once the classifier is here', () => {
  it('is read and sent in the key press itself: the reply shows with no "Understanding…" between', async () => {
    const { services } = await startCall(() => Promise.resolve(classifierChunk));
    // The call screen fetched the classifier as the call began.
    await act(async () => undefined);
    const said: string[] = [];
    const status = screen.getByText((_, element) => element?.className === 'own-words-status');
    const watch = new MutationObserver(() => said.push(status.textContent ?? ''));
    watch.observe(status, { childList: true, characterData: true, subtree: true });
    await userEvent.type(box(), 'I demand an answer right now!');
    await userEvent.keyboard('{Enter}');
    watch.disconnect();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Call 1 is over');
    expect(said).not.toContain('Understanding…');
    // The line means what the classifier read in it, carried in the log.
    expect(services.session.load()?.events.at(-1)).toEqual(
      classifierChunk.callerSaid('I demand an answer right now!'),
    );
  });
});

/** The classifier, counting the lines it reads. */
function countingClassifier() {
  const read: string[] = [];
  const classifier: Classifier = {
    callerSaid: (text, ...rest) => {
      read.push(text);
      return classifierChunk.callerSaid(text, ...rest);
    },
  };
  return { read, load: () => Promise.resolve(classifier) };
}

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
  return { later, idle, waiting };
}

describe('a typed line read while the learner pauses', () => {
  const LINE = 'I demand an answer right now!';

  it('is read once, in idle time, and that reading is what Enter sends', async () => {
    const classifier = countingClassifier();
    const time = manualLater();
    const { services } = await startCall(classifier.load, time.later);
    await act(async () => undefined);
    await userEvent.type(box(), LINE);
    expect(classifier.read).toEqual([]);
    time.idle();
    expect(classifier.read).toEqual([LINE]);
    await userEvent.keyboard('{Enter}');
    expect(classifier.read).toEqual([LINE]);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Call 1 is over');
    expect(services.session.load()?.events.at(-1)).toEqual(classifierChunk.callerSaid(LINE));
  });

  it('is read again in the key press when the words changed after the pause', async () => {
    const classifier = countingClassifier();
    const time = manualLater();
    const { services } = await startCall(classifier.load, time.later);
    await act(async () => undefined);
    await userEvent.type(box(), 'Hello there');
    time.idle();
    await userEvent.type(box(), `, ${LINE}`);
    await userEvent.keyboard('{Enter}');
    const sent = `Hello there, ${LINE}`;
    expect(classifier.read).toEqual(['Hello there', sent]);
    expect(services.session.load()?.events.at(-1)).toEqual(classifierChunk.callerSaid(sent));
  });

  it('is not read for a box emptied again, and nothing waits once the call is left', async () => {
    const classifier = countingClassifier();
    const time = manualLater();
    const { unmount } = await startCall(classifier.load, time.later);
    await act(async () => undefined);
    await userEvent.type(box(), 'Hi');
    await userEvent.clear(box());
    time.idle();
    expect(classifier.read).toEqual([]);
    await userEvent.type(box(), 'Hi');
    unmount();
    expect(time.waiting.size).toBe(0);
  });
});

function Broken(): never {
  throw new Error('Failed to fetch dynamically imported module');
}

describe('a lazily loaded part that fails', () => {
  it('says what is missing and offers a reload instead of a blank page', async () => {
    const quiet = console.error;
    console.error = () => undefined;
    try {
      const { container } = render(
        <LoadProblemBoundary what="The debrief">
          <Broken />
        </LoadProblemBoundary>,
      );
      expect(screen.getByRole('alert')).toHaveTextContent('The debrief could not be loaded');
      expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
      await expectNoAxeViolations(container);
    } finally {
      console.error = quiet;
    }
  });
});
