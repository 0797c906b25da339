import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { listenFailure } from '../../src/speech/index';
import { readyVoice } from '../../src/ui/voice/runtime';
import VoiceAnswer from '../../src/ui/voice/VoiceAnswer';
import { expectNoAxeViolations } from '../helpers/axe';
import { renderWithServices } from '../helpers/renderUi';
import { fakeServices } from '../helpers/uiFakes';
import {
  type FakeVoiceRuntimeOptions,
  fakeVoiceRuntime,
  storedSettings,
} from '../helpers/voiceFakes';

const BROWSER_ENGINE = 'Use the browser’s speech service (audio may go to a server)';

/** The answer for one caller turn; `turn.set` moves the turn on, as the call screen does. */
function OnTurn({
  turn,
  onHeard,
  onFallback,
}: {
  turn: { set: (turnKey: string) => void };
  onHeard: (text: string, seconds: number) => void;
  onFallback: (heard: string) => void;
}) {
  const [turnKey, setTurnKey] = useState('1:1');
  turn.set = setTurnKey;
  return <VoiceAnswer turnKey={turnKey} onHeard={onHeard} onFallback={onFallback} />;
}

function renderVoice(options: FakeVoiceRuntimeOptions = {}) {
  const runtime = fakeVoiceRuntime(options);
  const heard: { text: string; seconds: number }[] = [];
  const fallbacks: string[] = [];
  const services = fakeServices({ voice: readyVoice(runtime) });
  const turn: { set: (turnKey: string) => void } = { set: () => undefined };
  const view = renderWithServices(
    <OnTurn
      turn={turn}
      onHeard={(text, seconds) => heard.push({ text, seconds })}
      onFallback={(words) => fallbacks.push(words)}
    />,
    services,
  );
  const nextTurn = (turnKey: string) => act(() => turn.set(turnKey));
  return { ...view, runtime, heard, fallbacks, clock: services.clock, nextTurn };
}

/**
 * The microphone button, once the controls' effects have run: the button shows as soon as the
 * capabilities arrive, a moment before its machine starts and the page-wide shortcut is bound,
 * and a click inside that moment (only a test is that fast) would find nobody listening.
 */
async function findMic(): Promise<HTMLElement> {
  const mic = await screen.findByRole('button', { name: 'Speak your answer' });
  await act(async () => {});
  return mic;
}

/** Consent given on an earlier visit, so the microphone opens at once. */
const CONSENTED = { settings: { consentGiven: true } };

describe('the privacy notice', () => {
  it('comes up at the first press, takes focus and says the audio may go to a server', async () => {
    const { container, runtime } = renderVoice();
    await userEvent.click(await findMic());
    const notice = screen.getByRole('region', { name: 'Before you use the microphone' });
    expect(screen.getByRole('heading', { name: 'Before you use the microphone' })).toHaveFocus();
    expect(notice).toHaveTextContent('may send your audio to a server');
    expect(notice).toHaveTextContent("(Chrome's does)");
    expect(screen.getByRole('button', { name: 'Speak your answer' })).toBeDisabled();
    expect(runtime.listener.startCalls).toBe(0);
    await expectNoAxeViolations(container);
  });

  it('offers on-device listening only where the browser has it', async () => {
    renderVoice({ caps: { supported: true, onDevice: 'available' } });
    await userEvent.click(await findMic());
    const notice = screen.getByRole('region', { name: 'Before you use the microphone' });
    expect(notice).toHaveTextContent('your voice stays on this computer');
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(
      expect.arrayContaining(['Listen on this device only', BROWSER_ENGINE, 'Type instead']),
    );
  });

  it('leaves out on-device listening where the browser cannot say', async () => {
    renderVoice();
    await userEvent.click(await findMic());
    expect(screen.queryByRole('button', { name: 'Listen on this device only' })).toBeNull();
  });

  it('remembers the choice and listens, handing focus back to the microphone', async () => {
    const { runtime } = renderVoice({ caps: { supported: true, onDevice: 'available' } });
    await userEvent.click(await findMic());
    await userEvent.click(screen.getByRole('button', { name: 'Listen on this device only' }));
    expect(runtime.listener.startCalls).toBe(1);
    expect(storedSettings(runtime)).toMatchObject({ consentGiven: true, onDevice: true });
    // The listener read the choice before it started.
    expect(runtime.settings.get().onDevice).toBe(true);
    const mic = screen.getByRole('button', { name: 'Speak your answer' });
    expect(mic).toHaveFocus();
    expect(mic).toHaveAttribute('aria-pressed', 'true');
  });

  it('lets the caller type instead, without opening the microphone', async () => {
    const { runtime } = renderVoice();
    await userEvent.click(await findMic());
    await userEvent.click(screen.getByRole('button', { name: 'Type instead' }));
    expect(screen.getByRole('status')).toHaveTextContent(listenFailure('declined').reason);
    expect(runtime.listener.startCalls).toBe(0);
    expect(storedSettings(runtime).consentGiven).toBeUndefined();
  });

  it('comes back when consent covered only on-device listening and that is gone', async () => {
    renderVoice({ settings: { consentGiven: true, onDevice: true } });
    await userEvent.click(await findMic());
    expect(screen.getByRole('region', { name: 'Before you use the microphone' })).toBeVisible();
  });
});

describe('speaking an answer', () => {
  it('shows the live words and hands over the heard line with its speaking time', async () => {
    const { runtime, heard, container } = renderVoice(CONSENTED);
    const mic = await findMic();
    await userEvent.click(mic);
    expect(screen.getByRole('status')).toHaveTextContent('Starting the microphone…');
    act(() => runtime.listener.emit({ type: 'started' }));
    act(() => runtime.listener.emit({ type: 'interim', text: 'Is the role' }));
    expect(screen.getByRole('status')).toHaveTextContent('Listening: speak now');
    expect(container.querySelector('.interim')).toHaveTextContent('Heard so far: “Is the role”');
    await expectNoAxeViolations(container);
    act(() =>
      runtime.listener.emit({ type: 'final', text: 'Is the role still open?', seconds: 2.5 }),
    );
    expect(heard).toEqual([{ text: 'Is the role still open?', seconds: 2.5 }]);
    // Back to idle, ready for another try if the campaign stays on this turn.
    expect(mic).toHaveAttribute('aria-pressed', 'false');
  });

  it('toggles with taps: the first starts, the second stops', async () => {
    const { runtime } = renderVoice(CONSENTED);
    const mic = await findMic();
    await userEvent.click(mic);
    expect(runtime.listener.startCalls).toBe(1);
    expect(runtime.listener.stopCalls).toBe(0);
    await userEvent.click(mic);
    expect(runtime.listener.stopCalls).toBe(1);
  });

  it('is push-to-talk when held: letting go stops', async () => {
    const { runtime, clock } = renderVoice(CONSENTED);
    const user = userEvent.setup();
    const mic = await findMic();
    await user.pointer({ keys: '[MouseLeft>]', target: mic });
    expect(runtime.listener.startCalls).toBe(1);
    act(() => clock.advance(1500));
    await user.pointer({ keys: '[/MouseLeft]', target: mic });
    expect(runtime.listener.stopCalls).toBe(1);
  });

  it('works from the keyboard: Space held, or Enter to start and Enter to stop', async () => {
    const { runtime, clock } = renderVoice(CONSENTED);
    const user = userEvent.setup();
    const mic = await findMic();
    mic.focus();
    await user.keyboard('{Enter}');
    expect(runtime.listener.startCalls).toBe(1);
    await user.keyboard('{Enter}');
    expect(runtime.listener.stopCalls).toBe(1);
    act(() => runtime.listener.emit({ type: 'final', text: 'Hello', seconds: 1 }));

    await user.keyboard('[Space>]');
    expect(runtime.listener.startCalls).toBe(2);
    act(() => clock.advance(800));
    await user.keyboard('[/Space]');
    expect(runtime.listener.stopCalls).toBe(2);
  });

  it('toggles on a click without a pointer, as screen readers send', async () => {
    const { runtime } = renderVoice(CONSENTED);
    const mic = await findMic();
    fireEvent.click(mic, { detail: 0 });
    expect(runtime.listener.startCalls).toBe(1);
    fireEvent.click(mic, { detail: 0 });
    expect(runtime.listener.stopCalls).toBe(1);
  });

  it('answers to Alt+M anywhere on the page', async () => {
    const { runtime } = renderVoice(CONSENTED);
    const mic = await findMic();
    expect(mic).toHaveAttribute('aria-keyshortcuts', 'Alt+M');
    fireEvent.keyDown(document.body, { key: 'µ', code: 'KeyM', altKey: true });
    fireEvent.keyUp(document.body, { key: 'µ', code: 'KeyM', altKey: true });
    expect(runtime.listener.startCalls).toBe(1);
    fireEvent.keyDown(document.body, { key: 'µ', code: 'KeyM', altKey: true });
    expect(runtime.listener.stopCalls).toBe(1);
  });

  it('quiets the other side when the caller starts to talk', async () => {
    const { runtime } = renderVoice(CONSENTED);
    await userEvent.click(await findMic());
    expect(runtime.speaker.cancelCalls).toBe(1);
  });
});

describe('when listening fails', () => {
  it('says why in one line and keeps the words heard so far for the answer box', async () => {
    const { runtime, fallbacks, container } = renderVoice(CONSENTED);
    await userEvent.click(await findMic());
    act(() =>
      runtime.listener.emit({ type: 'failed', heard: 'Is the role', ...listenFailure('network') }),
    );
    expect(screen.getByRole('status')).toHaveTextContent(listenFailure('network').reason);
    expect(fallbacks).toEqual(['Is the role']);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
    await expectNoAxeViolations(container);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(runtime.listener.startCalls).toBe(2);
  });

  it('offers no retry when trying again cannot help', async () => {
    const { runtime, fallbacks } = renderVoice(CONSENTED);
    await userEvent.click(await findMic());
    act(() =>
      runtime.listener.emit({ type: 'failed', heard: '', ...listenFailure('not-allowed') }),
    );
    expect(screen.getByRole('status')).toHaveTextContent(listenFailure('not-allowed').reason);
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(fallbacks).toEqual([]);
  });

  it('shows one line and no microphone in a browser without recognition', async () => {
    const { container } = renderVoice({ caps: { supported: false, onDevice: 'unavailable' } });
    expect(await screen.findByText(listenFailure('unsupported').reason)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Speak your answer' })).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('shows nothing when the microphone is off in the settings', async () => {
    const { runtime } = renderVoice({ settings: { microphoneOn: false } });
    await act(async () => undefined);
    expect(screen.queryByRole('button', { name: 'Speak your answer' })).toBeNull();
    act(() => {
      runtime.settings.update({ microphoneOn: true });
    });
    expect(await findMic()).toBeEnabled();
  });
});

describe('on the next caller turn', () => {
  it('starts afresh: the last failure is gone and the microphone is ready', async () => {
    const { runtime, nextTurn } = renderVoice(CONSENTED);
    const mic = await findMic();
    await userEvent.click(mic);
    act(() => runtime.listener.emit({ type: 'failed', heard: '', ...listenFailure('network') }));
    expect(screen.getByRole('status')).toHaveTextContent(listenFailure('network').reason);
    nextTurn('1:2');
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(mic).toBeEnabled();
    await userEvent.click(mic);
    expect(runtime.listener.startCalls).toBe(2);
  });

  it('stops a microphone still listening and drops its live words', async () => {
    const { runtime, nextTurn, container } = renderVoice(CONSENTED);
    const mic = await findMic();
    await userEvent.click(mic);
    act(() => runtime.listener.emit({ type: 'started' }));
    act(() => runtime.listener.emit({ type: 'interim', text: 'Is the role' }));
    nextTurn('1:2');
    expect(runtime.listener.cancelCalls).toBe(1);
    expect(mic).toHaveAttribute('aria-pressed', 'false');
    expect(container.querySelector('.interim')).toBeNull();
  });

  it('closes a privacy notice left open, without moving focus to the microphone', async () => {
    const { nextTurn } = renderVoice();
    await userEvent.click(await findMic());
    expect(screen.getByRole('heading', { name: 'Before you use the microphone' })).toHaveFocus();
    nextTurn('1:2');
    expect(screen.queryByRole('region', { name: 'Before you use the microphone' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Speak your answer' })).not.toHaveFocus();
    // Not answered, so it comes up again at the next press.
    await userEvent.click(screen.getByRole('button', { name: 'Speak your answer' }));
    expect(screen.getByRole('region', { name: 'Before you use the microphone' })).toBeVisible();
  });

  it('skips the notice once it was answered on an earlier turn', async () => {
    const { runtime, nextTurn } = renderVoice();
    await userEvent.click(await findMic());
    await userEvent.click(screen.getByRole('button', { name: BROWSER_ENGINE }));
    act(() => runtime.listener.emit({ type: 'final', text: 'Hello', seconds: 1 }));
    nextTurn('1:2');
    await userEvent.click(screen.getByRole('button', { name: 'Speak your answer' }));
    expect(screen.queryByRole('region', { name: 'Before you use the microphone' })).toBeNull();
    expect(runtime.listener.startCalls).toBe(2);
  });
});
