import { afterEach, describe, expect, it } from 'vitest';
import { keep } from '../../src/ui/own/ownStore';
import { isOwnCard, ownCardFor, rememberPlayed } from '../../src/ui/own/ownUnderWay';

afterEach(() => {
  window.localStorage.clear();
  window.sessionStorage.clear();
});

describe('an own scenario found again after a reload', () => {
  it('comes from the file played in this tab', () => {
    rememberPlayed({ id: 'mine', title: 'Mine', name: 'mine.yaml', text: 'id: mine' });
    const card = ownCardFor('mine');
    expect(card?.title).toBe('Mine');
    expect(card && isOwnCard(card) ? card.ownFile : undefined).toEqual({
      name: 'mine.yaml',
      text: 'id: mine',
    });
    expect(ownCardFor('other')).toBeUndefined();
  });

  it('else from the scenarios kept on the device', () => {
    expect(keep({ id: 'kept', title: 'Kept', name: 'kept.yaml', text: 'id: kept' }).ok).toBe(true);
    expect(ownCardFor('kept')?.ownFile.text).toBe('id: kept');
  });

  it('ignores a damaged entry', () => {
    window.sessionStorage.setItem('follow-up-call-trainer.ownUnderWay', '{not json');
    expect(ownCardFor('mine')).toBeUndefined();
  });
});
