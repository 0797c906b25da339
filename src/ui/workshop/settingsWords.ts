/** A pack's settings in words, for the participant's banner and the printed handout. */
import type { InputMode, PackSettings } from '../../workshop/packTypes';

export const MODE_WORDS: Record<InputMode, string> = {
  choose: 'choosing a line',
  type: 'typing your own',
  speak: 'saying it out loud',
};

/** What "at the end" means, said the same way everywhere. */
export const AT_THE_END = 'once you have finished every scenario of this workshop on this device';

function list(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** One sentence per setting, in the participant's terms. */
export function settingsInWords(settings: PackSettings): string[] {
  const onlySpeak = !settings.modes.includes('choose') && !settings.modes.includes('type');
  return [
    `You answer by ${list(settings.modes.map((m) => MODE_WORDS[m]))}${
      onlySpeak ? ' (typing stays there for a browser that cannot listen)' : ''
    }.`,
    settings.voices
      ? 'The other side’s lines are spoken aloud, with captions.'
      : 'The other side’s lines are shown as captions, not spoken.',
    settings.modelAnswers
      ? 'The debrief shows model lines.'
      : 'The debrief shows what to work on, without model lines.',
    settings.scores === 'each'
      ? 'Your scores show after each scenario.'
      : `Your scores show at the end: ${AT_THE_END}.`,
    ...(settings.room
      ? ['Room mode: the call is shown large for a projector, and the room decides each line.']
      : []),
  ];
}
