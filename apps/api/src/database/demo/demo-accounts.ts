import type { Locale, Role } from '@praxis/contracts';

/** Fixed identifiers of the demo data, reused by the tests and the end-to-end suite. */
export const DEMO_IDS = {
  networks: {
    mcln: '0d8f4a2e-1c55-4b7a-9d0e-5a1f00000001',
    acln: '0d8f4a2e-1c55-4b7a-9d0e-5a1f00000002',
    twinning: '0d8f4a2e-1c55-4b7a-9d0e-5a1f00000003',
  },
  users: {
    admin: '6b1e2c3d-4f50-4a61-8b72-9c8300000001',
    convener: '6b1e2c3d-4f50-4a61-8b72-9c8300000002',
    member: '6b1e2c3d-4f50-4a61-8b72-9c8300000003',
    observer: '6b1e2c3d-4f50-4a61-8b72-9c8300000004',
  },
} as const;

export interface DemoAccount {
  id: string;
  email: string;
  displayName: string;
  isAdmin: boolean;
  locale: Locale;
  timeZone: string;
  /** Membership in the `mcln` network, with the delegation's country code. */
  mcln?: { role: Role; country?: string };
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    id: DEMO_IDS.users.admin,
    email: 'admin@demo.praxis.test',
    displayName: 'Amara Okafor',
    isAdmin: true,
    locale: 'en',
    timeZone: 'Europe/Geneva',
  },
  {
    id: DEMO_IDS.users.convener,
    email: 'convener@demo.praxis.test',
    displayName: 'Claire Mbeki',
    isAdmin: false,
    locale: 'en',
    timeZone: 'America/New_York',
    mcln: { role: 'convener' },
  },
  {
    id: DEMO_IDS.users.member,
    email: 'member@demo.praxis.test',
    displayName: 'Tuyeni Nghipondoka',
    isAdmin: false,
    locale: 'en',
    timeZone: 'Africa/Windhoek',
    mcln: { role: 'member', country: 'NA' },
  },
  {
    id: DEMO_IDS.users.observer,
    email: 'observer@demo.praxis.test',
    displayName: 'Somchai Rattanakul',
    isAdmin: false,
    locale: 'en',
    timeZone: 'Asia/Bangkok',
    mcln: { role: 'observer', country: 'TH' },
  },
];
