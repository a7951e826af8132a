import type { ErrorBody, MeResponse, Network } from '@praxis/contracts';

export type FakeRoute = (request: Request) => Response | Promise<Response>;

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function errorResponse(body: ErrorBody, headers: Record<string, string> = {}) {
  return jsonResponse(body.statusCode, body, headers);
}

export const unauthenticated: ErrorBody = {
  statusCode: 401,
  error: 'Unauthorized',
  message: 'Sign in first',
  code: 'unauthenticated',
};

/** Answers fetch calls from a table keyed by "METHOD /path"; anything else is a 404 ErrorBody. */
export function fakeApi(routes: Partial<Record<string, FakeRoute>>) {
  return jest.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = input instanceof Request ? input.url : new URL(input, 'http://localhost');
    const request = new Request(url, init);
    const route = routes[`${request.method} ${new URL(request.url).pathname}`];
    if (route) return route(request);
    return errorResponse({
      statusCode: 404,
      error: 'Not Found',
      message: `No fake for ${request.method} ${request.url}`,
      code: 'not_found',
    });
  });
}

export const aNetwork = (overrides: Partial<Network> = {}): Network => ({
  id: '7d4f3f3e-2c1a-4f5e-9a7b-1c2d3e4f5a6b',
  name: 'Multi-Country Learning Network',
  slug: 'mcln',
  description: 'Ministries of Health learning together about quality of care.',
  visibility: 'members',
  ...overrides,
});

export const aMember = (overrides: Partial<MeResponse> = {}): MeResponse => ({
  id: '3b1e9c52-8f0d-4d8e-9a51-6f2d1c0b7e44',
  email: 'member@demo.praxis.test',
  displayName: 'Ndapewa Shikongo',
  locale: 'en',
  timeZone: 'Africa/Windhoek',
  isAdmin: false,
  memberships: [
    {
      networkId: aNetwork().id,
      networkName: aNetwork().name,
      networkSlug: aNetwork().slug,
      role: 'member',
      delegationId: null,
    },
  ],
  ...overrides,
});
