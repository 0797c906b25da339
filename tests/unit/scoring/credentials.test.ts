/** Reciting credentials (tip T3): lists and re-argued fit, not one short line of fit. */
import { describe, expect, it } from 'vitest';
import { gradeLine } from '../../../src/scoring/index';

const recites = (text: string) => expect(gradeLine({ text }).recitesCredentials, text).toBe(true);
const fine = (text: string) => expect(gradeLine({ text }).recitesCredentials, text).toBe(false);

describe('recitesCredentials', () => {
  it('reads British and short degree names', () => {
    recites('I have a BSc in biology and an MSc in data science.');
  });

  it('reads a recap of the background and newly completed qualifications', () => {
    recites('Let me just run through my background again.');
    recites("Since we spoke I've completed my ACCA level 3 exams.");
    recites('I should mention that I managed a team of thirty at my last firm.');
  });

  it('reads re-arguing fit against the other candidates', () => {
    recites('No other candidate has my experience with hospitals.');
  });

  it('lets one short line of fit pass', () => {
    fine('I think my background would suit the team well.');
    fine('I forgot to mention my availability: any weekday.');
  });
});
