import { describe, expect, it } from 'vitest';
import validateModule from 'xapi-validation';
import { classStatements, isHomePage, registrationOf } from '../../../src/lms/classStatements';
import { type GradedFile, gradeResults } from '../../../src/workshop/classResults';
import { parseResultsFile, type ResultsFile } from '../../../src/workshop/results';
import { builtIn, choicesLog, fakeAttempt, fakeResults } from '../../helpers/resultsFakes';

// Learning Locker's conformance-tested validator (a CommonJS module).
const validate = ((validateModule as unknown as { default?: unknown }).default ??
  validateModule) as (statement: unknown) => unknown[];

const desk = builtIn('friendly-receptionist');
const HOME = 'https://lms.example.edu';

function graded(fileName: string, results: ResultsFile): GradedFile {
  const parsed = parseResultsFile(JSON.stringify(results), { fileName });
  if (!parsed.ok) throw new Error(parsed.reason);
  const outcome = gradeResults({ fileName, results: parsed.results });
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.file;
}

interface Read {
  id: string;
  actor: { name?: string; account: { homePage: string; name: string } };
  verb: { id: string };
  context: { registration: string };
  timestamp?: string;
  object: { definition?: { interactionType?: string; choices?: { id: string }[] } };
}

const files = [
  graded(
    'ana.json',
    fakeResults({
      name: 'Ana, “AJ”',
      attempts: [
        fakeAttempt({ id: 'a1', log: choicesLog(desk, [1, 1]) }),
        fakeAttempt({ id: 'a2', finishedAt: '2026-03-03T10:00:00.000Z' }),
      ],
    }),
  ),
  graded('li.json', fakeResults({ name: '李小龍', attempts: [fakeAttempt({ id: 'l1' })] })),
  graded('blank.json', fakeResults({ name: undefined, attempts: [fakeAttempt({ id: 'b1' })] })),
];

describe('the class’s xAPI statements', () => {
  it('gives every loaded campaign its statements, all valid, each campaign its registration', () => {
    const statements = classStatements(files, {
      homePage: HOME,
      scenarios: [desk],
    }) as unknown as Read[];
    for (const s of statements) expect(validate(s), JSON.stringify(s)).toEqual([]);
    const registrations = [...new Set(statements.map((s) => s.context.registration))];
    expect(registrations).toEqual(['a1', 'a2', 'b1', 'l1'].map(registrationOf));
    const completed = statements.filter((s) => s.verb.id.endsWith('/completed'));
    expect(completed).toHaveLength(4);
    expect(completed.map((s) => s.timestamp)).toEqual([
      '2026-03-02T10:00:00.000Z',
      '2026-03-03T10:00:00.000Z',
      '2026-03-02T10:00:00.000Z',
      '2026-03-02T10:00:00.000Z',
    ]);
    // One id per statement across the class: a resend to an LRS is the same statement.
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    // A chosen line lists the scenario's authored choices.
    const answered = statements.find((s) => s.object.definition?.interactionType === 'choice');
    expect(answered?.object.definition?.choices?.map((c) => c.id)).toEqual([
      'reception.1',
      'reception.2',
      'reception.3',
    ]);
  });

  it('names each participant as an account on the home page, by display name or file', () => {
    const statements = classStatements(files, { homePage: HOME }) as unknown as Read[];
    const actors = [...new Map(statements.map((s) => [s.actor.account.name, s.actor])).values()];
    expect(actors).toEqual([
      { objectType: 'Agent', name: 'Ana, “AJ”', account: { homePage: HOME, name: 'Ana, “AJ”' } },
      { objectType: 'Agent', account: { homePage: HOME, name: 'No name (blank.json)' } },
      { objectType: 'Agent', name: '李小龍', account: { homePage: HOME, name: '李小龍' } },
    ]);
  });

  it('makes no statement from no files, and takes only web addresses as home pages', () => {
    expect(classStatements([], { homePage: HOME })).toEqual([]);
    expect(isHomePage(HOME)).toBe(true);
    expect(isHomePage('lms.example.edu')).toBe(false);
    expect(isHomePage('javascript:alert(1)')).toBe(false);
    expect(isHomePage('')).toBe(false);
  });
});
