import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/ui/App';
import { VoiceSettingsRegion } from '../../src/ui/components/VoiceSettingsRegion';
import { readyVoice } from '../../src/ui/voice/runtime';
import { expectNoAxeViolations } from '../helpers/axe';
import { renderWithServices } from '../helpers/renderUi';
import { fakeServices, fakeUiScenario } from '../helpers/uiFakes';
import {
  FakeSpeaker,
  type FakeVoiceRuntimeOptions,
  fakeVoiceRuntime,
  storedSettings,
} from '../helpers/voiceFakes';

function renderSettings(options: FakeVoiceRuntimeOptions = {}) {
  const runtime = fakeVoiceRuntime(options);
  const onClose = vi.fn();
  const view = renderWithServices(
    <VoiceSettingsRegion onClose={onClose} />,
    fakeServices({ voice: readyVoice(runtime) }),
  );
  return { ...view, runtime, onClose };
}

describe('voice settings', () => {
  it('show the current settings, and are accessible', async () => {
    const { container } = renderSettings();
    const region = screen.getByRole('region', { name: 'Voice settings' });
    expect(
      await within(region).findByRole('checkbox', { name: 'Speak their lines aloud' }),
    ).toBeChecked();
    expect(screen.getByRole('slider', { name: 'Speaking rate' })).toHaveAttribute(
      'aria-valuetext',
      '1× (normal)',
    );
    expect(
      screen.getByRole('checkbox', { name: 'Let me answer with the microphone' }),
    ).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('en-US');
    expect(await screen.findByText(/does not say whether it can recognise speech/)).toBeVisible();
    await expectNoAxeViolations(container);
  });

  it('remember each change at once', async () => {
    const { runtime } = renderSettings();
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Speak their lines aloud' }));
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Let me answer with the microphone' }),
    );
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'en-GB');
    expect(storedSettings(runtime)).toMatchObject({
      voicesOn: false,
      microphoneOn: false,
      language: 'en-GB',
    });
    // Turning voices off leaves nothing to pace.
    expect(screen.getByRole('slider', { name: 'Speaking rate' })).toBeDisabled();
  });

  it('change the speaking rate, said in words too', async () => {
    const { runtime } = renderSettings();
    const slider = await screen.findByRole('slider', { name: 'Speaking rate' });
    fireEvent.change(slider, { target: { value: '1.25' } });
    expect(runtime.settings.get().rate).toBe(1.25);
    expect(slider).toHaveAttribute('aria-valuetext', '1.25× (faster)');
  });

  it('say when no voices are installed: captions only', async () => {
    renderSettings({ speaker: new FakeSpeaker('ends', false) });
    expect(
      await screen.findByText(
        'This browser has no voices installed, so their lines are shown as captions only.',
      ),
    ).toBeVisible();
  });

  it('offer on-device listening only where the browser has it', async () => {
    const { runtime } = renderSettings({ caps: { supported: true, onDevice: 'available' } });
    const onDevice = await screen.findByRole('checkbox', {
      name: 'Recognise speech on this device only',
    });
    await vi.waitFor(() => expect(onDevice).toBeEnabled());
    await userEvent.click(onDevice);
    expect(runtime.settings.get().onDevice).toBe(true);
  });

  it('keep on-device listening off where the browser cannot say', async () => {
    renderSettings();
    await screen.findByText(/does not say whether/);
    expect(
      screen.getByRole('checkbox', { name: 'Recognise speech on this device only' }),
    ).toBeDisabled();
  });

  it('ask again before the microphone is used once on-device listening is switched off', async () => {
    const { runtime } = renderSettings({
      caps: { supported: true, onDevice: 'available' },
      settings: { consentGiven: true, onDevice: true },
    });
    expect(
      await screen.findByText('You allowed the microphone, with recognition on this device only.'),
    ).toBeVisible();
    const onDevice = await screen.findByRole('checkbox', {
      name: 'Recognise speech on this device only',
    });
    await vi.waitFor(() => expect(onDevice).toBeEnabled());
    await userEvent.click(onDevice);
    expect(runtime.settings.get()).toMatchObject({ onDevice: false, consentGiven: false });
  });

  it('take consent back on request', async () => {
    const { runtime } = renderSettings({ settings: { consentGiven: true } });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Ask me again before using the microphone' }),
    );
    expect(runtime.settings.get().consentGiven).toBe(false);
    expect(
      screen.queryByRole('button', { name: 'Ask me again before using the microphone' }),
    ).toBeNull();
  });

  it('download on-device recognition where the browser offers it', async () => {
    const { runtime } = renderSettings({ caps: { supported: true, onDevice: 'downloadable' } });
    const asksBefore = runtime.capabilityAsks;
    runtime.caps = { supported: true, onDevice: 'available' };
    await userEvent.click(
      await screen.findByRole('button', { name: 'Download on-device recognition' }),
    );
    expect(await screen.findByText('On-device recognition is installed.')).toBeVisible();
    expect(runtime.capabilityAsks).toBeGreaterThan(asksBefore);
    await vi.waitFor(() =>
      expect(
        screen.getByRole('checkbox', { name: 'Recognise speech on this device only' }),
      ).toBeEnabled(),
    );
  });

  it('say so when the settings cannot be stored, and still apply them', async () => {
    const { runtime } = renderSettings({ failingStore: 'write' });
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Speak their lines aloud' }));
    expect(runtime.settings.get().voicesOn).toBe(false);
    expect(screen.getByText(/could not be stored on this device/)).toBeVisible();
  });

  it('say when this browser cannot turn speech into text', async () => {
    renderSettings({ caps: { supported: false, onDevice: 'unavailable' } });
    expect(
      await screen.findByText(
        'This browser cannot turn speech into text, so you will type your answers.',
      ),
    ).toBeVisible();
  });

  it('close with Escape', async () => {
    const { onClose } = renderSettings();
    const voices = await screen.findByRole('checkbox', { name: 'Speak their lines aloud' });
    voices.focus();
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

describe('the header’s voice settings button', () => {
  it('opens and closes the settings on any screen, focus returning to it', async () => {
    const runtime = fakeVoiceRuntime();
    renderWithServices(
      <App library={{ scenarios: [fakeUiScenario()], problems: [] }} />,
      fakeServices({ voice: readyVoice(runtime) }),
    );
    const toggle = screen.getByRole('button', { name: 'Voice settings' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).not.toHaveAttribute('aria-controls');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAttribute('aria-controls', 'voice-settings');
    await screen.findByRole('checkbox', { name: 'Speak their lines aloud' });
    await userEvent.click(screen.getByRole('button', { name: 'Close voice settings' }));
    expect(screen.queryByRole('region', { name: 'Voice settings' })).toBeNull();
    expect(toggle).toHaveFocus();
  });

  it('says so when voice could not be loaded', async () => {
    renderWithServices(
      <VoiceSettingsRegion onClose={() => undefined} />,
      fakeServices({
        voice: { load: () => Promise.reject(new Error('offline')), current: () => undefined },
      }),
    );
    expect(await screen.findByText(/Voice could not be loaded in this browser/)).toBeVisible();
    await act(async () => undefined);
  });
});
