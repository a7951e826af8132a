import type { JoinResponse } from '@praxis/contracts';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { addLiveStrings } from '../../i18n/liveStrings';
import { createI18n } from '../../i18n/i18n';
import { DEVICE_PREFS_KEY } from './devicePrefs';
import { screenShareAllowed, VideoStage } from './VideoStage';

// No LiveKit server in jsdom: the room components are stand-ins, and the permissions are whatever a test says.
const mockPermissions = jest.fn();
jest.mock('@livekit/components-styles', () => ({}));
jest.mock('livekit-client', () => ({
  ConnectionState: {
    Connected: 'connected',
    Connecting: 'connecting',
    Reconnecting: 'reconnecting',
  },
  RoomEvent: {
    Connected: 'connected',
    TrackPublished: 'trackPublished',
    TrackUnpublished: 'trackUnpublished',
    ParticipantConnected: 'participantConnected',
    ActiveSpeakersChanged: 'activeSpeakersChanged',
  },
  Track: {
    Source: { Camera: 'camera', Microphone: 'microphone', ScreenShare: 'screen_share' },
    Kind: { Audio: 'audio', Video: 'video' },
  },
  VideoQuality: { LOW: 0, HIGH: 2 },
  LocalVideoTrack: class {},
  RemoteTrackPublication: class {},
}));
// A connected room with nobody else in it yet.
const mockRoom = {
  remoteParticipants: new Map(),
  activeSpeakers: [],
  localParticipant: { identity: 'me', trackPublications: new Map() },
  on: jest.fn(),
  off: jest.fn(),
};
jest.mock('@livekit/components-react', () => ({
  LiveKitRoom: ({ children }: { children: ReactNode }) => <div>{children}</div>,
  LayoutContextProvider: ({ children }: { children: ReactNode }) => <>{children}</>,
  RoomAudioRenderer: () => null,
  GridLayout: () => null,
  FocusLayout: () => null,
  CarouselLayout: () => null,
  ParticipantTile: () => null,
  TrackToggle: ({ children }: { children: ReactNode }) => <button type="button">{children}</button>,
  useConnectionState: () => 'connected',
  useLocalParticipant: () => ({}),
  useLocalParticipantPermissions: () => mockPermissions(),
  useRoomContext: () => mockRoom,
  useSpeakingParticipants: () => [],
  useTracks: () => [],
}));

const SCREEN_SHARE = 3;
const CAMERA = 1;
const MICROPHONE = 2;
const permission = (canPublish: boolean, canPublishSources: number[]) =>
  ({ canPublish, canPublishSources, canSubscribe: true, canPublishData: true }) as never;

const join: JoinResponse = {
  serverUrl: 'wss://video.example',
  token: 't',
  identity: 'lk-1',
  room: 'r',
};

function stage(canShareScreen: boolean) {
  return (
    <VideoStage
      join={join}
      prefs={{ audioOnly: false, lowData: false, videoDeviceId: '', audioDeviceId: '' }}
      canPublish
      canShareScreen={canShareScreen}
      onUnavailable={jest.fn()}
    />
  );
}

function renderStage(canShareScreen: boolean) {
  const i18n = createI18n();
  void i18n.changeLanguage('en');
  addLiveStrings(i18n);
  const view = render(<I18nextProvider i18n={i18n}>{stage(canShareScreen)}</I18nextProvider>);
  return {
    rerender: (next: boolean) =>
      view.rerender(<I18nextProvider i18n={i18n}>{stage(next)}</I18nextProvider>),
  };
}

describe('screenShareAllowed', () => {
  it('follows LiveKit once the room has given permissions, and the room rule before', () => {
    expect(screenShareAllowed(undefined, true)).toBe(true);
    expect(screenShareAllowed(undefined, false)).toBe(false);
    expect(screenShareAllowed(permission(true, [CAMERA, MICROPHONE, SCREEN_SHARE]), false)).toBe(
      true,
    );
    expect(screenShareAllowed(permission(true, [CAMERA, MICROPHONE]), true)).toBe(false);
    // An empty list allows every source; no publishing allows none.
    expect(screenShareAllowed(permission(true, []), false)).toBe(true);
    expect(screenShareAllowed(permission(false, []), true)).toBe(false);
  });
});

describe('the share-screen button', () => {
  beforeEach(() => mockPermissions.mockReset());

  it('shows when a convener lets a member present, without rejoining, and goes when that ends', () => {
    mockPermissions.mockReturnValue(permission(true, [CAMERA, MICROPHONE]));
    const view = renderStage(false);
    expect(screen.getByRole('button', { name: 'Microphone' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Share screen' })).not.toBeInTheDocument();

    // The server's UpdateParticipant arrives as a permissions change.
    mockPermissions.mockReturnValue(permission(true, [CAMERA, MICROPHONE, SCREEN_SHARE]));
    view.rerender(false);
    expect(screen.getByRole('button', { name: 'Share screen' })).toBeInTheDocument();

    mockPermissions.mockReturnValue(permission(true, [CAMERA, MICROPHONE]));
    view.rerender(true);
    expect(screen.queryByRole('button', { name: 'Share screen' })).not.toBeInTheDocument();
  });

  it('falls back to the room rule while no room is connected', () => {
    mockPermissions.mockReturnValue(undefined);
    const view = renderStage(true);
    expect(screen.getByRole('button', { name: 'Share screen' })).toBeInTheDocument();
    view.rerender(false);
    expect(screen.queryByRole('button', { name: 'Share screen' })).not.toBeInTheDocument();
  });
});

describe('low data in the room', () => {
  beforeEach(() => mockPermissions.mockReturnValue(permission(true, [CAMERA, MICROPHONE])));

  it('can be switched on during the session, is remembered on this device, and says what it does', async () => {
    const user = userEvent.setup();
    renderStage(false);
    expect(screen.getByText(/^Data used by video and sound: 0/)).toBeInTheDocument();
    const toggle = screen.getByRole('checkbox', { name: 'Low data' });
    expect(toggle).not.toBeChecked();
    await user.click(toggle);
    expect(toggle).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('only the person speaking is shown');
    expect(JSON.parse(window.localStorage.getItem(DEVICE_PREFS_KEY)!)).toMatchObject({
      lowData: true,
    });
    // The room's events are listened to again for the new way of receiving.
    expect(mockRoom.on).toHaveBeenCalledWith('activeSpeakersChanged', expect.any(Function));
  });
});
