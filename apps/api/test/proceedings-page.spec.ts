import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProceedingsService } from '../src/proceedings/proceedings.service';
import { Session } from '../src/sessions/entities/session.entity';
import { commitmentItem, paragraph, storeNotes, writeNotes } from './support/notes-content';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, type World } from './support/world';

const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <meta name="description" content="Praxis" />
    <title>Praxis</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/assets/index.js"></script>
  </body>
</html>`;

describe('proceedings as server-rendered HTML (readable without JavaScript)', () => {
  let t: TestApp;
  let w: World;
  let publicId: string;
  let membersId: string;

  beforeAll(async () => {
    const webDist = mkdtempSync(join(tmpdir(), 'praxis-web-'));
    writeFileSync(join(webDist, 'index.html'), INDEX);
    mkdirSync(join(webDist, '.vite'));
    writeFileSync(
      join(webDist, '.vite/manifest.json'),
      JSON.stringify({
        'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_react.js'] },
        '_react.js': { file: 'assets/react.js' },
        '_contracts.js': { file: 'assets/contracts.js' },
        'src/features/archive/ArchivePage.tsx': {
          file: 'assets/ArchivePage.js',
          imports: ['_react.js', '_contracts.js'],
          css: ['assets/archive.css'],
        },
      }),
    );
    t = await startTestApp({ WEB_DIST: webDist });
    w = await buildWorld(t);
    const publish = async (title: string, visibility: 'public' | 'members') => {
      const session = await t.dataSource.getRepository(Session).save({
        networkId: w.network.id,
        title,
        topics: ['Pharmacy'],
        startsAt: new Date('2026-03-04T10:00:00Z'),
        timeZone: 'Africa/Windhoek',
        durationMinutes: 60,
        status: 'ended' as const,
      });
      await storeNotes(t, session.id, (doc) =>
        writeNotes(doc, [
          paragraph('Stock cards are checked daily.'),
          commitmentItem(
            { id: w.delegation.id, label: 'Namibia' },
            'will share the stock card template',
          ),
        ]),
      );
      return (await t.app.get(ProceedingsService).publish(session.id, visibility, w.users.convener))
        .id;
    };
    publicId = await publish('Pharmacy <script>alert(1)</script> review', 'public');
    membersId = await publish('Members-only review', 'members');
  });
  afterAll(() => t.close());

  const page = (id: string, headers: Record<string, string> = {}) =>
    t.http
      .get(`/proceedings/${id}`)
      .set({ Accept: 'text/html', ...headers })
      .expect(200);

  it('renders public proceedings for anyone, escaped, indexable, in the reader’s language', async () => {
    const english = await page(publicId);
    expect(english.headers['content-type']).toContain('text/html');
    expect(english.text).toContain(
      '<h1>Pharmacy &lt;script&gt;alert(1)&lt;/script&gt; review</h1>',
    );
    expect(english.text).not.toContain('<script>alert(1)');
    expect(english.text).toContain('<p>Stock cards are checked daily.</p>');
    expect(english.text).toContain('will share the stock card template');
    expect(english.text).toContain('<h2>Commitments</h2>');
    expect(english.text).not.toContain('noindex');
    // The web app still starts and takes over.
    expect(english.text).toContain('<script type="module" src="/assets/index.js"></script>');
    const french = await page(publicId, { 'Accept-Language': 'fr-FR,fr;q=0.9' });
    expect(french.text).toContain('<html lang="fr"');
    expect(french.text).toContain('<h2>Engagements</h2>');
    expect(french.text).toContain('Namibie');
  });

  it('follows the access rules of the API for members-only proceedings', async () => {
    const anonymous = await page(membersId);
    expect(anonymous.text).not.toContain('Members-only review');
    expect(anonymous.text).toContain('<div id="root"></div>');
    const outsider = await page(membersId, { Cookie: w.cookies.outsider! });
    expect(outsider.text).not.toContain('Members-only review');
    const member = await page(membersId, { Cookie: w.cookies.member! });
    expect(member.text).toContain('<h1>Members-only review</h1>');
    expect(member.text).toContain('<meta name="robots" content="noindex" />');
    expect(member.headers['cache-control']).toContain('private');
  });

  it("tells the browser about a page's own code up front (no extra round trip on 3G)", async () => {
    const archive = await t.http.get('/archive').set('Accept', 'text/html').expect(200);
    expect(archive.text).toContain(
      '<link rel="modulepreload" crossorigin href="/assets/ArchivePage.js">',
    );
    expect(archive.text).toContain(
      '<link rel="modulepreload" crossorigin href="/assets/contracts.js">',
    );
    expect(archive.text).toContain(
      '<link rel="stylesheet" crossorigin href="/assets/archive.css">',
    );
    // What the entry already loads is not hinted twice.
    expect(archive.text).not.toContain('href="/assets/react.js"');
    const other = await t.http.get('/networks').set('Accept', 'text/html').expect(200);
    expect(other.text).not.toContain('modulepreload');
  });

  it('tells the browser which API answers a page will ask for, exactly as the app asks', async () => {
    const preload = (url: string) => `<link rel="preload" as="fetch" crossorigin href="${url}">`;
    const archive = await t.http.get('/archive').set('Accept', 'text/html').expect(200);
    expect(archive.text).toContain(preload('/api/auth/me'));
    expect(archive.text).toContain(preload('/api/proceedings'));
    // With a query the app's own URL may differ (parameter order): nothing is guessed.
    const search = await t.http.get('/archive?q=malaria').set('Accept', 'text/html').expect(200);
    expect(search.text).not.toContain(preload('/api/proceedings'));
    const session = await t.http
      .get(`/sessions/${w.session.id}`)
      .set('Accept', 'text/html')
      .expect(200);
    expect(session.text).toContain(preload(`/api/sessions/${w.session.id}`));
    const profile = await t.http.get('/profile').set('Accept', 'text/html').expect(200);
    expect(profile.text).toContain(preload('/api/auth/me'));
    expect(profile.text).not.toContain(preload('/api/proceedings'));
  });

  it("names a session's network in its pages' preloads, only for people who may read the session", async () => {
    const preload = (url: string) => `<link rel="preload" as="fetch" crossorigin href="${url}">`;
    const network = preload(`/api/networks/${w.network.id}`);
    for (const path of [`/sessions/${w.session.id}`, `/sessions/${w.session.id}/live`]) {
      const member = await t.http
        .get(path)
        .set('Accept', 'text/html')
        .set('Cookie', w.cookies.member!)
        .expect(200);
      expect(member.text).toContain(network);
      expect(member.text).toContain(preload(`/api/sessions/${w.session.id}`));
    }
    for (const cookie of [w.cookies.outsider!, w.cookies.removed!, undefined]) {
      const request = t.http.get(`/sessions/${w.session.id}`).set('Accept', 'text/html');
      const answer = await (cookie ? request.set('Cookie', cookie) : request).expect(200);
      expect(answer.text).not.toContain(`/api/networks/${w.network.id}`);
    }
  });
});
