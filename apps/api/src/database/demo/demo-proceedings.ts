/** What was written and asked in the demo's past sessions, published as their proceedings. */
export interface DemoProceedings {
  /** The title of the demo session they belong to. */
  session: string;
  visibility: 'members' | 'public';
  /** Paragraphs under each agenda item, by its title. */
  notes: Record<string, string[]>;
  commitments: { country: string; text: string; dueInDays?: number }[];
  questions: { text: string; votes: number; answered: boolean }[];
}

export const DEMO_PROCEEDINGS: DemoProceedings[] = [
  {
    session: 'Country progress toward the 90-90-90 targets',
    visibility: 'members',
    notes: {
      'Welcome and purpose': [
        'Ten delegations attended. The network agreed to focus this year on viral load suppression and retention.',
      ],
      'Namibia: viral load suppression in district hospitals': [
        'Viral load suppression rose from 78% to 89% in 14 months after weekly review of results at facility level.',
        'Sample transport by motorbike riders cut turnaround from 21 to 9 days.',
      ],
      'Kenya and Uganda: retention in care': [
        'Both programmes call clients within 48 hours of a missed appointment; Uganda adds community health workers for home visits.',
        'Retention at 12 months improved by 7 points in Kenya’s pilot counties.',
      ],
      Discussion: [
        'Delegations asked how to fund sample transport beyond the pilot; Namibia uses its district budgets since last year.',
      ],
    },
    commitments: [
      {
        country: 'KE',
        text: 'will share its missed-appointment call script with the network',
        dueInDays: 30,
      },
      {
        country: 'NA',
        text: 'will document the sample transport model for other delegations',
        dueInDays: 60,
      },
    ],
    questions: [
      {
        text: 'How is the motorbike sample transport paid for after the pilot?',
        votes: 5,
        answered: true,
      },
      { text: 'Which data system flags missed appointments?', votes: 3, answered: true },
      { text: 'Could the network compare retention definitions?', votes: 2, answered: false },
    ],
  },
  {
    session: 'Consumer involvement in quality management',
    visibility: 'members',
    notes: {
      'Thailand’s consumer advisory boards': [
        'Consumer advisory boards meet monthly in each hospital and review waiting times and stigma complaints.',
      ],
      'Haiti: peer navigators': [
        'Peer navigators accompany newly diagnosed clients for their first three visits; early loss to follow-up halved.',
      ],
      Discussion: [
        'Delegations stressed paying peer navigators a stipend rather than relying on volunteers.',
      ],
    },
    commitments: [
      {
        country: 'TH',
        text: 'will pilot consumer advisory boards in 3 more hospitals',
        dueInDays: 90,
      },
      { country: 'HT', text: 'will share the peer navigator training guide in French and English' },
    ],
    questions: [
      { text: 'How are consumer board members chosen?', votes: 4, answered: true },
      { text: 'What do peer navigators earn?', votes: 2, answered: true },
    ],
  },
  {
    session: 'Preparação para a acreditação: lessons from 15 countries',
    visibility: 'public',
    notes: {
      'Mozambique: preparing 12 districts': [
        'Preparação dos distritos: cada hospital fez uma autoavaliação com a grelha nacional antes da visita.',
        'Supply chain gaps (pharmacy stockouts, broken cold chain) were the most common findings.',
      ],
      'Thailand and Cambodia: accreditation panels': [
        'Thailand trains surveyors from peer hospitals; Cambodia started with maternal and newborn care standards.',
      ],
      Discussion: [
        'Several delegations asked for a shared list of accreditation standards translated into French and Portuguese.',
      ],
    },
    commitments: [
      {
        country: 'MZ',
        text: 'will publish its district self-assessment tool in Portuguese and English',
        dueInDays: 45,
      },
    ],
    questions: [
      { text: 'How long does preparation take for a district hospital?', votes: 6, answered: true },
    ],
  },
  {
    session: 'Pharmacy stockouts: twinning review',
    visibility: 'members',
    notes: {
      'Stock cards and reorder levels': [
        'The pharmacist showed stock cards updated at each issue and the reorder level painted on every shelf.',
        'Stockout days for tracer medicines fell from 11 to 3 a month after monthly physical counts.',
      ],
      'Questions from peer hospitals': [
        'Peers asked how emergency orders are approved at night and on weekends.',
      ],
    },
    commitments: [
      {
        country: 'RW',
        text: 'will run monthly physical counts in both twinned pharmacies',
        dueInDays: 30,
      },
    ],
    questions: [{ text: 'Who approves emergency orders at night?', votes: 3, answered: true }],
  },
];
