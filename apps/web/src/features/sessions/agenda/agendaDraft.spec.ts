import { errorsByItem, minutesOf, moved, newDraftItem, requestOf } from './agendaDraft';

describe('agenda drafts', () => {
  it('moves an item to another position', () => {
    expect(moved(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });

  it('counts an empty or invalid minutes field as nothing in the running total', () => {
    expect(minutesOf({ ...newDraftItem(), minutes: '25' })).toBe(25);
    expect(minutesOf({ ...newDraftItem(), minutes: '' })).toBe(0);
    expect(minutesOf({ ...newDraftItem(), minutes: '-5' })).toBe(0);
  });

  it('keeps the ids of saved items and sends new ones without', () => {
    const saved = { ...newDraftItem(), id: '00000000-0000-4000-8000-000000000001', title: 'A' };
    const fresh = { ...newDraftItem(), title: 'B', minutes: '' };
    const request = requestOf([saved, fresh]);
    expect(request.items[0]).toMatchObject({ id: saved.id, title: 'A', minutes: 10 });
    expect(request.items[1]).not.toHaveProperty('id');
    expect(request.items[1]?.minutes).toBeNaN();
  });

  it('files field errors under the item they were sent as', () => {
    const { byKey, other } = errorsByItem(
      [
        { path: 'items.1.presenterIds.0', message: 'x', code: 'not_in_network' },
        { path: 'items.1.presenterDelegationIds.0', message: 'y', code: 'not_in_network' },
        { path: 'items.0.id', message: 'z', code: 'duplicate' },
        { path: 'items', message: 'too many', code: 'too_big' },
      ],
      ['first', 'second'],
    );
    expect(byKey).toEqual({
      first: { id: expect.objectContaining({ code: 'duplicate' }) },
      second: { presenters: expect.objectContaining({ path: 'items.1.presenterIds.0' }) },
    });
    expect(other).toEqual([expect.objectContaining({ path: 'items' })]);
  });
});
