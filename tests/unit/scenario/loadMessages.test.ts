import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { formatProblem, loadScenario } from '../../../src/scenario/load';
import { loadWalkthroughFile } from '../../../src/scenario/walkthrough';
import { fakeScenarioData, fakeScenarioYaml } from '../../helpers/fakes';

function problemsOf(text: string): string[] {
  const result = loadScenario(text, 'x.yaml');
  return result.ok ? [] : result.problems.map(formatProblem);
}

function without(field: string): string {
  const data = fakeScenarioData();
  delete data[field];
  return stringify(data);
}

/** `x.yaml:line:column: message` with the line of the first line holding `fragment`. */
function at(text: string, fragment: string, column: number, message: string): string {
  const line = text.split('\n').findIndex((l) => l.includes(fragment)) + 1;
  return `x.yaml:${line}:${column}: ${message}`;
}

describe('problem messages say what was found', () => {
  it('names the text found where a list belongs', () => {
    const text = fakeScenarioYaml({ tips: 'T1' });
    expect(problemsOf(text)).toEqual([
      at(text, 'tips:', 7, 'tips: expected a list, found the text "T1"'),
    ]);
  });

  it('names a mapping found where text belongs', () => {
    const text = fakeScenarioYaml({ title: { en: 'Tiny' } });
    expect(problemsOf(text)).toEqual([
      at(text, 'en: Tiny', 3, 'title: expected text, found a mapping'),
    ]);
  });

  it('says a field is missing only when it is absent', () => {
    expect(problemsOf(without('difficulty'))).toEqual([
      'x.yaml:1:1: difficulty: missing required field (expected one of easy, medium, hard)',
    ]);
    expect(problemsOf(fakeScenarioYaml({ difficulty: null }))).toEqual([
      expect.stringMatching(
        /difficulty: expected one of easy, medium, hard, found nothing \(an empty value\)$/,
      ),
    ]);
  });

  it('lists the options of an enum and the value found', () => {
    const text = fakeScenarioYaml({ difficulty: 'x' });
    expect(problemsOf(text)).toEqual([
      at(text, 'difficulty:', 13, 'difficulty: expected one of easy, medium, hard, found "x"'),
    ]);
  });

  it('names the number found outside a range', () => {
    const text = fakeScenarioYaml({ campaign: { maxAttempts: 9, answer: [{ goto: 'hello' }] } });
    expect(problemsOf(text)).toContain(
      at(text, 'maxAttempts', 16, 'campaign.maxAttempts: must be at most 6, found the number 9'),
    );
  });

  it('says a required text is empty', () => {
    expect(problemsOf(fakeScenarioYaml({ title: '' }))).toEqual([
      expect.stringMatching(/:3:8: title: must not be empty$/),
    ]);
  });

  it('shows the id that breaks the pattern', () => {
    expect(problemsOf(fakeScenarioYaml({ id: 'Tiny' }))[0]).toMatch(
      /id: must start with a lower-case letter .*, found the text "Tiny"$/,
    );
  });

  it('points at a bad node name itself', () => {
    const text = fakeScenarioYaml().replace('  bye:', '  Bye:');
    expect(problemsOf(text)[0]).toBe(
      at(
        text,
        '  Bye:',
        3,
        'nodes: the name "Bye" must start with a lower-case letter and use only letters, digits, - or _',
      ),
    );
  });

  it('says which of reply, goto and end a node has', () => {
    const both = fakeScenarioYaml().replace('end: got_update', 'end: got_update\n    goto: hello');
    expect(problemsOf(both).join('\n')).toMatch(
      /nodes\.bye: .*exactly one of .*; it has goto and end/,
    );
    const none = fakeScenarioYaml().replace('    end: got_update\n', '');
    expect(problemsOf(none).join('\n')).toMatch(/nodes\.bye: .*; it has none/);
  });

  it('keeps the unknown intent message and explains a missing one', () => {
    expect(problemsOf(fakeScenarioYaml().replace('- pressure', '- grovel'))[0]).toMatch(
      /unknown intent "grovel"; use one of: greeting,/,
    );
    expect(problemsOf(fakeScenarioYaml().replace('- pressure', '- ~'))[0]).toMatch(
      /when\.0: expected one of greeting, .*, pressure, found nothing \(an empty value\)$/,
    );
  });

  it('describes a walkthrough step that fits none of the step forms', () => {
    const text = [
      'scenario: tiny',
      'walkthroughs:',
      '  - name: a',
      '    steps:',
      '      - dance',
      '      - { choose: -1 }',
      '      - { dance: 1 }',
      '',
    ].join('\n');
    const loaded = loadWalkthroughFile(text, 'w.yaml');
    expect(loaded.ok ? [] : loaded.problems.map(formatProblem)).toEqual([
      'w.yaml:5:9: walkthroughs.0.steps.0: expected one of thankYou, hangUp, wait, moveOn, a mapping of fields; found the text "dance"',
      'w.yaml:6:19: walkthroughs.0.steps.1.choose: must be at least 0, found the number -1',
      'w.yaml:7:9: walkthroughs.0.steps.2: expected one of thankYou, hangUp, wait, moveOn, a mapping with dial, a mapping with choose, a mapping with say, a mapping with expect; found a mapping',
    ]);
  });
});
