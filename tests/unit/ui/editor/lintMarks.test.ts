import { describe, expect, it } from 'vitest';
import { checkOwnScenario } from '../../../../src/scenario/checkOwn';
import { marksToDiagnostics } from '../../../../src/ui/own/editor/lintMarks';
import { fakeScenarioYaml } from '../../../helpers/fakes';

describe('problems placed in the editor', () => {
  it('marks a wrong value at its line and column with scenarios:check’s words', () => {
    const text = fakeScenarioYaml({ id: 'mine' }).replace(
      /^difficulty: \w+$/m,
      'difficulty: impossible',
    );
    const checked = checkOwnScenario(text, 'mine.yaml', []);
    expect(checked.ok).toBe(false);
    const [diagnostic] = marksToDiagnostics(text, checked.marks);
    expect(diagnostic?.severity).toBe('error');
    expect(diagnostic?.message).toBe(checked.ok ? '' : checked.problems[0]);
    expect(diagnostic?.message).toMatch(/^mine\.yaml:\d+:\d+: difficulty/);
    expect(text.slice(diagnostic?.from, diagnostic?.to)).toBe('impossible');
  });

  it('marks a warning as a warning, and keeps a mark past the end inside the text', () => {
    const diagnostics = marksToDiagnostics('a: 1\nb:', [
      { file: 'f', line: 2, column: 3, message: 'm', level: 'warning', text: 'f:2:3: m' },
      { file: 'f', line: 9, column: 40, message: 'n', level: 'problem', text: 'f:9:40: n' },
    ]);
    expect(diagnostics).toEqual([
      { from: 5, to: 7, severity: 'warning', message: 'f:2:3: m' },
      { from: 5, to: 7, severity: 'error', message: 'f:9:40: n' },
    ]);
  });
});
