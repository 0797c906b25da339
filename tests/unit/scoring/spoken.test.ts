import { describe, expect, it } from 'vitest';
import { classifyIntents } from '../../../src/scoring/reading';
import { cleanSpoken, unstretched } from '../../../src/scoring/spoken';
import { normalise } from '../../../src/scoring/text';

const clean = (text: string) => cleanSpoken(normalise(text));

describe('the spoken-text front end', () => {
  it('restores apostrophes speech engines drop', () => {
    expect(clean('shes in a meeting')).toBe("she's in a meeting");
    expect(clean('whens she back')).toBe("when's she back");
    expect(clean('ill call back tomorrow')).toBe('i will call back tomorrow');
  });

  it('keeps words that are names of built-in properties as the words they are', () => {
    expect(cleanSpoken('i worked as a constructor then a tostring valueof hasownproperty')).toBe(
      'i worked as a constructor then a tostring valueof hasownproperty',
    );
    expect(cleanSpoken('proto constructor tolocalestring')).not.toMatch(/function|native code/);
  });

  it('leaves an ambiguous word alone when no verb follows', () => {
    expect(clean('i was ill last week')).toBe('i was ill last week');
    expect(clean('well ok then')).toBe('well ok then');
  });

  it('collapses stammered repeats but keeps meant ones', () => {
    expect(clean('is is she there')).toBe('is she there');
    expect(clean('i i i just wanted to ask')).toBe('i just wanted to ask');
    expect(clean('thank you very very much')).toBe('thank you very very much');
  });

  it('reads runs of number words as digits, and "oh" and "one" only inside a run', () => {
    expect(clean('five five five oh one two three')).toBe('5 5 5 0 1 2 3');
    expect(clean('oh ok one more thing')).toBe('oh ok one more thing');
    expect(clean('around two thirty')).toBe('around 2 30');
  });

  it('folds dialect and learner forms to the plainer word', () => {
    expect(clean('could she ring me back')).toBe('could she call me back');
    expect(clean('any joy on the job front')).toBe('any news on the job front');
    expect(clean('kindly update the status of my candidature')).toBe(
      'please update the status of my application',
    );
  });

  it('folds creole and Scots forms that are no other word, and leaves those that are', () => {
    expect(clean('yuh have a likkle minute')).toBe('you have a little minute');
    expect(clean('i cyaan wait fae the morra')).toBe("i can't wait from the morra");
    // "mi" and "di" are Spanish and Italian words too: a line in those languages must stay one.
    expect(clean('mi nombre es ana di roma')).toBe('mi nombre es ana di roma');
  });

  it('gives back the g speech drops, and only to words that had one', () => {
    expect(clean('good mornin miss bennett')).toBe('good morning miss bennett');
    expect(clean("just callin' to check, nothin yet")).toBe('just calling to check, nothing yet');
    expect(clean('when will you begin, my cousin asked')).toBe(
      'when will you begin, my cousin asked',
    );
    expect(classifyIntents('good evenin mr ade', 'interviewer')).toContain('greeting');
  });

  it('keeps hyphenated words whole', () => {
    expect(clean('did you get my thank-you note')).toBe('did you get my thank-you note');
  });
});

describe('stretched letters', () => {
  it('come back to the word: one letter, or two where the word has a double letter', () => {
    expect(
      ['hiii', 'heyyy', 'thanksss', 'pleeease', 'sooooon', 'goood', 'helllo', 'amaaazing'].map(
        unstretched,
      ),
    ).toEqual(['hi', 'hey', 'thanks', 'please', 'soon', 'good', 'hello', 'amazing']);
  });

  it('leave words of one letter, digits and ordinary words alone', () => {
    expect(['mmm', 'zzz', '1000', 'all', 'hello', 'too'].map(unstretched)).toEqual([
      'mmm',
      'zzz',
      '1000',
      'all',
      'hello',
      'too',
    ]);
  });

  it('let a stretched greeting, thanks or goodbye be read as one', () => {
    expect(classifyIntents('heyyy is the job still open', 'receptionist')).toEqual(
      expect.arrayContaining(['greeting', 'ask_status']),
    );
    expect(classifyIntents('byeee thanksss', 'receptionist')).toEqual(
      expect.arrayContaining(['thanks', 'closing']),
    );
  });
});
