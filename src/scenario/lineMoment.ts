/**
 * A scenario line as said on one call of a campaign: the call's hour and weekday, the learner's
 * name and the voicemails left before it. The machine records lines this way, the call screen
 * shows the choices this way, and the call log renders the model lines this way.
 */
import type { Calendar } from '../scoring/calendar.ts';
import { messagesBefore } from './campaignContext.ts';
import type { CampaignContext } from './campaignTypes.ts';
import type { Scenario } from './schema.ts';
import { renderLine } from './template.ts';
import { calendarOf } from './timetable.ts';

/** What every line of one scenario is said against: its calendar and its default caller. */
export interface LineSetting {
  calendar: Calendar;
  caller: string;
}

/** A scenario's line setting: its calendar and its own caller's name. */
export function settingOf(scenario: Scenario): LineSetting {
  return { calendar: calendarOf(scenario), caller: scenario.setting.callerName };
}

/** A line as said on the campaign's call number `index` (0-based). */
export function lineAt(
  context: CampaignContext,
  index: number,
  setting: LineSetting,
  text: string,
): string {
  const attempt = context.attempts[index];
  if (!attempt || !text.includes('{')) return text;
  return renderLine(text, {
    day: attempt.day,
    time: attempt.time,
    caller: context.caller ?? setting.caller,
    calendar: setting.calendar,
    messagesBefore: messagesBefore(context.attempts, index),
  });
}

/** A line as said on the call under way. */
export function lineNow(context: CampaignContext, setting: LineSetting, text: string): string {
  return lineAt(context, context.attempts.length - 1, setting, text);
}
