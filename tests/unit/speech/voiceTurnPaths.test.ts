import { describe, expect, it } from 'vitest';
import { fromCallback } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { listenFailure } from '../../../src/speech/listenFailures';
import {
  type VoiceTurnEvent,
  type VoiceTurnInput,
  voiceTurnMachine,
} from '../../../src/speech/voiceTurn';

// Every event the turn can receive, with one payload each for the listener's outcomes.
const EVENTS: VoiceTurnEvent[] = [
  { type: 'voice.start' },
  { type: 'voice.stop' },
  { type: 'voice.cancel' },
  { type: 'voice.retry' },
  { type: 'voice.reset' },
  { type: 'voice.newTurn', consentGiven: true },
  { type: 'consent.given', onDevice: false },
  { type: 'consent.declined' },
  { type: 'speech.started' },
  { type: 'speech.interim', text: 'is the' },
  { type: 'speech.final', text: 'Is the role still open?', seconds: 2 },
  { type: 'speech.failed', failure: listenFailure('no-speech'), heard: '' },
  { type: 'speech.failed', failure: listenFailure('not-allowed'), heard: '' },
];

// Paths are computed without running the listener: its events are among the ones above.
const quietMachine = voiceTurnMachine.provide({ actors: { listen: fromCallback(() => {}) } });

function reachableStates(input: VoiceTurnInput): string[] {
  const paths = getShortestPaths(quietMachine, { events: EVENTS, input });
  const states = paths.map((p) => JSON.stringify(p.state.value));
  return [...new Set(states)].sort();
}

describe('voice turn paths', () => {
  it('reaches every state from a first visit in a browser that can listen', () => {
    expect(reachableStates({ consentGiven: false, supported: true })).toEqual(
      [
        '"consentNeeded"',
        '"failed"',
        '"heard"',
        '"idle"',
        '{"listening":"live"}',
        '{"listening":"opening"}',
      ].sort(),
    );
  });

  it('never shows the notice or listens in a browser without recognition', () => {
    expect(reachableStates({ consentGiven: false, supported: false })).toEqual([
      '"failed"',
      '"idle"',
    ]);
  });

  it('never shows the notice again once consent is stored', () => {
    expect(reachableStates({ consentGiven: true, supported: true })).not.toContain(
      '"consentNeeded"',
    );
  });

  it('reaches a heard line only through listening', () => {
    const paths = getShortestPaths(quietMachine, {
      events: EVENTS,
      input: { consentGiven: false, supported: true },
    });
    const heard = paths.filter((p) => p.state.matches('heard'));
    expect(heard.length).toBeGreaterThan(0);
    for (const path of heard) {
      expect(path.steps.some((step) => step.state.matches('listening'))).toBe(true);
    }
  });
});
