import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  heldOutFiles,
  readLabelled,
  trainingFiles,
  trainingSource,
} from '../../../scripts/trainingData';
import {
  evidenceFor,
  featurePhrase,
  labelLogits,
  labelLogitsByName,
} from '../../../src/scoring/model/intentModel';
import { prepare, readLine } from '../../../src/scoring/reading';

describe('the fitted intent model', () => {
  it('was trained on the data and reading code as they are now (retrain when this fails)', () => {
    const file = JSON.parse(
      readFileSync(
        new URL('../../../src/scoring/model/intentWeights.json', import.meta.url),
        'utf8',
      ),
    ) as { source: string };
    expect(
      file.source,
      'stale weights: run npx tsx scripts/trainIntentModel.ts and commit the weights',
    ).toBe(trainingSource());
  });

  it('adds up every labelled line exactly as its features name it (the fast path and the reference)', () => {
    let lines = 0;
    for (const file of [...trainingFiles(), ...heldOutFiles()]) {
      if (!file.endsWith('lines.jsonl') && !file.startsWith('data/corpus')) continue;
      for (const line of readLabelled(file)) {
        const prepared = prepare(line.text, line.reached);
        expect(labelLogits(prepared), line.text).toEqual(labelLogitsByName(prepared));
        lines++;
      }
    }
    expect(lines).toBeGreaterThan(3000);
  });

  it('adds up any text exactly as its features name it: digits, names, words never seen, marks', () => {
    const pieces = [
      'ms',
      'diaz',
      'dont',
      'not',
      'never',
      'call',
      'interested',
      '0412',
      '555',
      '3pm',
      '??',
      '!!',
      'okonkwo',
      'transferring',
      'me',
      'é',
      '٣',
      "i'm",
      ',',
      ' ',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), {
          maxLength: 60,
        }),
        fc.constantFrom(undefined, 'receptionist', 'voicemail', 'interviewer'),
        (parts, reached) => {
          const prepared = prepare(parts.join(' '), reached as never);
          expect(labelLogits(prepared)).toEqual(labelLogitsByName(prepared));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same reading for the same line', () => {
    const line = 'um hi is is ms diaz there i wanted to ask when shes free';
    expect(readLine(line, 'receptionist')).toEqual(readLine(line, 'receptionist'));
  });

  it('explains a reading by the words that weighed most for it', () => {
    const reading = readLine('I need an answer by Friday at the latest.', 'interviewer');
    expect(reading.intents).toContain('pressure');
    const phrases = evidenceFor(reading, 'pressure').map((e) => featurePhrase(e.feature));
    expect(phrases.length).toBeGreaterThan(0);
    expect(phrases.some((p) => p !== undefined && reading.clean.includes(p.replace('…', '')))).toBe(
      true,
    );
  });

  it('reads no intent in a line that is not English, and says so', () => {
    const reading = readLine('hola, quería saber si el puesto sigue disponible, gracias');
    expect(reading.english).toBe(false);
    expect(reading.intents).toEqual([]);
  });

  it('knows a line in another script is not English, however its words are spaced', () => {
    for (const line of [
      '请问面试的结果出来了吗？',
      '面接の結果はもう出ましたか。',
      'Здравствуйте, я звоню по поводу собеседования.',
      'مرحبا، أتصل بخصوص المقابلة',
    ]) {
      expect(readLine(line).english, line).toBe(false);
    }
    // A name or a word in another script inside an English line changes nothing.
    expect(readLine('Hi, this is 王芳 calling about my interview on Monday.').english).toBe(true);
  });

  it('never takes a learner’s own name, or a typed name, for another language', () => {
    const own = readLine('Siobhán Ní Bhriain, calling back.', 'receptionist', 'Siobhán Ní Bhriain');
    expect(own.english).toBe(true);
    expect(own.intents).toContain('identify');
    expect(
      readLine('Oh, sorry. Mei-Ling. Mei-Ling Chou.', 'receptionist', 'Mei-Ling Chou').intents,
    ).toContain('identify');
    // Names typed with capitals are no language's words.
    expect(readLine('Yes, Xochitl Tlacuilo Ixtab.').english).toBe(true);
    // Capitals do not rescue a sentence in another language, nor German's capitalised nouns.
    for (const line of [
      'Guten Tag, ich rufe wegen der Stelle als Projektleiterin an.',
      'Wir hatten am Dienstag ein Gespräch über die Stelle.',
    ]) {
      expect(readLine(line).english, line).toBe(false);
    }
    expect(
      readLine('Hola, quisiera hablar con la señora García sobre la entrevista.').english,
    ).toBe(false);
  });
});

describe('lines the rubric must not be fooled by', () => {
  it('does not let thanks make a deadline polite', async () => {
    const { gradeLine } = await import('../../../src/scoring/gradeLine');
    const g = gradeLine({ text: 'Let me know by Monday at the latest, thank you!' });
    expect(g.pushy).toBe(true);
    expect(g.tone).not.toBe('polite');
  });

  it('grades an insult below a plain pushy line', async () => {
    const { gradeLine } = await import('../../../src/scoring/gradeLine');
    const insult = gradeLine({ text: 'you people are a joke', reached: 'receptionist' });
    const pushy = gradeLine({ text: 'I need to speak to her today.', reached: 'receptionist' });
    expect(insult.insult).toBe(true);
    expect(insult.politeness).toBeLessThan(pushy.politeness);
  });
});
