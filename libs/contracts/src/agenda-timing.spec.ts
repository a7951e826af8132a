import { planAgenda } from './agenda-timing';

describe('planAgenda', () => {
  it('gives each item its planned start and the overrun', () => {
    expect(planAgenda('2026-03-01T12:00:00Z', 60, [30, 20, 25])).toEqual({
      plannedStarts: [
        '2026-03-01T12:00:00.000Z',
        '2026-03-01T12:30:00.000Z',
        '2026-03-01T12:50:00.000Z',
      ],
      totalMinutes: 75,
      overrunMinutes: 15,
    });
    expect(planAgenda('2026-03-01T12:00:00Z', 90, [30]).overrunMinutes).toBe(0);
  });
});
