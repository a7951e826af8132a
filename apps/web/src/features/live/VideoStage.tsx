import {
  CarouselLayout,
  FocusLayout,
  GridLayout,
  LayoutContextProvider,
  LiveKitRoom,
  ParticipantTile,
  RoomAudioRenderer,
  TrackToggle,
  useConnectionState,
  useLocalParticipant,
  useLocalParticipantPermissions,
  useRoomContext,
  useSpeakingParticipants,
  useTracks,
  type TrackReferenceOrPlaceholder,
} from '@livekit/components-react';
import '@livekit/components-styles';
import type { JoinResponse, Participant } from '@praxis/contracts';
import {
  ConnectionState,
  LocalVideoTrack,
  RemoteTrackPublication,
  RoomEvent,
  Track,
  type RemoteParticipant,
} from 'livekit-client';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import type { DevicePrefs } from './devicePrefs';
import { pickWalkthroughCamera } from './walkthrough';

/** TrackSource.SCREEN_SHARE in LiveKit's protocol (livekit-client does not re-export the enum). */
const SCREEN_SHARE_SOURCE = 3;

type Permissions = ReturnType<typeof useLocalParticipantPermissions>;

/**
 * Whether the screen-share button shows: what LiveKit allows this participant now (a grant given live by
 * the server arrives as a permissions change), or, before the room is connected, the room's own rule.
 */
export function screenShareAllowed(permissions: Permissions, fallback: boolean): boolean {
  if (!permissions) return fallback;
  if (!permissions.canPublish) return false;
  // An empty list means every source is allowed.
  const sources = permissions.canPublishSources as readonly number[];
  return sources.length === 0 || sources.includes(SCREEN_SHARE_SOURCE);
}

/** The current agenda item when it is a walkthrough: who presents it, and everyone in the room. */
export interface WalkthroughContext {
  itemId: string;
  presenters: Participant[];
  everyone: Participant[];
}

export interface VideoStageProps {
  join: JoinResponse;
  prefs: DevicePrefs;
  /** Members and conveners publish camera and microphone; observers watch and listen. */
  canPublish: boolean;
  /** Conveners, and whoever presents the current agenda item: used until LiveKit says otherwise. */
  canShareScreen: boolean;
  /** Set while the current agenda item is a walkthrough: its presenter goes on the main stage. */
  walkthrough?: WalkthroughContext | null;
  /** LiveKit could not be reached: the room shows the video-unavailable banner instead. */
  onUnavailable: () => void;
}

/** The LiveKit video room: speakers, grid or one camera on the main stage, and the media controls. */
export function VideoStage({
  join,
  prefs,
  canPublish,
  canShareScreen,
  walkthrough = null,
  onUnavailable,
}: VideoStageProps) {
  const publishVideo = canPublish && !prefs.audioOnly;
  return (
    <LiveKitRoom
      serverUrl={join.serverUrl}
      token={join.token}
      connect
      audio={canPublish ? (prefs.audioDeviceId ? { deviceId: prefs.audioDeviceId } : true) : false}
      video={publishVideo ? (prefs.videoDeviceId ? { deviceId: prefs.videoDeviceId } : true) : false}
      options={{ adaptiveStream: true, dynacast: true }}
      // Audio only: nothing is subscribed automatically, and AudioOnlySubscriber takes the audio alone.
      connectOptions={{ autoSubscribe: !prefs.audioOnly }}
      onError={() => onUnavailable()}
      data-lk-theme="default"
      className="live-video"
    >
      {prefs.audioOnly && <AudioOnlySubscriber />}
      <RoomAudioRenderer />
      <Stage
        audioOnly={prefs.audioOnly}
        canPublish={canPublish}
        publishVideo={publishVideo}
        canShareScreen={canShareScreen}
        walkthrough={walkthrough}
      />
    </LiveKitRoom>
  );
}

/** Subscribes to every microphone and never to a camera or a screen. */
function AudioOnlySubscriber() {
  const room = useRoomContext();
  useEffect(() => {
    const take = (publication: RemoteTrackPublication) => {
      publication.setSubscribed(publication.kind === Track.Kind.Audio);
    };
    const takeAll = (participant: RemoteParticipant) => participant.trackPublications.forEach(take);
    room.remoteParticipants.forEach(takeAll);
    const onPublished = (publication: RemoteTrackPublication) => take(publication);
    room.on(RoomEvent.TrackPublished, onPublished);
    room.on(RoomEvent.ParticipantConnected, takeAll);
    return () => {
      room.off(RoomEvent.TrackPublished, onPublished);
      room.off(RoomEvent.ParticipantConnected, takeAll);
    };
  }, [room]);
  return null;
}

type Layout = 'speaker' | 'grid' | 'walkthrough';

function Stage({
  audioOnly,
  canPublish,
  publishVideo,
  canShareScreen,
  walkthrough,
}: {
  audioOnly: boolean;
  canPublish: boolean;
  publishVideo: boolean;
  canShareScreen: boolean;
  walkthrough: WalkthroughContext | null;
}) {
  const { t } = useTranslation();
  const connection = useConnectionState();
  const permissions = useLocalParticipantPermissions();
  const mayShare = screenShareAllowed(permissions, canShareScreen);
  // A choice made by hand during a walkthrough item holds for that item; the next walkthrough picks again.
  const [chosenLayout, setChosenLayout] = useState<{ layout: Layout; during: string | null }>({
    layout: 'speaker',
    during: null,
  });
  const [chosenOf, setChosenOf] = useState<{ identity: string; during: string | null }>({
    identity: '',
    during: null,
  });
  const selectId = useId();
  const tracks = useTracks(
    [
      { source: Track.Source.Camera, withPlaceholder: true },
      { source: Track.Source.ScreenShare, withPlaceholder: false },
    ],
    { onlySubscribed: false },
  );
  const speakers = useSpeakingParticipants();
  const cameras = tracks.filter((ref) => ref.source === Track.Source.Camera && ref.publication);
  const itemId = walkthrough?.itemId ?? null;
  const presenterCamera = walkthrough
    ? pickWalkthroughCamera(
        walkthrough.presenters,
        walkthrough.everyone,
        cameras.map((ref) => ({
          identity: ref.participant.identity,
          name: ref.participant.name,
          metadata: ref.participant.metadata,
        })),
      )
    : undefined;
  const layout: Layout =
    presenterCamera && chosenLayout.during !== itemId ? 'walkthrough' : chosenLayout.layout;
  const walkthroughOf =
    (chosenOf.during === itemId || !presenterCamera ? chosenOf.identity : presenterCamera) || '';
  const setLayout = (next: Layout) => setChosenLayout({ layout: next, during: itemId });
  const setWalkthroughOf = (identity: string) => setChosenOf({ identity, during: itemId });

  const focus = useMemo<TrackReferenceOrPlaceholder | undefined>(() => {
    if (layout === 'walkthrough') {
      return cameras.find((ref) => ref.participant.identity === walkthroughOf) ?? cameras[0];
    }
    const screen = tracks.find((ref) => ref.source === Track.Source.ScreenShare);
    if (screen) return screen;
    const speaker = speakers[0];
    return (
      tracks.find((ref) => ref.source === Track.Source.Camera && ref.participant === speaker) ??
      tracks[0]
    );
  }, [layout, walkthroughOf, cameras, tracks, speakers]);

  const status =
    connection === ConnectionState.Connecting
      ? t('live.video.connecting')
      : connection === ConnectionState.Reconnecting || connection === ConnectionState.SignalReconnecting
        ? t('live.video.reconnecting')
        : undefined;

  return (
    <LayoutContextProvider>
      {status && (
        <p className="live-connection" role="status">
          {status}
        </p>
      )}
      {!audioOnly && (
        <div className="live-video__layouts" role="group" aria-label={t('live.video.layout')}>
          {(['speaker', 'grid', 'walkthrough'] as const).map((name) => (
            <Button
              key={name}
              variant={layout === name ? 'primary' : 'secondary'}
              aria-pressed={layout === name}
              onClick={() => setLayout(name)}
            >
              {t(`live.video.${name}`)}
            </Button>
          ))}
          {layout === 'walkthrough' && cameras.length > 0 && (
            <span className="field field--inline">
              <label htmlFor={selectId}>{t('live.video.walkthroughOf')}</label>
              <select
                id={selectId}
                className="field__input"
                value={walkthroughOf || cameras[0].participant.identity}
                onChange={(event) => setWalkthroughOf(event.target.value)}
              >
                {cameras.map((ref) => (
                  <option key={ref.participant.identity} value={ref.participant.identity}>
                    {ref.participant.name || ref.participant.identity}
                  </option>
                ))}
              </select>
            </span>
          )}
        </div>
      )}
      {!audioOnly && layout === 'walkthrough' && presenterCamera && walkthroughOf === presenterCamera && (
        <p className="field__hint" role="status">
          {t('live.video.presenterOnStage')}
        </p>
      )}
      {!audioOnly && (
        <div className="live-video__stage">
          {layout === 'grid' ? (
            <GridLayout tracks={tracks}>
              <ParticipantTile />
            </GridLayout>
          ) : layout === 'walkthrough' && cameras.length === 0 ? (
            <p>{t('live.video.noCameras')}</p>
          ) : (
            <div className="live-video__focus">
              {focus && <FocusLayout trackRef={focus} />}
              {layout === 'speaker' && tracks.length > 1 && (
                <CarouselLayout tracks={tracks.filter((ref) => ref !== focus)} orientation="horizontal">
                  <ParticipantTile />
                </CarouselLayout>
              )}
            </div>
          )}
        </div>
      )}
      <div className="live-video__controls button-row">
        {canPublish && (
          <TrackToggle source={Track.Source.Microphone}>{t('live.video.microphone')}</TrackToggle>
        )}
        {publishVideo && <TrackToggle source={Track.Source.Camera}>{t('live.video.camera')}</TrackToggle>}
        {publishVideo && <FlipCamera />}
        {mayShare && (
          <TrackToggle source={Track.Source.ScreenShare}>{t('live.video.shareScreen')}</TrackToggle>
        )}
      </div>
    </LayoutContextProvider>
  );
}

/** One tap between the front and the back camera (phones); hidden where there is a single camera. */
function FlipCamera() {
  const { t } = useTranslation();
  const { cameraTrack } = useLocalParticipant();
  const [facing, setFacing] = useState<'user' | 'environment'>('user');
  const [several, setSeveral] = useState(false);
  useEffect(() => {
    let cancelled = false;
    void navigator.mediaDevices
      ?.enumerateDevices()
      .then((devices) => {
        if (!cancelled) setSeveral(devices.filter((d) => d.kind === 'videoinput').length > 1);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, []);
  const track = cameraTrack?.track;
  if (!several || !(track instanceof LocalVideoTrack)) return null;
  return (
    <Button
      variant="secondary"
      onClick={() => {
        const next = facing === 'user' ? 'environment' : 'user';
        void track.restartTrack({ facingMode: next }).then(() => setFacing(next));
      }}
    >
      {t('live.video.flipCamera')}
    </Button>
  );
}
