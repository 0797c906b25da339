import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import { memorySessionStore } from '../../src/storage/sessionStore';
import { CampaignScreen } from '../../src/ui/campaign/CampaignScreen';
import { CallerTurn } from '../../src/ui/components/CallerTurn';
import type { Services } from '../../src/ui/services';
import { readyVoice } from '../../src/ui/voice/runtime';
import { expectNoAxeViolations } from '../helpers/axe';
import { renderWithServices } from '../helpers/renderUi';
import { fakeServices, fakeUiScenario } from '../helpers/uiFakes';
import { FakeSpeaker, fakeVoiceRuntime, storedSettings } from '../helpers/voiceFakes';

function renderCampaign(runtime = fakeVoiceRuntime(), overrides: Partial<Services> = {}) {
  const services = fakeServices({ voice: readyVoice(runtime), ...overrides });
  const view = renderWithServices(
    <CampaignScreen
      scenario={fakeUiScenario()}
      onShowProgress={() => undefined}
      onExit={() => undefined}
    />,
    services,
  );
  return { ...view, runtime, services };
}

async function dial(time: RegExp) {
  await userEvent.click(screen.getByRole('radio', { name: /^Day 3\b/ }));
  await userEvent.click(screen.getByRole('radio', { name: time }));
  await userEvent.click(screen.getByRole('button', { name: /^Dial/ }));
}

describe('the other side’s voice', () => {
  it('speaks a line that is already on screen, and the call never waits for it', async () => {
    const runtime = fakeVoiceRuntime({ speaker: new FakeSpeaker('manual') });
    renderCampaign(runtime);
    await dial(/10:30/);
    expect(screen.getByRole('list', { name: 'Transcript' })).toHaveTextContent('Jo speaking.');
    expect(runtime.speaker.spoken).toEqual([{ text: 'Jo speaking.', role: 'interviewer' }]);
    // The line is still being spoken; the caller answers anyway.
    await userEvent.click(screen.getByRole('button', { name: /Am I still being considered/ }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Call 1 is over');
    // The call's last line is spoken and captioned on the next screen.
    expect(runtime.speaker.spoken.at(-1)).toEqual({
      text: 'Still deciding. Bye!',
      role: 'interviewer',
    });
    expect(screen.getByText('Last words, from Jo Park: “Still deciding. Bye!”')).toBeVisible();
  });

  it('plays the voicemail greeting, then the tone, then runs the message time', async () => {
    const runtime = fakeVoiceRuntime({ speaker: new FakeSpeaker('manual') });
    const { services, container } = renderCampaign(runtime);
    await dial(/21:30/);
    expect(runtime.speaker.spoken).toEqual([{ text: 'Leave a message.', role: 'voicemail' }]);
    const left = screen.getByRole('timer', { name: /Message time left/ });
    expect(screen.getByText('Your message starts after the tone.')).toBeVisible();
    act(() => services.clock.advance(5_000));
    expect(left).toHaveTextContent('0:30');
    expect(runtime.tone.beeps).toBe(0);
    await act(async () => runtime.speaker.finish());
    expect(runtime.tone.beeps).toBe(1);
    expect(screen.queryByText('Your message starts after the tone.')).toBeNull();
    act(() => services.clock.advance(12_000));
    expect(left).toHaveTextContent('0:18');
    await expectNoAxeViolations(container);
  });

  it('starts the message at once when the caller talks over the greeting', async () => {
    const runtime = fakeVoiceRuntime({
      speaker: new FakeSpeaker('manual'),
      settings: { consentGiven: true },
    });
    renderCampaign(runtime);
    await dial(/21:30/);
    const mic = await screen.findByRole('button', { name: 'Speak your answer' });
    expect(screen.getByText('Your message starts after the tone.')).toBeVisible();
    await userEvent.click(mic);
    await act(async () => undefined);
    expect(screen.queryByText('Your message starts after the tone.')).toBeNull();
    expect(runtime.listener.startCalls).toBe(1);
  });

  it('is not cut short by React’s strict mode remounting the screen', async () => {
    const runtime = fakeVoiceRuntime({
      speaker: new FakeSpeaker('manual'),
      settings: { consentGiven: true },
    });
    renderWithServices(
      <StrictMode>
        <CampaignScreen
          scenario={fakeUiScenario()}
          onShowProgress={() => undefined}
          onExit={() => undefined}
        />
      </StrictMode>,
      fakeServices({ voice: readyVoice(runtime) }),
    );
    await dial(/10:30/);
    await act(async () => undefined);
    expect(runtime.speaker.spoken).toEqual([{ text: 'Jo speaking.', role: 'interviewer' }]);
    expect(runtime.speaker.cancelCalls).toBe(0);
    await userEvent.click(await screen.findByRole('button', { name: 'Speak your answer' }));
    act(() => runtime.listener.emit({ type: 'started' }));
    act(() => runtime.listener.emit({ type: 'final', text: 'Is the job still open?', seconds: 2 }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Call 1 is over' })).toBeVisible();
  });

  it('falls silent when the campaign is left', async () => {
    const runtime = fakeVoiceRuntime({ speaker: new FakeSpeaker('manual') });
    const { unmount } = renderCampaign(runtime);
    await dial(/10:30/);
    const before = runtime.speaker.cancelCalls;
    unmount();
    await act(async () => undefined);
    expect(runtime.speaker.cancelCalls).toBe(before + 1);
  });
});

describe('answering out loud', () => {
  it('sends the heard line to the campaign like a typed one, with its speaking time', async () => {
    const session = memorySessionStore();
    const runtime = fakeVoiceRuntime({ settings: { consentGiven: true } });
    renderCampaign(runtime, { session });
    await dial(/10:30/);
    await userEvent.click(await screen.findByRole('button', { name: 'Speak your answer' }));
    act(() => runtime.listener.emit({ type: 'started' }));
    act(() =>
      runtime.listener.emit({
        type: 'final',
        text: 'I demand an answer right now!',
        seconds: 2,
      }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Call 1 is over' }),
    ).toBeInTheDocument();
    expect(screen.getByText('The other person cut the call short.')).toBeInTheDocument();
    expect(session.load()?.events.at(-1)).toMatchObject({
      type: 'caller.said',
      text: 'I demand an answer right now!',
      seconds: 2,
    });
  });

  it('leaves what was typed in the box when a spoken line is sent', async () => {
    const runtime = fakeVoiceRuntime({ settings: { consentGiven: true } });
    const said: [string, number | undefined][] = [];
    const reply = fakeUiScenario().nodes.hello?.reply;
    if (!reply) throw new Error('the fake scenario has no reply at hello');
    renderWithServices(
      <CallerTurn
        reply={reply}
        order={[0, 1]}
        turnKey="1:1"
        onChoose={() => undefined}
        sayNow={(text) => text}
        onSay={async (text, seconds) => {
          said.push([text, seconds]);
          return true;
        }}
      />,
      fakeServices({ voice: readyVoice(runtime) }),
    );
    const box = screen.getByLabelText('Or say it in your own words');
    await userEvent.type(box, 'Draft words');
    await userEvent.click(await screen.findByRole('button', { name: 'Speak your answer' }));
    act(() => runtime.listener.emit({ type: 'started' }));
    await act(async () => runtime.listener.emit({ type: 'final', text: 'Hello Jo', seconds: 1 }));
    expect(said).toEqual([['Hello Jo', 1]]);
    expect(box).toHaveValue('Draft words');
  });

  it('puts the words heard before a failure into the answer box, after what was typed', async () => {
    const runtime = fakeVoiceRuntime({ settings: { consentGiven: true } });
    renderCampaign(runtime);
    await dial(/10:30/);
    const box = screen.getByLabelText('Or say it in your own words');
    await userEvent.type(box, 'Hi Jo,');
    await userEvent.click(await screen.findByRole('button', { name: 'Speak your answer' }));
    const { listenFailure } = await import('../../src/speech/index');
    act(() =>
      runtime.listener.emit({
        type: 'failed',
        heard: 'is the clerk job still open',
        ...listenFailure('network'),
      }),
    );
    expect(box).toHaveValue('Hi Jo, is the clerk job still open');
    expect(screen.getByRole('button', { name: 'Say it' })).toBeEnabled();
  });

  it('leaves a typed-only call working when voice cannot load', async () => {
    renderWithServices(
      <CampaignScreen
        scenario={fakeUiScenario()}
        onShowProgress={() => undefined}
        onExit={() => undefined}
      />,
      fakeServices({
        voice: { load: () => Promise.reject(new Error('offline')), current: () => undefined },
      }),
    );
    await dial(/21:30/);
    // Without voice the message time runs from the start, as before.
    expect(screen.queryByText('Your message starts after the tone.')).toBeNull();
    await userEvent.type(
      screen.getByLabelText('Or say it in your own words'),
      'Hi, Sam here.{Enter}',
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Call 1 is over' }),
    ).toBeInTheDocument();
  });
});

describe('the voice and a screen reader', () => {
  it('stops the other side’s voice at any key press on the call screen', async () => {
    const runtime = fakeVoiceRuntime({ speaker: new FakeSpeaker('manual') });
    renderCampaign(runtime);
    await dial(/10:30/);
    const before = runtime.speaker.cancelCalls;
    await userEvent.keyboard('{ArrowDown}');
    expect(runtime.speaker.cancelCalls).toBe(before + 1);
  });

  it('stops the voice when focus goes into the answer box', async () => {
    const runtime = fakeVoiceRuntime({ speaker: new FakeSpeaker('manual') });
    renderCampaign(runtime);
    await dial(/10:30/);
    const before = runtime.speaker.cancelCalls;
    act(() => screen.getByLabelText('Or say it in your own words').focus());
    expect(runtime.speaker.cancelCalls).toBe(before + 1);
  });

  it('mutes the voices from the call screen and remembers it', async () => {
    const runtime = fakeVoiceRuntime({ speaker: new FakeSpeaker('manual') });
    const { container } = renderCampaign(runtime);
    await dial(/10:30/);
    const mute = await screen.findByRole('checkbox', { name: /Mute voices/ });
    expect(mute).not.toBeChecked();
    const before = runtime.speaker.cancelCalls;
    await userEvent.click(mute);
    expect(mute).toBeChecked();
    expect(runtime.speaker.cancelCalls).toBeGreaterThan(before);
    expect(runtime.settings.get().voicesOn).toBe(false);
    expect(storedSettings(runtime).voicesOn).toBe(false);
    await expectNoAxeViolations(container);
  });
});
