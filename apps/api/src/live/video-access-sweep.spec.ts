import type { DataSource } from 'typeorm';
import type { LiveKitService } from '../livekit/livekit.service';
import { VideoAccessSweep } from './video-access-sweep';

const seat = (role: string | null, disabled = false, signedIn = true) => ({
  session_id: 'session-1',
  identity: 'p-abc',
  is_admin: false,
  disabled,
  signed_in: signedIn,
  role,
});

function sweepWith(seats: ReturnType<typeof seat>[], answers: boolean[]) {
  const removed: string[] = [];
  // The sweep asks for the open sessions first, then for their participants.
  const dataSource = {
    query: async (sql: string, [sessionIds]: [string[]]) =>
      sql.includes('FROM live_participants')
        ? seats.filter((s) => sessionIds.includes(s.session_id))
        : [...new Set(seats.map((s) => s.session_id))].map((id) => ({ id })),
  } as unknown as DataSource;
  const livekit = {
    configured: true,
    remove: async (room: string, identity: string) => {
      removed.push(`${room}/${identity}`);
      return answers.shift() ?? true;
    },
  } as unknown as LiveKitService;
  return { sweep: new VideoAccessSweep(dataSource, livekit), removed, seats };
}

describe('VideoAccessSweep', () => {
  it('leaves members alone and removes someone who lost access once', async () => {
    const { sweep, removed, seats } = sweepWith([seat('member')], []);
    await sweep.sweep(0);
    expect(removed).toEqual([]);
    seats[0] = seat(null);
    await sweep.sweep(2_000);
    await sweep.sweep(4_000);
    expect(removed).toEqual(['session-session-1/p-abc']);
  });

  it('removes a disabled account even when its membership stands', async () => {
    const { sweep, removed } = sweepWith([seat('convener', true)], []);
    await sweep.sweep(0);
    expect(removed).toHaveLength(1);
  });

  it('removes a member signed out everywhere', async () => {
    const { sweep, removed } = sweepWith([seat('member', false, false)], []);
    await sweep.sweep(0);
    expect(removed).toHaveLength(1);
  });

  it('asks again 30 s after LiveKit did not answer, five times at most', async () => {
    const { sweep, removed } = sweepWith([seat(null)], [false, false, false, false, false, false]);
    for (let at = 0; at <= 300_000; at += 2_000) await sweep.sweep(at);
    expect(removed).toHaveLength(5);
  });

  it('counts a new loss of access anew after the person was let back in', async () => {
    const { sweep, removed, seats } = sweepWith([seat(null)], []);
    await sweep.sweep(0);
    seats[0] = seat('member');
    await sweep.sweep(2_000);
    seats[0] = seat(null);
    await sweep.sweep(4_000);
    expect(removed).toHaveLength(2);
  });
});
