import { describe, expect, it } from 'vitest';
import { choiceOrderAt } from '../../../src/ui/model/choiceOrder';
import { mostHands, roomChoseWords, tallyOf } from '../../../src/ui/model/roomTally';
import { withRoomForTab } from '../../../src/workshop/openPractice';
import { DEFAULT_PACK_SETTINGS, decodePack, encodePack, newPack } from '../../../src/workshop/pack';
import { OPEN_PRACTICE, rulesOf } from '../../../src/workshop/rules';

const pack = (room?: boolean) =>
  newPack({
    id: 'abc123',
    title: 'Thursday jobs club',
    scenarios: ['still-deciding'],
    settings: room === undefined ? DEFAULT_PACK_SETTINGS : { ...DEFAULT_PACK_SETTINGS, room },
  });

describe('room mode in a pack', () => {
  it('is off for a link made before it (no room setting)', () => {
    const decoded = decodePack(encodePack(pack()));
    if (!decoded.ok) throw new Error(decoded.reason);
    expect(decoded.pack.settings).not.toHaveProperty('room');
    expect(rulesOf(decoded.pack).room).toBe(false);
  });

  it('is on when the pack says so, and survives the link', () => {
    const decoded = decodePack(encodePack(pack(true)));
    if (!decoded.ok) throw new Error(decoded.reason);
    expect(rulesOf(decoded.pack).room).toBe(true);
  });

  it('is on for a tab that asked for it, pack or not', () => {
    expect(withRoomForTab(OPEN_PRACTICE, true).room).toBe(true);
    expect(withRoomForTab(OPEN_PRACTICE, false)).toBe(OPEN_PRACTICE);
    expect(withRoomForTab(rulesOf(pack(true)), false).room).toBe(true);
  });
});

describe('a show of hands in words', () => {
  const order = [2, 0, 1]; // display place → authored index

  it('keeps the boxes in authored order, empty boxes as 0', () => {
    expect(tallyOf(['3', '', '14'], order)).toEqual({ counts: [0, 14, 3] });
    expect(tallyOf(['', '', ''], order)).toEqual({ counts: [] });
  });

  it('says the number the room saw, its hands, then the others', () => {
    expect(roomChoseWords({ counts: [9, 14, 2] }, 0, order)).toBe(
      'The room chose 2, 9 to 14 to 2 (hands for line 1: 2, line 2: 9, line 3: 14).',
    );
    expect(roomChoseWords({ counts: [] }, 1, order)).toBe('The room chose 3.');
  });

  it('finds the line with the most hands, and no line on a tie', () => {
    expect(mostHands(['3', '14', '9'])).toBe(1);
    expect(mostHands(['14', '14', ''])).toBeUndefined();
    expect(mostHands(['', '', ''])).toBeUndefined();
  });

  it('uses the call screen’s order', () => {
    expect(choiceOrderAt('s', 'n', 3)).toEqual(choiceOrderAt('s', 'n', 3));
    expect([...choiceOrderAt('s', 'n', 3)].sort()).toEqual([0, 1, 2]);
  });
});
