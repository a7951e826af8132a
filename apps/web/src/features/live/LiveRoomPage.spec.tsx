import type { LiveAck, LiveSnapshot } from '@praxis/contracts';
import { act, screen, within } from '@testing-library/react';
import {
  aConvener,
  aMember,
  aNetwork,
  aSession,
  anAgendaItem,
  errorResponse,
  fakeApi,
  jsonResponse,
} from '../../../test/fakeApi';
import { renderRoute } from '../../../test/renderRoute';
import { DEVICE_PREFS_KEY } from './devicePrefs';
import { useLiveSession } from './useLiveSession';

jest.mock('./useLiveSession');
// The notes editor (Tiptap, Yjs, a WebSocket, IndexedDB) has no place in jsdom: its helpers have specs.
jest.mock('../notes/NotesEditor', () => ({ NotesEditor: () => null }));

// No camera in jsdom: the browser's media API is a fake whose tracks record being stopped.
function fakeTrack(kind: 'audio' | 'video') {
  return { kind, stop: jest.fn() };
}
function fakeStream(tracks: ReturnType<typeof fakeTrack>[]) {
  const list = [...tracks];
  return {
    getTracks: () => [...list],
    getAudioTracks: () => list.filter((track) => track.kind === 'audio'),
    getVideoTracks: () => list.filter((track) => track.kind === 'video'),
    removeTrack: (track: ReturnType<typeof fakeTrack>) => list.splice(list.indexOf(track), 1),
  };
}
const startedTracks: ReturnType<typeof fakeTrack>[] = [];
const getUserMedia = jest.fn((constraints: MediaStreamConstraints) => {
  const tracks = [
    ...(constraints.video ? [fakeTrack('video')] : []),
    ...(constraints.audio ? [fakeTrack('audio')] : []),
  ];
  startedTracks.push(...tracks);
  return Promise.resolve(fakeStream(tracks));
});
const device = (kind: MediaDeviceKind, deviceId: string, label: string) =>
  ({ kind, deviceId, label, groupId: 'g' }) as MediaDeviceInfo;
const enumerateDevices = jest.fn(() =>
  Promise.resolve([
    device('videoinput', 'cam-1', 'Front camera'),
    device('audioinput', 'mic-1', 'Headset microphone'),
    device('audioinput', 'mic-2', 'Built-in microphone'),
  ]),
);

beforeEach(() => {
  startedTracks.length = 0;
  getUserMedia.mockClear();
  enumerateDevices.mockClear();
  Object.defineProperty(navigator, 'mediaDevices', {
    configurable: true,
    value: { getUserMedia, enumerateDevices },
  });
});

const mockedUseLiveSession = jest.mocked(useLiveSession);

const items = [
  anAgendaItem({ title: 'Welcome', minutes: 10 }),
  anAgendaItem({ title: 'Stock-out dashboards in Namibia', kind: 'walkthrough', minutes: 45 }),
];
const session = aSession({ status: 'live', agenda: items, agendaMinutes: 55 });

function snapshot(role: 'member' | 'convener', overrides: Partial<LiveSnapshot> = {}): LiveSnapshot {
  const me = role === 'convener' ? aConvener() : aMember();
  return {
    sessionId: session.id,
    status: 'live',
    you: {
      userId: me.id,
      displayName: me.displayName,
      role,
      countryCode: 'NA',
      delegationId: null,
      canModerate: role === 'convener',
      canWrite: true,
    },
    presence: { participants: [], byCountry: [] },
    hands: [],
    chat: [],
    questions: [],
    agenda: { currentItemId: null, currentIndex: null, itemStartedAt: null, finished: false },
    ...overrides,
  };
}

const ok = <T,>(data: T): Promise<LiveAck<T>> => Promise.resolve({ ok: true, data });

function liveSession(state: LiveSnapshot) {
  const actions = {
    sendChat: jest.fn((text: string) =>
      ok({
        id: '00000000-0000-4000-8000-00000000abcd',
        userId: state.you.userId,
        displayName: state.you.displayName,
        countryCode: 'NA',
        text,
        sentAt: new Date().toISOString(),
      }),
    ),
    deleteChat: jest.fn(() => ok(undefined)),
    ask: jest.fn(),
    upvote: jest.fn(() => ok(undefined)),
    markAnswered: jest.fn(() => ok(undefined)),
    deleteQuestion: jest.fn(() => ok(undefined)),
    raiseHand: jest.fn(() => ok(undefined)),
    lowerHand: jest.fn(() => ok(undefined)),
    react: jest.fn(() => ok(undefined)),
    startAgenda: jest.fn(() => ok(state.agenda)),
    advanceAgenda: jest.fn(() => ok(state.agenda)),
    backAgenda: jest.fn(() => ok(state.agenda)),
    setStatus: jest.fn(() => ok(undefined)),
  };
  mockedUseLiveSession.mockReturnValue({
    state,
    connection: 'connected',
    joinError: null,
    reactions: [],
    actions: actions as unknown as ReturnType<typeof useLiveSession>['actions'],
  });
  return actions;
}

const videoUnavailable = () =>
  errorResponse({
    statusCode: 503,
    error: 'Service Unavailable',
    message: 'No video server is configured',
    code: 'video_unavailable',
  });

function serve(role: 'member' | 'convener') {
  const network = aNetwork({ viewerRole: role });
  return fakeApi({
    'GET /api/auth/me': () => jsonResponse(200, role === 'convener' ? aConvener() : aMember()),
    [`GET /api/networks/${network.id}`]: () => jsonResponse(200, network),
    [`GET /api/sessions/${session.id}`]: () => jsonResponse(200, session),
    [`POST /api/sessions/${session.id}/join`]: videoUnavailable,
  });
}

async function joinRoom() {
  const view = renderRoute(`/sessions/${session.id}/live`);
  await view.user.click(await screen.findByRole('button', { name: 'Join' }));
  return view;
}

describe('live room', () => {
  it('shows the pre-join screen: preview, name, audio only and the attendance sentence', async () => {
    liveSession(snapshot('member'));
    serve('member');
    renderRoute(`/sessions/${session.id}/live`);
    expect(await screen.findByRole('heading', { name: 'Before you join' })).toBeInTheDocument();
    expect(await screen.findByText('You join as Ndapewa Shikongo.')).toBeInTheDocument();
    expect(screen.getByLabelText('Camera preview')).toBeInTheDocument();
    expect(screen.getByText(/attendance is recorded for the network/)).toBeInTheDocument();
    expect(screen.getByText(/by country and delegation only/)).toBeInTheDocument();
    // The room is not opened before Join.
    expect(mockedUseLiveSession).not.toHaveBeenCalled();
  });

  it('offers low data before joining, remembered on this device, and not with audio only', async () => {
    liveSession(snapshot('member'));
    serve('member');
    const first = renderRoute(`/sessions/${session.id}/live`);
    const lowData = await screen.findByRole('checkbox', { name: /Low data/ });
    expect(lowData).not.toBeChecked();
    await first.user.click(lowData);
    expect(JSON.parse(window.localStorage.getItem(DEVICE_PREFS_KEY) ?? '{}')).toMatchObject({
      lowData: true,
      audioOnly: false,
    });
    await first.user.click(screen.getByRole('checkbox', { name: /Audio only/ }));
    expect(screen.queryByRole('checkbox', { name: /Low data/ })).not.toBeInTheDocument();
  });

  it('remembers the audio-only choice on this device and shows no preview with it', async () => {
    liveSession(snapshot('member'));
    serve('member');
    const first = renderRoute(`/sessions/${session.id}/live`);
    const audioOnly = await screen.findByRole('checkbox', { name: /Audio only/ });
    expect(audioOnly).not.toBeChecked();
    await first.user.click(audioOnly);
    expect(JSON.parse(window.localStorage.getItem(DEVICE_PREFS_KEY) ?? '{}')).toMatchObject({
      audioOnly: true,
    });
    expect(screen.queryByLabelText('Camera preview')).not.toBeInTheDocument();
    first.unmount();

    renderRoute(`/sessions/${session.id}/live`);
    expect(await screen.findByRole('checkbox', { name: /Audio only/ })).toBeChecked();
    expect(screen.getByText('No camera preview: audio only is on.')).toBeInTheDocument();
  });

  it('previews the camera with getUserMedia, lists the devices, and stops every track on Join', async () => {
    liveSession(snapshot('member'));
    serve('member');
    const view = renderRoute(`/sessions/${session.id}/live`);
    expect(await screen.findByRole('option', { name: 'Headset microphone' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Front camera' })).toBeInTheDocument();
    expect(getUserMedia).toHaveBeenCalledWith(expect.objectContaining({ video: { facingMode: 'user' } }));
    // The microphone asked for with the camera is released at once; the camera plays until Join.
    const video = startedTracks.filter((track) => track.kind === 'video');
    expect(video).toHaveLength(1);
    expect(startedTracks.find((track) => track.kind === 'audio')?.stop).toHaveBeenCalled();
    expect(video[0].stop).not.toHaveBeenCalled();

    await view.user.click(screen.getByRole('button', { name: 'Join' }));
    expect(video[0].stop).toHaveBeenCalled();
    expect(await screen.findByRole('region', { name: 'Chat' })).toBeInTheDocument();
  });

  it('fills the microphone list in audio only without starting the camera', async () => {
    liveSession(snapshot('member'));
    serve('member');
    window.localStorage.setItem(DEVICE_PREFS_KEY, JSON.stringify({ audioOnly: true }));
    renderRoute(`/sessions/${session.id}/live`);
    const microphone = await screen.findByRole('combobox', { name: 'Microphone' });
    expect(await within(microphone).findByRole('option', { name: 'Built-in microphone' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Camera' })).not.toBeInTheDocument();
    expect(getUserMedia).toHaveBeenCalledTimes(1);
    expect(getUserMedia).toHaveBeenCalledWith({ audio: true, video: false });
    expect(startedTracks.map((track) => track.kind)).toEqual(['audio']);
    expect(startedTracks[0].stop).toHaveBeenCalled();
  });

  it('shows the video-unavailable banner while chat still sends', async () => {
    const actions = liveSession(snapshot('member'));
    const fetchMock = serve('member');
    const { user } = await joinRoom();

    expect(
      await screen.findByText(
        'Video is unavailable right now. The agenda, chat and questions keep working.',
      ),
    ).toBeInTheDocument();
    expect(
      fetchMock.mock.calls.some(([url]) => String(url) === `/api/sessions/${session.id}/join`),
    ).toBe(true);

    const chat = screen.getByRole('region', { name: 'Chat' });
    const box = within(chat).getByRole('textbox', { name: 'Message' });
    await user.type(box, 'Hello from Windhoek');
    expect(within(chat).getByText('19 / 1000')).toBeInTheDocument();
    await user.click(within(chat).getByRole('button', { name: 'Send' }));
    expect(actions.sendChat).toHaveBeenCalledWith('Hello from Windhoek');
    expect(box).toHaveValue('');
  });

  it('shows an ack error in words, such as too many messages', async () => {
    const actions = liveSession(snapshot('member'));
    actions.sendChat.mockReturnValue(
      Promise.resolve({ ok: false, code: 'too_many_requests', message: 'Slow down' }) as never,
    );
    serve('member');
    const { user } = await joinRoom();
    const chat = await screen.findByRole('region', { name: 'Chat' });
    await user.type(within(chat).getByRole('textbox', { name: 'Message' }), 'Again');
    await user.click(within(chat).getByRole('button', { name: 'Send' }));
    expect(await within(chat).findByRole('alert')).toHaveTextContent(
      'Too many attempts. Please wait a moment and try again.',
    );
  });

  it('gives conveners the agenda controls', async () => {
    const actions = liveSession(snapshot('convener'));
    serve('convener');
    const { user } = await joinRoom();
    const agenda = await screen.findByRole('region', { name: 'Agenda' });
    await user.click(within(agenda).getByRole('button', { name: 'Start the agenda' }));
    expect(actions.startAgenda).toHaveBeenCalled();
    expect(within(agenda).getByRole('button', { name: 'End session' })).toBeInTheDocument();
  });

  it('does not give members the agenda controls', async () => {
    liveSession(snapshot('member'));
    serve('member');
    await joinRoom();
    const agenda = await screen.findByRole('region', { name: 'Agenda' });
    expect(within(agenda).getByText('Welcome')).toBeInTheDocument();
    expect(within(agenda).queryByRole('button')).not.toBeInTheDocument();
    const people = screen.getByRole('region', { name: 'People' });
    expect(within(people).queryByRole('button', { name: /Mute/ })).not.toBeInTheDocument();
  });

  it('times the current item from itemStartedAt, the same for everyone', async () => {
    jest.useFakeTimers({ advanceTimers: true, now: new Date('2030-05-15T13:20:00.000Z') });
    try {
      liveSession(
        snapshot('member', {
          agenda: {
            currentItemId: items[1].id,
            currentIndex: 1,
            // 4 minutes 5 seconds ago, on a 45-minute item.
            itemStartedAt: '2030-05-15T13:15:55.000Z',
            finished: false,
          },
        }),
      );
      serve('member');
      await joinRoom();
      const agenda = await screen.findByRole('region', { name: 'Agenda' });
      const current = within(agenda).getByText('Stock-out dashboards in Namibia').closest('li');
      expect(current).toHaveAttribute('aria-current', 'step');
      expect(within(current as HTMLElement).getByText('4:05 elapsed')).toBeInTheDocument();
      expect(within(current as HTMLElement).getByText('40:55 left')).toBeInTheDocument();
      act(() => {
        jest.advanceTimersByTime(2000);
      });
      expect(within(current as HTMLElement).getByText('4:07 elapsed')).toBeInTheDocument();
    } finally {
      jest.useRealTimers();
    }
  });

  it('marks a question already voted and lets conveners mark it answered', async () => {
    const question = {
      id: '00000000-0000-4000-8000-0000000000aa',
      userId: aMember().id,
      displayName: 'Ndapewa Shikongo',
      countryCode: 'NA',
      text: 'How did you fund the dashboards?',
      askedAt: '2030-05-15T13:05:00.000Z',
      votes: 3,
      votedByMe: true,
      answered: false,
    };
    const actions = liveSession(snapshot('convener', { questions: [question] }));
    serve('convener');
    const { user } = await joinRoom();
    const qa = await screen.findByRole('region', { name: 'Q&A' });
    expect(within(qa).getByRole('button', { name: /Voted/ })).toBeDisabled();
    expect(within(qa).getByText(/3 votes/)).toBeInTheDocument();
    await user.click(within(qa).getByRole('button', { name: 'Mark answered' }));
    expect(actions.markAnswered).toHaveBeenCalledWith(question.id, true);
  });
});
