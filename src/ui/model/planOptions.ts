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

/** The latest slot of a day: if even that is refused, the whole day is. */
export const LAST_SLOT = '23:59';
