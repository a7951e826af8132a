import type {
  AgendaItem,
  Delegation,
  ErrorBody,
  Invitation,
  Member,
  MeResponse,
  Network,
  Session,
} from '@praxis/contracts';

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

export const aNetwork = (overrides: Partial<Network> = {}): Network => {
  const network = {
    id: '7d4f3f3e-2c1a-4f5e-9a7b-1c2d3e4f5a6b',
    name: 'Multi-Country Learning Network',
    slug: 'mcln',
    description: 'Ministries of Health learning together about quality of care.',
    visibility: 'members' as const,
    viewerRole: 'member' as const,
    reminderMinutesBefore: [1440, 60],
  };
  return { ...network, ...overrides };
};

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

export const aConvener = (overrides: Partial<MeResponse> = {}): MeResponse =>
  aMember({
    id: '5c2a7e10-4b3d-4f6a-8e9b-0a1b2c3d4e5f',
    email: 'convener@demo.praxis.test',
    displayName: 'Amara Okafor',
    memberships: [{ ...aMember().memberships[0], role: 'convener' }],
    ...overrides,
  });

export const anAdmin = (overrides: Partial<MeResponse> = {}): MeResponse =>
  aMember({
    id: '9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a',
    email: 'admin@demo.praxis.test',
    displayName: 'Site Admin',
    isAdmin: true,
    memberships: [],
    ...overrides,
  });

let sequence = 0;
/** A fresh, valid v4-shaped uuid for each call. */
export function aUuid(): string {
  sequence += 1;
  return `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`;
}

export const aDelegation = (overrides: Partial<Delegation> = {}): Delegation => ({
  id: aUuid(),
  networkId: aNetwork().id,
  countryCode: 'NA',
  organization: 'Ministry of Health, Quality Management Unit',
  retiredAt: null,
  memberCount: 0,
  ...overrides,
});

export const aNetworkMember = (overrides: Partial<Member> = {}): Member => ({
  userId: aUuid(),
  displayName: 'Ndapewa Shikongo',
  role: 'member',
  delegationId: null,
  countryCode: null,
  joinedAt: '2030-01-15T09:00:00.000Z',
  ...overrides,
});

export const anInvitation = (overrides: Partial<Invitation> = {}): Invitation => ({
  id: aUuid(),
  networkId: aNetwork().id,
  email: 'tendai@health.example.zw',
  role: 'member',
  delegationId: null,
  locale: 'en',
  state: 'pending',
  createdAt: '2030-03-01T08:00:00.000Z',
  expiresAt: '2030-03-15T08:00:00.000Z',
  acceptedAt: null,
  revokedAt: null,
  lastSentAt: '2030-03-01T08:00:00.000Z',
  sendError: null,
  invitedBy: 'Amara Okafor',
  ...overrides,
});

export const anAgendaItem = (overrides: Partial<AgendaItem> = {}): AgendaItem => ({
  id: aUuid(),
  position: 0,
  title: 'Welcome and introductions',
  kind: 'presentation',
  minutes: 10,
  presenterIds: [],
  presenterDelegationIds: [],
  presenters: [],
  notes: '',
  plannedStart: '2030-05-15T13:00:00.000Z',
  ...overrides,
});

/** A session on Wednesday 15 May 2030, 09:00–10:30 in New York (13:00Z), with no agenda yet. */
export const aSession = (overrides: Partial<Session> = {}): Session => ({
  id: aUuid(),
  networkId: aNetwork().id,
  title: 'Reducing stockouts of essential medicines',
  description: 'Country teams share what worked.',
  topics: ['Supply chain'],
  startsAt: '2030-05-15T13:00:00.000Z',
  endsAt: '2030-05-15T14:30:00.000Z',
  timeZone: 'America/New_York',
  durationMinutes: 90,
  status: 'scheduled',
  sequence: 0,
  agenda: [],
  agendaMinutes: 0,
  overrunMinutes: 0,
  history: [],
  ...overrides,
});

/** The JSON bodies the app sent to one route ("METHOD /path"), in order. */
export function bodiesSentTo(fetchMock: ReturnType<typeof fakeApi>, route: string): unknown[] {
  const [method, pathname] = route.split(' ');
  const calls = fetchMock.mock.calls.filter(([input, init]) => {
    const url = new URL(String(input), 'http://localhost');
    return url.pathname === pathname && (init?.method ?? 'GET') === method;
  });
  return calls.map(([, init]) =>
    typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
  );
}
