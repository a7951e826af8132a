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
    messagesTo(outbox, email).filter((m) => decodeQuotedPrintable(m).includes(`Reminder: ${title}`));

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
    await a.dataSource.query(`UPDATE users SET time_zone = 'Asia/Bangkok', locale = 'fr' WHERE id = $1`, [w.users.member.id]);
    const workers = [a.app.get(RemindersService), b.app.get(RemindersService)];
    const runBoth = async (now: Date) => (await Promise.all(workers.map((wk) => wk.sendDue(now)))).reduce((x, y) => x + y, 0);

    expect(await runBoth(new Date(startsAt.getTime() - 25 * 60 * MINUTE))).toBe(0);
    const dayBefore = new Date(startsAt.getTime() - 24 * 60 * MINUTE + MINUTE);
    const sentFirst = await runBoth(dayBefore);
    expect(await runBoth(dayBefore)).toBe(0);
    const quarterBefore = new Date(startsAt.getTime() - 14 * MINUTE);
    const sentSecond = await runBoth(quarterBefore);
    expect(await runBoth(new Date(startsAt.getTime() - 5 * MINUTE))).toBe(0);

    const mine = recipients().length;
    expect(sentFirst).toBeGreaterThanOrEqual(mine);
    expect(sentSecond).toBe(sentFirst);
    for (const user of [w.users.convener, w.users.observer]) {
      const messages = remindersTo(user.email, session.title);
      expect(messages).toHaveLength(2);
      expect(decodeQuotedPrintable(messages[0]!)).toContain('(UTC)');
    }
    // The member reads it in French, in Bangkok time.
    const french = messagesTo(outbox, w.users.member.email).map(decodeQuotedPrintable).filter((m) => m.includes(`Rappel : ${session.title}`));
    expect(french).toHaveLength(2);
    const bangkok = new Intl.DateTimeFormat('fr', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Asia/Bangkok' }).format(startsAt);
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
