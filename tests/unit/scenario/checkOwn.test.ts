import { describe, expect, it } from 'vitest';
import { checkOwnScenario } from '../../../src/scenario/checkOwn';
import { fakeScenarioYaml } from '../../helpers/fakes';

describe('a scenario a coach brings', () => {
  it('is checked by the same loader: a good file plays, with its warnings located', () => {
    const nodes = {
      hello: {
        speaker: 'interviewer',
        says: 'Good morning, Jo speaking.',
        reply: {
          choices: [{ say: 'Hi Jo, it is Sam.', intents: ['greeting', 'identify'], goto: 'bye' }],
          otherwise: 'bye',
        },
      },
      bye: { speaker: 'interviewer', says: 'Bye!', end: 'got_update' },
    };
    const text = fakeScenarioYaml({ id: 'mine', campaign: { answer: [{ goto: 'hello' }] }, nodes });
    const checked = checkOwnScenario(text, 'mine.yaml', ['tiny']);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.scenario.id).toBe('mine');
    const line = text.split('\n').findIndex((l) => l.includes('Good morning')) + 1;
    expect(checked.warnings[0]).toMatch(
      new RegExp(`^mine\\.yaml:${line}:\\d+: warning: a fixed "Good morning"`),
    );
  });

  it('refuses a broken file with its file:line:column problems, and a built-in id', () => {
    const broken = checkOwnScenario('version: 1\nid: [oops\n', 'bad.yaml', []);
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.problems[0]).toMatch(/^bad\.yaml:\d+:\d+: /);
    const clash = checkOwnScenario(fakeScenarioYaml(), 'copy.yaml', ['tiny']);
    expect(clash).toMatchObject({ ok: false });
    if (!clash.ok)
      expect(clash.problems[0]).toMatch(/^copy\.yaml:\d+:\d+: the id "tiny" is a built-in/);
  });
});
