/**
 * The tips of the source article, paraphrased in our own words. Every finding names one.
 * Source: "Post-Interview: Following Up with a Phone Call" (blog post, December 4, 2008).
 */
export const TIP_IDS = ['T0', 'T1', 'T2', 'T3', 'T4'] as const;
export type TipId = (typeof TIP_IDS)[number];

export interface Tip {
  id: TipId;
  title: string;
  /** A short paraphrase shown beside findings. */
  summary: string;
}

export const TIPS: Record<TipId, Tip> = {
  T0: {
    id: 'T0',
    title: 'Send a thank-you note',
    summary: 'A short thank-you note after the interview is a good first step before any call.',
  },
  T1: {
    id: 'T1',
    title: 'Be patient',
    summary:
      'Give the employer two or three days before the first call; hiring managers are busy and an early call usually finds no news.',
  },
  T2: {
    id: 'T2',
    title: 'Reach a person',
    summary:
      'Aim to talk to a person, ideally your interviewer. If a receptionist answers, ask when the interviewer is free. Leave one or two voicemails at most, days apart, and after a long silence turn to other openings.',
  },
  T3: {
    id: 'T3',
    title: 'Keep it brief',
    summary:
      'No need to repeat your qualifications. Say you are still keen, ask politely whether the job is still open or you are still being considered, ask about the timeline if so, and end with thanks.',
  },
  T4: {
    id: 'T4',
    title: 'Stay composed',
    summary: 'Sound confident, proactive and relaxed, never pushy or anxious.',
  },
};

export const ARTICLE_CREDIT =
  'Tips paraphrased from the blog post “Post-Interview: Following Up with a Phone Call” (December 4, 2008).';
