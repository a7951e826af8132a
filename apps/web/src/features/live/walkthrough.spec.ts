import type { AgendaItem, Participant } from '@praxis/contracts';
import { pickWalkthroughCamera, walkthroughPresenters, type VideoCandidate } from './walkthrough';

const DELEGATION_NA = '00000000-0000-4000-8000-0000000000d1';
const DELEGATION_TH = '00000000-0000-4000-8000-0000000000d2';

function person(
  n: number,
  displayName: string,
  countryCode: string | null,
  delegationId: string | null,
): Participant {
  return {
    userId: `00000000-0000-4000-8000-00000000000${n}`,
    displayName,
    role: 'member',
    countryCode,
    delegationId,
  };
}
const ndapewa = person(1, 'Ndapewa Shikongo', 'NA', DELEGATION_NA);
const johannes = person(2, 'Johannes Amupolo', 'NA', DELEGATION_NA);
const somchai = person(3, 'Somchai Wongsa', 'TH', DELEGATION_TH);
const convener = person(4, 'Maria Costa', null, null);
const everyone = [ndapewa, johannes, somchai, convener];

function item(overrides: Partial<AgendaItem>): AgendaItem {
  return {
    id: '00000000-0000-4000-8000-0000000000a1',
    position: 0,
    title: 'Namibia walks through its dashboard',
    kind: 'walkthrough',
    minutes: 30,
    presenterIds: [],
    presenterDelegationIds: [],
    presenters: [],
    notes: '',
    plannedStart: '2030-05-15T13:00:00.000Z',
    ...overrides,
  };
}

const camera = (identity: string, who: Participant, role = 'member'): VideoCandidate => ({
  identity,
  name: who.displayName,
  metadata: JSON.stringify({ countryCode: who.countryCode, role }),
});

describe('walkthroughPresenters', () => {
  it('lists presenting people first, then members of presenting delegations, once each', () => {
    const presenters = walkthroughPresenters(
      item({
        presenterIds: [somchai.userId],
        presenterDelegationIds: [DELEGATION_NA, DELEGATION_TH],
      }),
      everyone,
    );
    expect(presenters).toEqual([somchai, ndapewa, johannes]);
  });

  it('is empty for any other kind of item, or without an item', () => {
    expect(
      walkthroughPresenters(
        item({ kind: 'presentation', presenterIds: [ndapewa.userId] }),
        everyone,
      ),
    ).toEqual([]);
    expect(walkthroughPresenters(undefined, everyone)).toEqual([]);
  });
});

describe('pickWalkthroughCamera', () => {
  const cameras = [
    camera('lk-somchai', somchai),
    camera('lk-ndapewa', ndapewa),
    camera('lk-maria', convener, 'convener'),
  ];

  it('picks the presenter by name and the country in the LiveKit metadata', () => {
    expect(pickWalkthroughCamera([ndapewa], everyone, cameras)).toBe('lk-ndapewa');
    expect(pickWalkthroughCamera([convener], everyone, cameras)).toBe('lk-maria');
  });

  it('takes the first presenter that has a camera on', () => {
    expect(pickWalkthroughCamera([johannes, ndapewa], everyone, cameras)).toBe('lk-ndapewa');
    expect(pickWalkthroughCamera([johannes], everyone, cameras)).toBeUndefined();
  });

  it('does not match the same name from another country, or metadata that is not ours', () => {
    const elsewhere = {
      identity: 'lk-other',
      name: ndapewa.displayName,
      metadata: JSON.stringify({ countryCode: 'TH' }),
    };
    expect(pickWalkthroughCamera([ndapewa], everyone, [elsewhere])).toBeUndefined();
    const garbled = { identity: 'lk-garbled', name: ndapewa.displayName, metadata: 'not json' };
    expect(pickWalkthroughCamera([ndapewa], everyone, [garbled])).toBeUndefined();
  });

  it('matches exactly by the user id in the metadata, even when name and country are shared', () => {
    const twin = person(5, ndapewa.displayName, 'NA', DELEGATION_NA);
    const withId = (identity: string, who: Participant): VideoCandidate => ({
      identity,
      name: who.displayName,
      metadata: JSON.stringify({
        userId: who.userId,
        countryCode: who.countryCode,
        role: 'member',
      }),
    });
    expect(
      pickWalkthroughCamera(
        [twin],
        [...everyone, twin],
        [withId('p-a', ndapewa), withId('p-b', twin)],
      ),
    ).toBe('p-b');
  });

  it('leaves the choice to the picker when the name and country are shared by two people', () => {
    const namesake = person(5, 'Ndapewa Shikongo', 'NA', null);
    expect(pickWalkthroughCamera([ndapewa], [...everyone, namesake], cameras)).toBeUndefined();
    const twice = [...cameras, camera('lk-namesake', namesake)];
    expect(pickWalkthroughCamera([ndapewa], everyone, twice)).toBeUndefined();
    // Another presenter who can be told apart is still chosen.
    expect(pickWalkthroughCamera([ndapewa, somchai], [...everyone, namesake], cameras)).toBe(
      'lk-somchai',
    );
  });
});
