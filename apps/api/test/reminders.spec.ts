import { Session } from '../src/sessions/entities/session.entity';
import { RemindersService } from '../src/reminders/reminders.service';
import { decodeQuotedPrintable, messagesTo, newOutboxDir } from './support/outbox';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, type World } from './support/world';

const MINUTE = 60_000;

describe('session reminders (controlled clock)', () => {
  let a: TestApp;
  let b: TestApp;
  let w: World;
  let outbox: string;
  beforeAll(async () => {
    outbox = newOutboxDir();
    // Two API instances on one database, as when the API is scaled out.
    a = await startTestApp({ OUTBOX_DIR: outbox });
    b = await startTestApp({ OUTBOX_DIR: outbox });
    w = await buildWorld(a);
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  const recipients = () => [w.users.convener, w.users.member, w.users.observer];
  const remindersTo = (email: string, title: string) =>
    messagesTo(outbox, email).filter((m) =>
      decodeQuotedPrintable(m).includes(`Reminder: ${title}`),
    );

  it('sends each reminder exactly once, even with two workers at the same moment', async () => {
    const startsAt = new Date(Date.now() + 3 * 86_400_000);
    const session = await a.dataSource.getRepository(Session).save({
      networkId: w.network.id,
      title: `Reminded ${Date.now()}`,
      startsAt,
      timeZone: 'Africa/Windhoek',
      durationMinutes: 60,
      timeSetAt: new Date(startsAt.getTime() - 10 * 86_400_000),
    });
    await a.dataSource.query(
      `UPDATE users SET time_zone = 'Asia/Bangkok', locale = 'fr' WHERE id = $1`,
      [w.users.member.id],
    );
    const workers = [a.app.get(RemindersService), b.app.get(RemindersService)];
    // Both instances' workers run at the same instant; other tests' sessions may be due too, so the
    // assertions look only at this session's deliveries and mails.
    const runBoth = (now: Date) => Promise.all(workers.map((worker) => worker.sendDue(now)));
    const deliveries = async () =>
      (
        await a.dataSource.query(
          `SELECT user_id, minutes_before, count(*)::int AS n FROM reminder_deliveries WHERE session_id = $1
            GROUP BY user_id, minutes_before ORDER BY minutes_before DESC, user_id`,
          [session.id],
        )
      ).map(
        (r: { user_id: string; minutes_before: number; n: number }) =>
          `${r.minutes_before}:${r.user_id}:${r.n}`,
      );
    const members = recipients()
      .map((u) => u.id)
      .sort();

    await runBoth(new Date(startsAt.getTime() - 25 * 60 * MINUTE));
    expect(await deliveries()).toEqual([]);
    const dayBefore = new Date(startsAt.getTime() - 24 * 60 * MINUTE + MINUTE);
    await runBoth(dayBefore);
    await runBoth(dayBefore);
    expect(await deliveries()).toEqual(members.map((id) => `1440:${id}:1`));
    await runBoth(new Date(startsAt.getTime() - 14 * MINUTE));
    await runBoth(new Date(startsAt.getTime() - 5 * MINUTE));
    expect(await deliveries()).toEqual([
      ...members.map((id) => `1440:${id}:1`),
      ...members.map((id) => `15:${id}:1`),
    ]);

    for (const user of [w.users.convener, w.users.observer]) {
      const messages = remindersTo(user.email, session.title);
      expect(messages).toHaveLength(2);
      expect(decodeQuotedPrintable(messages[0]!)).toContain('(UTC)');
    }
    // The member reads it in French, in Bangkok time.
    const french = messagesTo(outbox, w.users.member.email)
      .map(decodeQuotedPrintable)
      .filter((m) => m.includes(`Rappel : ${session.title}`));
    expect(french).toHaveLength(2);
    const bangkok = new Intl.DateTimeFormat('fr', {
      dateStyle: 'full',
      timeStyle: 'short',
      timeZone: 'Asia/Bangkok',
    }).format(startsAt);
    expect(french[0]).toContain(`${bangkok} (Asia/Bangkok)`);
    expect(remindersTo(w.users.outsider.email, session.title)).toHaveLength(0);
  });

  it('does not send reminders that fell due before the session was scheduled, nor for cancelled sessions', async () => {
    const startsAt = new Date(Date.now() + 2 * 3600_000);
    const late = await a.dataSource.getRepository(Session).save({
      networkId: w.network.id,
      title: `Late ${Date.now()}`,
      startsAt,
      timeZone: 'UTC',
      durationMinutes: 30,
      timeSetAt: new Date(startsAt.getTime() - 3 * 3600_000),
    });
    const cancelled = await a.dataSource.getRepository(Session).save({
      networkId: w.network.id,
      title: `Cancelled ${Date.now()}`,
      startsAt,
      timeZone: 'UTC',
      durationMinutes: 30,
      status: 'cancelled',
      timeSetAt: new Date(startsAt.getTime() - 10 * 86_400_000),
    });
    const worker = a.app.get(RemindersService);
    await worker.sendDue(new Date(startsAt.getTime() - 60 * MINUTE));
    expect(remindersTo(w.users.observer.email, late.title)).toHaveLength(0);
    await worker.sendDue(new Date(startsAt.getTime() - 10 * MINUTE));
    expect(remindersTo(w.users.observer.email, late.title)).toHaveLength(1);
    expect(remindersTo(w.users.observer.email, cancelled.title)).toHaveLength(0);
  });
});
