import { describe, expect, it } from 'vitest';
import { activePack } from '../../src/ui/workshop/openPack';
import { DEFAULT_PACK_SETTINGS, newPack } from '../../src/workshop/pack';

// (In the component project: openPack's module reads the browser's storage when asked.)
describe('a pack whose own scenario is refused', () => {
  const pack = newPack({
    id: 'p',
    title: 'Day one',
    scenarios: ['too-soon', 'broken-one', 'still-deciding'],
    settings: DEFAULT_PACK_SETTINGS,
  });
  const cards = [{ id: 'too-soon' }, { id: 'still-deciding' }, { id: 'broken-one' }];

  it('keeps a built-in scenario whose id a refused own file tried to take', () => {
    const active = activePack(
      {
        pack,
        openedAt: 1,
        own: {
          playable: [],
          refused: [
            {
              id: 'too-soon',
              title: 'My copy',
              reason: 'x.yaml:1:1: a built-in id',
              builtIn: true,
            },
            { id: 'broken-one', title: 'Broken', reason: 'b.yaml:2:1: YAML syntax' },
          ],
        },
      },
      [],
      () => undefined,
    );
    expect(active.offered(cards).map((c) => c.id)).toEqual(['too-soon', 'still-deciding']);
  });
});
