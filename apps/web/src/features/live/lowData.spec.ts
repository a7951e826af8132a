import { accumulate, formatBytes, mediaBytes, totalBytes } from './dataUsage';
import { subscriptionsFor, type RemotePublication } from './lowData';

const pub = (
  sid: string,
  participantIdentity: string,
  kind: RemotePublication['kind'],
  source: RemotePublication['source'],
): RemotePublication => ({ sid, participantIdentity, kind, source });

const room = [
  pub('a-mic', 'amina', 'audio', 'microphone'),
  pub('a-cam', 'amina', 'video', 'camera'),
  pub('j-mic', 'joao', 'audio', 'microphone'),
  pub('j-cam', 'joao', 'video', 'camera'),
  pub('p-cam', 'pierre', 'video', 'camera'),
];

const received = (subscriptions: ReturnType<typeof subscriptionsFor>) =>
  [...subscriptions].filter(([, s]) => s.subscribed).map(([sid]) => sid);

describe('which tracks a device receives', () => {
  it('receives everything in full mode, every sound in every mode', () => {
    expect(received(subscriptionsFor('full', room, [], null))).toEqual(room.map((p) => p.sid));
    expect(received(subscriptionsFor('audioOnly', room, ['joao'], 'joao'))).toEqual([
      'a-mic',
      'j-mic',
    ]);
  });

  it('in low data, receives only the speaker’s camera, at the lowest layer', () => {
    const subscriptions = subscriptionsFor('lowData', room, ['joao'], 'joao');
    expect(received(subscriptions)).toEqual(['a-mic', 'j-mic', 'j-cam']);
    expect(subscriptions.get('j-cam')).toEqual({ subscribed: true, lowQuality: true });
    expect(subscriptions.get('a-mic')).toEqual({ subscribed: true, lowQuality: false });
  });

  it('keeps the last speaker’s picture during a pause, and prefers a shared screen', () => {
    expect(received(subscriptionsFor('lowData', room, [], 'pierre'))).toEqual([
      'a-mic',
      'j-mic',
      'p-cam',
    ]);
    const sharing = [...room, pub('a-screen', 'amina', 'video', 'screen_share')];
    expect(received(subscriptionsFor('lowData', sharing, ['joao'], 'joao'))).toEqual([
      'a-mic',
      'j-mic',
      'a-screen',
    ]);
  });

  it('receives no picture in low data when nobody has spoken yet', () => {
    expect(received(subscriptionsFor('lowData', room, [], null))).toEqual(['a-mic', 'j-mic']);
  });
});

describe('the data-used estimate', () => {
  const report = (entries: [string, object][]) => entries as [string, { type: string }][];

  it('counts media streams only, received and sent', () => {
    const bytes = mediaBytes(
      report([
        ['IT01V1', { type: 'inbound-rtp', bytesReceived: 5_000 }],
        ['OT01A2', { type: 'outbound-rtp', bytesSent: 700 }],
        ['T01', { type: 'transport', bytesReceived: 999_999, bytesSent: 999_999 }],
        ['CP1', { type: 'candidate-pair', bytesReceived: 999_999 }],
      ]),
    );
    expect(totalBytes(bytes)).toBe(5_700);
  });

  it('never goes down when a stream ends or its counters restart', () => {
    let counted = accumulate(new Map(), new Map([['IT01V1', 5_000]]));
    counted = accumulate(counted, new Map([['IT01V2', 1_000]])); // IT01V1 unsubscribed
    counted = accumulate(counted, new Map([['IT01V2', 400]])); // counter restarted
    expect(totalBytes(counted)).toBe(6_000);
  });

  it('reads in the person’s language', () => {
    expect(formatBytes(12_400_000, 'en')).toBe('12 MB');
    expect(formatBytes(3_450_000, 'fr')).toMatch(/^3,5\s?Mo$/);
    expect(formatBytes(640_000, 'en')).toBe('640 kB');
  });
});
