/**
 * Intents from the many ways people phrase a follow-up call: word order, adverbs in the
 * middle of a phrase, learner English, spoken transcripts. Phrasings here differ on purpose
 * from data/labelled/fresh-lines.jsonl so the rules are tested, not the examples.
 */
import { describe, expect, it } from 'vitest';
import { classifyIntents } from '../../../src/scoring/index';

const has = (text: string, intent: string) => expect(classifyIntents(text), text).toContain(intent);
const lacks = (text: string, intent: string) =>
  expect(classifyIntents(text), text).not.toContain(intent);

describe('leave_message', () => {
  it('accepts a pronoun and an adjective between "leave" and "message"', () => {
    has('Could I leave him a short message?', 'leave_message');
  });

  it('does not read refusing to leave a message as leaving one', () => {
    lacks("I'd rather not leave a message, thanks.", 'leave_message');
  });

  it('reads a phone number in any grouping, or spelled out in words', () => {
    has('Best on 0412 555 019.', 'leave_message');
    has('it is five five five, oh one four two, thanks', 'leave_message');
    lacks('I have 12 years in 3 different banks.', 'leave_message');
  });

  it('reads "my number\'s", an e-mail address and a requested call back', () => {
    has("My number's 0161 496 0732.", 'leave_message');
    has('Or you can just email me at sam at example dot com.', 'leave_message');
    has("I'd welcome a quick call back when she's free.", 'leave_message');
  });

  it('does not read a complaint about call-backs as a message', () => {
    lacks('Is anyone ever going to call me back?', 'leave_message');
    lacks('Do you even pass on messages?', 'leave_message');
  });

  it('reads a message passed through the receptionist', () => {
    has('Could you give her message that Omar rang?', 'leave_message');
    has("Please let him know I'm still keen.", 'leave_message');
    has('Can I get his voicemail instead?', 'leave_message');
  });
});

describe('ask_for_person', () => {
  it('reads adverbs and "grab a word" inside the request', () => {
    has("I was hoping to quickly speak with Ms. Ortega if she's free.", 'ask_for_person');
    has('Could I grab a quick word with Dev?', 'ask_for_person');
    has('Any chance I could have a word with Mr. Obi?', 'ask_for_person');
  });

  it('reads indirect asks and the line that ends with whom they are calling for', () => {
    has('I was just wondering if maybe Mr. Lund was in the office.', 'ask_for_person');
    has('hi its dana park for mr lund', 'ask_for_person');
    has('Might Ms. Hale be free for a brief chat?', 'ask_for_person');
  });

  it('does not take "when she would be free" or "what I am looking for" as a request', () => {
    lacks('Do you know when she would be free to take a call?', 'ask_for_person');
    lacks("It's just what I was looking for and more.", 'ask_for_person');
    lacks('I would like to know if the position is still available.', 'ask_for_person');
  });
});

describe('ask_availability', () => {
  it('reads statement order after "if" and "when"', () => {
    has("Any idea if he'll be back in on Monday?", 'ask_availability');
    has('Could you tell me when Ms. Lee will be back?', 'ask_availability');
  });

  it('reads habits, proposed slots and learner questions', () => {
    has('When does she usually take calls?', 'ask_availability');
    has('Would Thursday afternoon suit her?', 'ask_availability');
    has('Is Monday any better?', 'ask_availability');
    has('What hour is she in the office?', 'ask_availability');
    has('Should I ring back after lunch?', 'ask_availability');
    lacks('So when do I start?', 'ask_availability');
  });
});

describe('ask_status and ask_timeline', () => {
  it('reads the job being "still free", "up for grabs" or taken in learner English', () => {
    has('I want to ask if the job is still free.', 'ask_status');
    has('Is the role still up for grabs?', 'ask_status');
    has('You have already choose the candidate?', 'ask_status');
    has('where are you guys at with it?', 'ask_status');
    has('Has anything changed since Monday?', 'ask_status');
  });

  it('does not read "I still haven\'t heard anything" as a question', () => {
    lacks("I still haven't heard anything from anyone.", 'ask_status');
  });

  it('reads next rounds, finding out and decisions within a week as the timeline', () => {
    has('What would the next stage be?', 'ask_timeline');
    has('When do you think I will find out?', 'ask_timeline');
    has('Will you be deciding by Friday?', 'ask_timeline');
  });
});

describe('identify and express_interest', () => {
  it('reads names that end the line, follow "here is" or open it with "again"', () => {
    has('um hi this is um lee morgan', 'identify');
    has('Good day, here is Marta Kowalczyk.', 'identify');
    has('Priya Shah again, sorry to bother you.', 'identify');
    lacks("I'm calling about the status of my application.", 'identify');
  });

  it('reads the interview in learner English and the role without an article', () => {
    has('I did interview with you on Friday.', 'identify');
    has('I am calling about cashier job.', 'identify');
    lacks('I have another interview tomorrow.', 'identify');
  });

  it('reads "interest" as an adjective, liking the team, and a first choice', () => {
    has('I am still very interest in the position.', 'express_interest');
    has('I really liked the people there.', 'express_interest');
    has('This role is still my top choice.', 'express_interest');
  });

  it('does not take a thank-you note for thanks', () => {
    lacks('I wanted to check you got my thank-you note.', 'thanks');
    has('Thank you, I sent a note too.', 'thanks');
  });
});

describe('statement order and spoken shorthand', () => {
  it('reads "what time she gets back" and "when he comes in"', () => {
    has('do you know what time he gets back', 'ask_availability');
    has('Any idea when Ms. Diaz normally comes in?', 'ask_availability');
  });

  it('reads apostrophe-less "youll" and "letting people know" as the timeline', () => {
    has('when do you think youll be letting us know', 'ask_timeline');
    has('Could you give me a rough estimate of the timing?', 'ask_timeline');
  });

  it('reads "how things are going", "was I successful" and "motivated" plainly', () => {
    has("I'm calling to see how the selection is going.", 'ask_status');
    has('Have I been shortlisted?', 'ask_status');
    has("I'm really motivated to start with you.", 'express_interest');
    has('i still really want the job', 'express_interest');
  });

  it('takes "cheers for that" as thanks, not goodbye', () => {
    has('Cheers for your help.', 'thanks');
    lacks('Cheers for your help.', 'closing');
  });
});
