import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/scenario/load';
import { loadWalkthroughFile } from '../../../src/scenario/walkthrough';

function problemsOf(text: string): string[] {
  const result = loadWalkthroughFile(text, 'w.walkthrough.yaml');
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('loadWalkthroughFile', () => {
  it('accepts a well-formed walkthrough file', () => {
    const text =
      'scenario: tiny\nwalkthroughs:\n  - name: ok\n    steps:\n      - dial: { day: 3, time: "10:00" }\n';
    expect(loadWalkthroughFile(text, 'w.yaml').ok).toBe(true);
  });

  it('points at the line of an unknown step', () => {
    const text =
      'scenario: tiny\nwalkthroughs:\n  - name: bad step\n    steps:\n      - dial: { day: 3, time: "10:00" }\n      - jump: 2\n';
    const problems = problemsOf(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^w\.walkthrough\.yaml:6:9: /);
  });

  it('names a misspelled field at its key', () => {
    const text = 'scenario: tiny\nwalkthrough:\n  - name: x\n';
    expect(problemsOf(text).join('\n')).toMatch(
      /w\.walkthrough\.yaml:2:1: unknown field "walkthrough"/,
    );
  });
});
