import { describe, expect, it } from 'vitest';
import { gradeCall, gradeLine } from '../../../src/scoring';
import { nameGiven, saysOwnName } from '../../../src/scoring/identify';
import { classifyIntents, cleanLine } from '../../../src/scoring/reading';
import { normalise } from '../../../src/scoring/text';
import { fakeAttempt, fakeLog, me, them } from './fakes';

describe('the caller saying their own name', () => {
  it('finds the whole name or a part that is not an everyday word', () => {
    expect(saysOwnName('adaeze okafor 0803 555 0101', 'Adaeze Okafor')).toBe(true);
    expect(saysOwnName('sorry okafor again', 'Adaeze Okafor')).toBe(true);
    expect(saysOwnName('i will call back later', 'Will Hart')).toBe(false);
    expect(saysOwnName('will hart here', 'Will Hart')).toBe(true);
    expect(saysOwnName('is she in today', 'Adaeze Okafor')).toBe(false);
    expect(saysOwnName('anything', '')).toBe(false);
  });

  it('makes a line that gives only the name identify, when the call knows the name', () => {
    // A bare surname: whose it is only the call can say (a whole name alone is read as one's own).
    const line = 'Sorry. Dlamini.';
    expect(classifyIntents(line, 'receptionist')).not.toContain('identify');
    expect(classifyIntents(line, 'receptionist', 'Mbali Dlamini')).toContain('identify');
    expect(
      gradeLine({ text: line, reached: 'receptionist', caller: 'Mbali Dlamini' }).intents,
    ).toContain('identify');
  });

  it('reads the log’s caller in a whole call', () => {
    const log = (people?: { caller: string }) => ({
      ...(people ? { people } : {}),
      attempts: [
        {
          day: 3,
          time: '10:30',
          reached: 'receptionist' as const,
          turns: [
            { speaker: 'them' as const, text: 'Front desk, who is calling?' },
            { speaker: 'me' as const, text: 'Sorry. Dlamini.' },
          ],
        },
      ],
    });
    const known = gradeCall(log({ caller: 'Mbali Dlamini' }));
    const unknown = gradeCall(log());
    expect(known.lines?.[0]?.grade.intents).toContain('identify');
    expect(unknown.lines?.[0]?.grade.intents).not.toContain('identify');
    // The same reading decides whether the caller gave their name (no "say who you are").
    const noName = (card: typeof known) => card.findings.filter((f) => f.problem === 'name@0');
    expect(noName(unknown).length).toBeGreaterThan(0);
    expect(noName(known)).toEqual([]);
  });
});

describe('a name in a message', () => {
  const receptionist = (text: string) =>
    gradeCall(
      fakeLog({
        attempts: [
          fakeAttempt({
            reached: 'receptionist',
            turns: [
              them('Hello, McLeod and Partners.'),
              me('Hello, is Mr. McLeod in, please?'),
              them("He's out until Thursday."),
              me(text),
            ],
          }),
        ],
      }),
    );

  it('is heard without capitals, as speech recognition writes it', () => {
    const card = receptionist('brilliant could you tell him kirsty fraser phoned thanks bye');
    expect(card.lines?.[1]?.grade.intents).toContain('identify');
    expect(card.findings.filter((f) => f.problem === 'name@0')).toEqual([]);
  });

  it('is not read into a line that names nobody', () => {
    const card = receptionist('could you tell him someone called thanks bye');
    expect(card.findings.some((f) => f.problem === 'name@0' && f.dimension === 'purpose')).toBe(
      true,
    );
  });

  it('is asked of a receptionist for the call’s purpose, not as a courtesy', () => {
    const card = receptionist('Okay, thank you, I will try again on Thursday.');
    const noName = card.findings.filter((f) => f.problem === 'name@0');
    expect(noName.map((f) => f.dimension)).toEqual(['purpose']);
  });
});

describe('a name said the way people say it on the phone', () => {
  const said = (text: string) => nameGiven(text, cleanLine(normalise(text)));

  it('is heard after a greeting and the listener’s name, then "again" or "here"', () => {
    expect(said('hi dana wesley tran again sorry to miss you')).toBe('wesley');
    expect(said('hello sir rajesh here rajesh kumar')).toBe('rajesh');
    expect(said('mr tan hi kevin lopez here from thursdays interview')).toBe('kevin');
  });

  it('is heard when it is spelled out, stammered or after a hesitation', () => {
    expect(said('hi its siobhan ni bhriain thats n i b h r i a i n from the interview')).toBe(
      'siobhan',
    );
    expect(said('yeah its jordan j o r d a n miller')).toBe('jordan');
    expect(said('hiya sorry its um its grace i was in last week')).toBe('grace');
    expect(
      said('this is um wait is this still recording ok this is tanya from the interview'),
    ).toBe('tanya');
  });

  it('is heard before "we met", a self-correction, and in a name with a curly apostrophe', () => {
    expect(said('hi ms okoro its tunde bakare we spoke on tuesday about the driver job')).toBe(
      'tunde',
    );
    expect(said('hi its its maeve sorry maeve kinsella from the interview')).toBe('maeve');
    expect(said('Hello Ms Lee, Niamh O’Connor again. Any news?')).toBe('niamh');
    expect(said('its fine sorry to bother you')).toBeUndefined();
  });

  it('is not read into words that only follow "it\'s" or "I am"', () => {
    expect(said('i want to know whether i am selected or not')).toBeUndefined();
    expect(said('im after ringing three times now')).toBeUndefined();
    expect(said('i am most suitable candidate once again')).toBeUndefined();
    expect(said('thanks again bye')).toBeUndefined();
    expect(said('ill ring again on thursday then')).toBeUndefined();
  });
});

describe('the listener’s name', () => {
  const listeners = ['Priya Patel', 'Dana'];

  it('says who is listening, not who is calling', () => {
    // A whole name alone reads as one's own, unless the call says whose it is.
    const line = 'Hi, Priya Patel please.';
    expect(classifyIntents(line, 'receptionist', 'Sam Rivera')).toContain('identify');
    expect(classifyIntents(line, 'receptionist', 'Sam Rivera', listeners)).not.toContain(
      'identify',
    );
  });

  it('leaves a line that names the caller too, or the interview, identified', () => {
    for (const line of [
      "Hi Dana, it's Sam Rivera calling for Priya.",
      'Hi Priya, Sam here.',
      'Hello Dana, I interviewed with Priya Patel on Monday for the analyst role.',
    ]) {
      expect(classifyIntents(line, 'receptionist', 'Sam Rivera', listeners), line).toContain(
        'identify',
      );
    }
  });

  it('is taken out without leaving a gap, so the caller naming themselves still counts', () => {
    for (const line of [
      'Could you tell Dana that Jamie Fox called',
      'Please tell Dana Jamie Fox rang',
    ]) {
      expect(classifyIntents(line, 'receptionist', undefined, ['Dana Lee']), line).toContain(
        'identify',
      );
    }
  });

  it('is not taken for the caller’s own name in a message', () => {
    const attempt = fakeAttempt({
      reached: 'receptionist',
      turns: [them('Front desk.'), me('hi could you tell dana i called please')],
    });
    const card = gradeCall(fakeLog({ attempts: [attempt], people: { interviewer: 'Dana Lee' } }));
    expect(card.findings.some((f) => f.problem === 'name@0')).toBe(true);
  });

  it('is read from the call log’s people when a call is graded', () => {
    const turns = [
      them('Harbor Lane, Dana speaking.'),
      me("Of course, thanks Dana. I'll try her after Thursday."),
    ];
    const attempt = fakeAttempt({ reached: 'receptionist', turns });
    const known = gradeCall(
      fakeLog({
        attempts: [attempt],
        people: { interviewer: 'Priya Patel', receptionist: 'Dana' },
      }),
    );
    expect(known.lines?.[0]?.grade.intents).not.toContain('identify');
    expect(known.findings.some((f) => f.problem === 'name@0')).toBe(true);
  });
});
