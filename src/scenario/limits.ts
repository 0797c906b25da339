/**
 * How long one typed answer may be: a phone turn is a sentence or two, and the longest
 * sensible voicemail is about 75 words (some 450 characters).
 */
export const ANSWER_MAX_CHARS = 600;
