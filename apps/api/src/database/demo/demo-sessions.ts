import type { AgendaKind } from '@praxis/contracts';

export interface DemoAgendaItem {
  title: string;
  kind: AgendaKind;
  minutes: number;
  /** Countries whose delegations present this item. */
  presenters?: string[];
}

export interface DemoSession {
  network: 'mcln' | 'acln' | 'twinning';
  title: string;
  description: string;
  topics: string[];
  /** Days from the day the demo is seeded (negative: already held), at `hourUtc`. */
  inDays: number;
  hourUtc: number;
  timeZone: string;
  durationMinutes: number;
  agenda: DemoAgendaItem[];
}

/** Sessions of the demo networks, built from the topics in the demo facts. */
export const DEMO_SESSIONS: DemoSession[] = [
  {
    network: 'mcln',
    title: 'Country progress toward the 90-90-90 targets',
    description:
      'Each delegation shares where it stands and the improvement strategies that moved its numbers.',
    topics: ['90-90-90 targets', 'Improvement strategies'],
    inDays: -42,
    hourUtc: 12,
    timeZone: 'Africa/Windhoek',
    durationMinutes: 90,
    agenda: [
      { title: 'Welcome and purpose', kind: 'presentation', minutes: 10 },
      {
        title: 'Namibia: viral load suppression in district hospitals',
        kind: 'presentation',
        minutes: 20,
        presenters: ['NA'],
      },
      {
        title: 'Kenya and Uganda: retention in care',
        kind: 'panel',
        minutes: 30,
        presenters: ['KE', 'UG'],
      },
      { title: 'Discussion', kind: 'discussion', minutes: 20 },
      { title: 'Questions', kind: 'qa', minutes: 10 },
    ],
  },
  {
    network: 'mcln',
    title: 'Consumer involvement in quality management',
    description: 'How consumer advisory boards and peer navigators shape quality improvement.',
    topics: ['Consumer involvement', 'Quality management'],
    inDays: -14,
    hourUtc: 11,
    timeZone: 'Asia/Bangkok',
    durationMinutes: 75,
    agenda: [
      {
        title: 'Thailand’s consumer advisory boards',
        kind: 'presentation',
        minutes: 25,
        presenters: ['TH'],
      },
      { title: 'Haiti: peer navigators', kind: 'presentation', minutes: 20, presenters: ['HT'] },
      { title: 'Discussion', kind: 'discussion', minutes: 20 },
      { title: 'Questions', kind: 'qa', minutes: 10 },
    ],
  },
  {
    network: 'mcln',
    title: 'QI collaborative implementation and management',
    description: 'Running a collaborative across many sites: coaching, data and learning sessions.',
    topics: ['QI collaboratives', 'Coaching'],
    inDays: 3,
    hourUtc: 12,
    timeZone: 'Africa/Nairobi',
    durationMinutes: 90,
    agenda: [
      { title: 'Welcome', kind: 'presentation', minutes: 5 },
      {
        title: 'Malawi: a collaborative in 40 sites',
        kind: 'presentation',
        minutes: 25,
        presenters: ['MW'],
      },
      {
        title: 'Mozambique and Zimbabwe: coaching visits',
        kind: 'panel',
        minutes: 30,
        presenters: ['MZ', 'ZW'],
      },
      { title: 'Break', kind: 'break', minutes: 5 },
      { title: 'Questions and commitments', kind: 'qa', minutes: 20 },
    ],
  },
  {
    network: 'mcln',
    title: 'Workforce development for QI coaches',
    description: 'Certifying quality-improvement coaches: curricula, mentoring and assessment.',
    topics: ['Workforce development', 'Coaching'],
    inDays: 17,
    hourUtc: 13,
    timeZone: 'America/Port-au-Prince',
    durationMinutes: 60,
    agenda: [
      {
        title: 'Vietnam: a coaching certification',
        kind: 'presentation',
        minutes: 25,
        presenters: ['VN'],
      },
      { title: 'Discussion', kind: 'discussion', minutes: 25 },
      { title: 'Questions', kind: 'qa', minutes: 10 },
    ],
  },
  {
    network: 'twinning',
    title: 'Pharmacy walkthrough: managing stock',
    description:
      'A pharmacist shows the hospital pharmacy with a phone camera while peers ask questions.',
    topics: ['Pharmaceutical supply chain'],
    inDays: 5,
    hourUtc: 8,
    timeZone: 'Africa/Kigali',
    durationMinutes: 60,
    agenda: [
      {
        title: 'Walkthrough of the pharmacy',
        kind: 'walkthrough',
        minutes: 30,
        presenters: ['RW'],
      },
      { title: 'Questions from peer hospitals', kind: 'qa', minutes: 25 },
      { title: 'Commitments', kind: 'discussion', minutes: 5 },
    ],
  },
  {
    network: 'acln',
    title: 'Preparação para a acreditação: lessons from 15 countries',
    description: 'Delegations compare how they prepared districts for national accreditation.',
    topics: ['Accreditation', 'Quality management'],
    inDays: -63,
    hourUtc: 13,
    timeZone: 'Africa/Maputo',
    durationMinutes: 75,
    agenda: [
      {
        title: 'Mozambique: preparing 12 districts',
        kind: 'presentation',
        minutes: 20,
        presenters: ['MZ'],
      },
      {
        title: 'Thailand and Cambodia: accreditation panels',
        kind: 'panel',
        minutes: 30,
        presenters: ['TH', 'KH'],
      },
      { title: 'Discussion', kind: 'discussion', minutes: 25 },
    ],
  },
  {
    network: 'twinning',
    title: 'Pharmacy stockouts: twinning review',
    description: 'Twinned hospitals compare stock cards, reorder levels and stockout days.',
    topics: ['Pharmaceutical supply chain'],
    inDays: -21,
    hourUtc: 8,
    timeZone: 'Africa/Kigali',
    durationMinutes: 60,
    agenda: [
      {
        title: 'Stock cards and reorder levels',
        kind: 'walkthrough',
        minutes: 30,
        presenters: ['RW'],
      },
      { title: 'Questions from peer hospitals', kind: 'qa', minutes: 25 },
    ],
  },
];
