import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodePack } from '../../../src/workshop/pack';
import { parseResultsFile, type ResultsFile } from '../../../src/workshop/results';
import {
  CODE_MAX_CHARS,
  CODE_REFUSALS,
  decodeResultsCode,
  encodeResultsCode,
  fits,
  QR_CODE_MAX_CHARS,
} from '../../../src/workshop/resultsCode';
import { fakeAttempt, fakeResults } from '../../helpers/resultsFakes';

function codeOf(results: ResultsFile): string {
  const code = encodeResultsCode(results);
  if (code === undefined) throw new Error('no code');
  return code;
}

/** The results a code holds, read as the dashboard reads a file. */
function readBack(code: string): ResultsFile {
  const decoded = decodeResultsCode(code);
  if (!decoded.ok) throw new Error(decoded.reason);
  const parsed = parseResultsFile(decoded.json, { fileName: 'QR code' });
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.results;
}

const reasonOf = (code: string) => {
  const decoded = decodeResultsCode(code);
  return decoded.ok ? 'accepted' : decoded.reason;
};

describe('results codes', () => {
  const one = fakeResults({ pack: { id: 'pack-1', title: 'Thursday', scenarios: ['a', 'b'] } });

  it('gives back the results file it was made from', () => {
    const code = codeOf(one);
    expect(code.startsWith('fuct-results.1.')).toBe(true);
    expect(code).toMatch(/^[A-Za-z0-9._-]+$/);
    expect(readBack(code)).toEqual(one);
  });

  it('round-trips any name, pack and set of campaigns (property)', () => {
    const attempt = fakeAttempt();
    fc.assert(
      fc.property(
        fc.option(fc.string({ minLength: 1, maxLength: 80, unit: 'grapheme' }), { nil: undefined }),
        fc.option(fc.stringMatching(/^[a-z0-9-]{1,20}$/), { nil: undefined }),
        fc.uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { maxLength: 4 }),
        (name, packId, ids) => {
          const results = fakeResults({
            attempts: ids.map((id) => ({ ...attempt, id })),
            ...(packId ? { pack: { id: packId } } : {}),
          });
          if (name === undefined) delete results.name;
          else results.name = name;
          const decoded = decodeResultsCode(codeOf(results));
          expect(decoded.ok && JSON.parse(decoded.json)).toEqual(results);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('leaves out the scores the participant saw', () => {
    const shown = { ...one, attempts: one.attempts.map((a) => ({ ...a, shownScore: 100 })) };
    const decoded = decodeResultsCode(codeOf(shown));
    expect(decoded.ok && decoded.json).not.toContain('shownScore');
  });

  it('reads a code wrapped over lines or with spaces around it', () => {
    const code = codeOf(one);
    const wrapped = ` ${code.slice(0, 40)}\n${code.slice(40)}\n`;
    expect(readBack(wrapped)).toEqual(readBack(code));
  });

  it('fits one campaign in one QR code and not a long day of them', () => {
    expect(fits(codeOf(one))).toBe(true);
    const many = fakeResults({
      attempts: Array.from({ length: 12 }, (_, i) =>
        fakeAttempt({ id: `c-${i}`, scenarioTitle: `A scenario of its own, number ${i * 7919}` }),
      ),
      name: 'x'.repeat(80),
    });
    many.attempts.forEach((a, i) => {
      a.log = { ...a.log, people: { caller: `Caller ${i * 104729} ${'q'.repeat(i)}` } };
    });
    const big = codeOf(many);
    expect(big.length).toBeGreaterThan(QR_CODE_MAX_CHARS);
    expect(fits(big)).toBe(false);
    expect(fits('x'.repeat(QR_CODE_MAX_CHARS))).toBe(true);
    expect(fits('x'.repeat(QR_CODE_MAX_CHARS + 1))).toBe(false);
  });

  it('refuses a code with any one character changed (property)', () => {
    const code = codeOf(one);
    const original = decodeResultsCode(code);
    const body = 'fuct-results.1.'.length;
    fc.assert(
      fc.property(
        fc.integer({ min: body, max: code.length - 1 }),
        fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
        (at, char) => {
          fc.pre(code[at] !== char);
          const changed = code.slice(0, at) + char + code.slice(at + 1);
          const decoded = decodeResultsCode(changed);
          // The last character may carry only padding bits: then the bytes are the same.
          if (decoded.ok) expect(decoded).toEqual(original);
          else expect([CODE_REFUSALS.damaged, CODE_REFUSALS.truncated]).toContain(decoded.reason);
        },
      ),
      { numRuns: 200 },
    );
    expect(reasonOf(`${code.slice(0, 30)}*${code.slice(31)}`)).toBe(CODE_REFUSALS.damaged);
  });

  it('refuses a cut code as cut short', () => {
    const code = codeOf(one);
    expect(reasonOf(code.slice(0, code.length - 12))).toBe(CODE_REFUSALS.truncated);
    expect(reasonOf(code.slice(0, 17))).toBe(CODE_REFUSALS.truncated);
    expect(reasonOf('fuct-results.1.')).toBe(CODE_REFUSALS.truncated);
  });

  it('refuses a code with bytes added', () => {
    expect(reasonOf(`${codeOf(one)}AAAA`)).toBe(CODE_REFUSALS.damaged);
  });

  it('refuses foreign text with a plain reason', () => {
    expect(reasonOf('')).toBe(CODE_REFUSALS.empty);
    expect(reasonOf('  \n ')).toBe(CODE_REFUSALS.empty);
    expect(reasonOf('https://example.com/some/page')).toBe(CODE_REFUSALS.foreign);
    expect(reasonOf('WIFI:S:home;T:WPA;P:secret;;')).toBe(CODE_REFUSALS.foreign);
    expect(reasonOf('{"format":"follow-up-call-trainer/results"}')).toBe(CODE_REFUSALS.foreign);
    expect(reasonOf('fuct-results.x.AAAA')).toBe(CODE_REFUSALS.foreign);
    expect(reasonOf('fuct-results.2.AAAA')).toBe(CODE_REFUSALS.newer);
    const pack = encodePack({
      format: 'follow-up-call-trainer/pack',
      version: 1,
      id: 'p',
      title: 'T',
      scenarios: ['still-deciding'],
      settings: {
        modes: ['choose'],
        voices: false,
        modelAnswers: true,
        scores: 'each',
        askName: true,
      },
    });
    expect(reasonOf(pack)).toBe(CODE_REFUSALS.packLink);
    expect(reasonOf(`https://trainer.example/#/pack/${pack}`)).toBe(CODE_REFUSALS.packLink);
  });

  it('refuses a code too long to come from a QR code before reading it', () => {
    expect(reasonOf(`fuct-results.1.${'A'.repeat(CODE_MAX_CHARS)}`)).toBe(CODE_REFUSALS.tooLong);
  });

  it('never throws on arbitrary text (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.stringMatching(/^[A-Za-z0-9_-]{0,80}$/).map((s) => `fuct-results.1.${s}`),
        ),
        (text) => {
          expect(() => decodeResultsCode(text)).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('hands JSON that is not a results file on to the one validator, which refuses it', () => {
    const code = encodeResultsCode({ ...one, format: 'something-else' } as unknown as ResultsFile);
    const decoded = decodeResultsCode(code ?? '');
    expect(decoded.ok).toBe(true);
    const parsed = parseResultsFile(decoded.ok ? decoded.json : '', { fileName: 'QR code' });
    expect(parsed.ok).toBe(false);
  });
});
