import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { Reflector } from '@nestjs/core';
import { ACCESS_KEY } from '../src/access/access.decorator';
import { registeredRoutes } from './support/routes';
import { startTestApp, type TestApp } from './support/test-app';

const APP_JS = `export const greeting = ${JSON.stringify('Bonjour, Kigali! '.repeat(200))};`;

/** The bytes as they travel (supertest would decompress them). */
function rawGet(t: TestApp, path: string, acceptEncoding: string) {
  const { port } = t.app.getHttpServer().address() as { port: number };
  return new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    get(
      { host: '127.0.0.1', port, path, headers: { 'Accept-Encoding': acceptEncoding } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ headers: response.headers, body: Buffer.concat(chunks) }),
        );
      },
    ).on('error', reject);
  });
}

describe('HTTP shell', () => {
  let t: TestApp;
  let webDist: string;
  beforeAll(async () => {
    webDist = mkdtempSync(join(tmpdir(), 'praxis-web-'));
    mkdirSync(join(webDist, 'assets'));
    writeFileSync(
      join(webDist, 'index.html'),
      '<!doctype html><title>Praxis</title><div id="root"></div>',
    );
    writeFileSync(join(webDist, 'assets', 'index-abc123.js'), 'console.log("praxis");');
    // As the build writes them: the same file precompressed beside it.
    writeFileSync(join(webDist, 'assets', 'app-def456.js'), APP_JS);
    writeFileSync(join(webDist, 'assets', 'app-def456.js.br'), brotliCompressSync(APP_JS));
    writeFileSync(join(webDist, 'assets', 'app-def456.js.gz'), gzipSync(APP_JS));
    writeFileSync(join(webDist, 'sw.js'), 'self.addEventListener("fetch", () => undefined);');
    writeFileSync(join(webDist, 'manifest.webmanifest'), '{"name":"Praxis"}');
    t = await startTestApp({ WEB_DIST: webDist });
  });
  afterAll(() => t.close());

  it('answers unknown API routes with the JSON error shape', async () => {
    const response = await t.http.get('/api/no-such-thing').expect(404);
    expect(response.body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'There is nothing at this address.',
      code: 'not_found',
    });
  });

  it('refuses an oversized body with 413', async () => {
    const response = await t.http
      .post('/api/auth/login')
      .send({ email: 'a@b.org', password: 'x'.repeat(300_000) })
      .expect(413);
    expect(response.body.code).toBe('payload_too_large');
  });

  it('sets security headers', async () => {
    const response = await t.http.get('/api/health').expect(200);
    expect(response.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(response.headers['content-security-policy']).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('allows CORS only for configured origins', async () => {
    const allowed = await t.http
      .options('/api/auth/me')
      .set('Origin', 'http://localhost:3000')
      .set('Access-Control-Request-Method', 'GET');
    expect(allowed.headers['access-control-allow-origin']).toBe('http://localhost:3000');
    const other = await t.http
      .options('/api/auth/me')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'GET');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('publishes the OpenAPI document with the request schemas', async () => {
    const response = await t.http.get('/api/docs/openapi.json').expect(200);
    const login = response.body.paths['/api/auth/login'].post;
    expect(login.requestBody.content['application/json'].schema.properties).toHaveProperty('email');
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/auth/me', '/api/networks']),
    );
    await t.http.get('/api/docs').expect(200).expect('Content-Type', /html/);
  });

  it('serves the web app: hashed assets cached for a year, page paths answered with index.html', async () => {
    const asset = await t.http.get('/assets/index-abc123.js').expect(200);
    expect(asset.headers['cache-control']).toMatch(/max-age=31536000.*immutable/);
    const page = await t.http.get('/networks/some-id').set('Accept', 'text/html').expect(200);
    expect(page.text).toContain('<div id="root">');
    expect(page.headers['cache-control']).toBe('no-cache');
    await t.http.get('/assets/missing.js').expect(404);
  });

  it('serves the service worker and the app manifest so that updates are seen on the next visit', async () => {
    const worker = await t.http.get('/sw.js').expect(200);
    expect(worker.headers['cache-control']).toBe('no-cache');
    expect(worker.headers['content-type']).toMatch(/javascript/);
    const manifest = await t.http.get('/manifest.webmanifest').expect(200);
    expect(manifest.headers['cache-control']).toBe('no-cache');
    expect(manifest.headers['content-type']).toMatch(/manifest\+json/);
  });

  it('serves the precompressed asset the browser accepts: brotli, else gzip, else plain', async () => {
    const br = await rawGet(t, '/assets/app-def456.js', 'gzip, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(br.headers['cache-control']).toMatch(/max-age=31536000.*immutable/);
    expect(brotliDecompressSync(br.body).toString()).toBe(APP_JS);
    const gz = await rawGet(t, '/assets/app-def456.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(APP_JS);
    const plain = await rawGet(t, '/assets/app-def456.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(APP_JS);
  });

  it('declares an access rule on every route (deny by default)', () => {
    const reflector = t.app.get(Reflector);
    const routes = registeredRoutes(t.app);
    const undeclared = routes.filter(
      (r) => !reflector.getAllAndOverride(ACCESS_KEY, [r.handler, r.controller]),
    );
    expect(routes.length).toBeGreaterThanOrEqual(6);
    expect(undeclared.map((r) => r.route)).toEqual([]);
  });
});
