/** Days shown on the planning calendar (interview day = 0), three weeks of them. */
export const CALENDAR_DAYS: readonly number[] = Array.from({ length: 21 }, (_, day) => day);

export interface TimeSlot {
  time: string;
  label: string;
}

/** Moments of the day the learner can call at; a mix of office hours and not. */
export const TIME_SLOTS: readonly TimeSlot[] = [
  { time: '08:00', label: 'early morning' },
  { time: '09:30', label: 'mid-morning' },
  { time: '10:30', label: 'late morning' },
  { time: '12:30', label: 'lunchtime' },
  { time: '14:00', label: 'early afternoon' },
  { time: '16:30', label: 'late afternoon' },
  { time: '18:00', label: 'evening' },
  { time: '21:30', label: 'late evening' },
];

/** Whether a call can be made at a day and time; asked of the machine (`state.can`). */
export type CanDial = (day: number, time: string) => boolean;

/** A day is offered only if one of the offered time slots can be dialled on it. */
export function isDayPossible(canDial: CanDial, day: number): boolean {
  return TIME_SLOTS.some((slot) => canDial(day, slot.time));
}

/** True while some offered day and time can still be dialled. */
export function canCallAgain(canDial: CanDial): boolean {
  return CALENDAR_DAYS.some((day) => isDayPossible(canDial, day));
}
