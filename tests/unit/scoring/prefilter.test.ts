import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLabelled, trainingFiles } from '../../../scripts/trainingData';
import { gradeLine } from '../../../src/scoring/index';
import { allGuarded, guard, neededStrings } from '../../../src/scoring/prefilter';
import { prepare } from '../../../src/scoring/reading';

describe('what an expression needs', () => {
  it('is a literal, cut to the prefix the automaton reads', () => {
    expect(neededStrings(/\bplease\b/)).toEqual(['pleas']);
    expect(neededStrings(/\bask\b/)).toEqual(['ask']);
  });

  it('is one of each branch of an alternation', () => {
    expect(neededStrings(/\b(?:thank|cheers)\b/)).toEqual(['cheer', 'thank']);
    expect(neededStrings(/\bbye\b|\bciao\b/)).toEqual(['bye', 'ciao']);
  });

  it('joins literals with the few strings an optional or a small class adds', () => {
    expect(neededStrings(/\bi(?:'m| am)\b/)).toEqual(['i am', "i'm"]);
    expect(neededStrings(/emphasi[sz]e/)).toEqual(['empha']);
    expect(neededStrings(/\b[ab]c\b/)).toEqual(['ac', 'bc']);
  });

  it('is nothing when any branch, class or optional piece needs nothing', () => {
    expect(neededStrings(/\bthanks\b|\w+\b/)).toBeNull();
    expect(neededStrings(/(?:please)?/)).toBeNull();
    expect(neededStrings(/[a-z]+/)).toBeNull();
    expect(neededStrings(/x*/)).toBeNull();
  });

  it('skips look-arounds, which match no text of their own', () => {
    expect(neededStrings(/(?<!not )\bhurry\b/)).toEqual(['hurry']);
    expect(neededStrings(/\bcall(?! me)/)).toEqual(['call']);
  });

  it('keeps what one copy of a repeated piece needs', () => {
    expect(neededStrings(/(?:oh )+/)).toEqual(['oh ']);
    expect(neededStrings(/\d{7,}/)?.length).toBe(10);
  });

  it('gives up on what it does not model: case-folding, back-references', () => {
    expect(neededStrings(/please/i)).toBeNull();
    expect(neededStrings(/(a)\1/)).toEqual(['a']);
    expect(neededStrings(/(a)?\1/)).toBeNull();
  });
});

// Every guarded expression the grader uses, each held to its promise: it matches exactly the
// texts its expression matches.
function agrees(texts: readonly string[]): string[] {
  const wrong: string[] = [];
  for (const g of allGuarded()) {
    for (const t of texts) {
      g.re.lastIndex = 0;
      const expected = g.re.test(t);
      if (g.test(t) !== expected) wrong.push(`${g.re.source.slice(0, 60)} on "${t}"`);
    }
  }
  return wrong;
}

describe('a guarded expression', () => {
  it('matches exactly what its expression matches on the corpus, as each reader sees a line', () => {
    gradeLine({ text: 'load every rule' });
    expect(allGuarded().length).toBeGreaterThan(200);
    const texts: string[] = [];
    for (const file of trainingFiles().filter((f) => f.startsWith('data/corpus/'))) {
      for (const row of readLabelled(file).slice(0, 100)) {
        const prepared = prepare(row.text, undefined);
        texts.push(row.text, prepared.lower, prepared.clean);
      }
    }
    expect(texts.length).toBeGreaterThan(1500);
    expect(agrees(texts)).toEqual([]);
  });

  it('matches exactly what its expression matches on lines made of the rules’ own words', () => {
    gradeLine({ text: 'load every rule' });
    const words = [
      ...new Set(allGuarded().flatMap((g) => g.re.source.match(/[a-z][a-z']*/g) ?? [])),
    ];
    const line = fc
      .array(
        fc.tuple(
          fc.constantFrom(...words),
          fc.constantFrom(' ', ' ', ' ', ', ', '. ', '? ', '! ', ' 5', '0 '),
        ),
        { minLength: 1, maxLength: 14 },
      )
      .map((parts) => parts.map(([w, sep]) => w + sep).join(''));
    fc.assert(
      fc.property(fc.array(line, { minLength: 5, maxLength: 5 }), (texts) => {
        expect(agrees(texts)).toEqual([]);
      }),
      { numRuns: 60, seed: 20261201 },
    );
  });

  it('rules a text out only when its expression cannot match it', () => {
    const g = guard(/\bwhat time (?:would|is)\b/);
    expect(g.mayMatch('hello there')).toBe(false);
    expect(g.test('hello there')).toBe(false);
    expect(g.mayMatch('what time is it')).toBe(true);
    expect(g.test('what time is it')).toBe(true);
    expect(g.mayMatch('what time do you open')).toBe(true);
    expect(g.test('what time do you open')).toBe(false);
  });
});
