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
  RoomEvent,
  Track,
  VideoQuality,
  type Room,
} from 'livekit-client';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale, useLocale } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { accumulate, formatBytes, mediaBytes, totalBytes } from './dataUsage';
import { saveDevicePrefs, type DevicePrefs } from './devicePrefs';
import { subscriptionsFor, type ReceiveMode, type RemotePublication } from './lowData';
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
  // Low data can be switched during the session; audio only is chosen before joining.
  const [lowData, setLowData] = useState(prefs.lowData);
  const mode: ReceiveMode = prefs.audioOnly ? 'audioOnly' : lowData ? 'lowData' : 'full';
  const changeLowData = (next: boolean) => {
    setLowData(next);
    saveDevicePrefs({ ...prefs, lowData: next });
  };
  return (
    <LiveKitRoom
      serverUrl={join.serverUrl}
      token={join.token}
      connect
      audio={canPublish ? (prefs.audioDeviceId ? { deviceId: prefs.audioDeviceId } : true) : false}
      video={
        publishVideo ? (prefs.videoDeviceId ? { deviceId: prefs.videoDeviceId } : true) : false
      }
      // Adaptive stream: received video no larger than its tile; dynacast: layers nobody watches are not
      // sent; simulcast: others can receive a low layer of this camera.
      options={{ adaptiveStream: true, dynacast: true, publishDefaults: { simulcast: true } }}
      // Unless everything is received, ReceivePolicy picks the tracks: nothing comes unasked.
      connectOptions={{ autoSubscribe: mode === 'full' }}
      onError={() => onUnavailable()}
      data-lk-theme="default"
      className="live-video"
    >
      <ReceivePolicy mode={mode} />
      <RoomAudioRenderer />
      <Stage
        audioOnly={prefs.audioOnly}
        lowData={mode === 'lowData'}
        onLowDataChange={changeLowData}
        canPublish={canPublish}
        publishVideo={publishVideo}
        canShareScreen={canShareScreen}
        walkthrough={walkthrough}
      />
      <DataUsed />
    </LiveKitRoom>
  );
}

/** Applies `subscriptionsFor` to the room, again whenever tracks, people or the speaker change. */
function ReceivePolicy({ mode }: { mode: ReceiveMode }) {
  const room = useRoomContext();
  const lastSpeaker = useRef<string | null>(null);
  useEffect(() => {
    const apply = () => {
      const publications = [...room.remoteParticipants.values()].flatMap((participant) =>
        [...participant.trackPublications.values()].map((publication) => ({
          publication,
          described: {
            sid: publication.trackSid,
            participantIdentity: participant.identity,
            kind: publication.kind === Track.Kind.Audio ? 'audio' : 'video',
            source: publication.source as RemotePublication['source'],
          } satisfies RemotePublication,
        })),
      );
      const speaking = room.activeSpeakers
        .filter((speaker) => speaker.identity !== room.localParticipant.identity)
        .map((speaker) => speaker.identity);
      if (speaking[0]) lastSpeaker.current = speaking[0];
      const decided = subscriptionsFor(
        mode,
        publications.map((p) => p.described),
        speaking,
        lastSpeaker.current,
      );
      for (const { publication } of publications) {
        const decision = decided.get(publication.trackSid);
        if (!decision) continue;
        if (publication.isDesired !== decision.subscribed)
          publication.setSubscribed(decision.subscribed);
        if (decision.subscribed && publication.kind === Track.Kind.Video)
          publication.setVideoQuality(decision.lowQuality ? VideoQuality.LOW : VideoQuality.HIGH);
      }
    };
    apply();
    const events = [
      RoomEvent.Connected,
      RoomEvent.TrackPublished,
      RoomEvent.TrackUnpublished,
      RoomEvent.ParticipantConnected,
      RoomEvent.ActiveSpeakersChanged,
    ] as const;
    for (const event of events) room.on(event, apply);
    return () => {
      for (const event of events) room.off(event, apply);
    };
  }, [room, mode]);
  return null;
}

/** What the video and sound of this session have cost so far, from WebRTC's own counters. */
function DataUsed() {
  const { t } = useTranslation();
  const locale = intlLocale(useLocale());
  const room = useRoomContext();
  const [usage, setUsage] = useState<{ bytes: number; perMinute: number | null }>({
    bytes: 0,
    perMinute: null,
  });
  useEffect(() => {
    let counted = new Map<string, number>();
    let previous: { at: number; bytes: number } | null = null;
    const sample = async () => {
      counted = accumulate(counted, await mediaBytesOf(room));
      const bytes = totalBytes(counted);
      const at = Date.now();
      const perMinute =
        previous && at > previous.at
          ? ((bytes - previous.bytes) * 60_000) / (at - previous.at)
          : null;
      previous = { at, bytes };
      setUsage({ bytes, perMinute });
    };
    const timer = setInterval(() => void sample().catch(() => undefined), 5_000);
    return () => clearInterval(timer);
  }, [room]);
  // Not a live region: a figure that changes every few seconds would keep interrupting screen readers.
  return (
    <p className="live-video__data field__hint">
      {t('live.video.dataUsed', { amount: formatBytes(usage.bytes, locale) })}
      {usage.perMinute !== null &&
        ` · ${t('live.video.dataRate', { amount: formatBytes(usage.perMinute, locale) })}`}
    </p>
  );
}

/** Every media stream's byte counter in the room: the tracks received and this device's own. */
async function mediaBytesOf(room: Room): Promise<Map<string, number>> {
  const tracks = [
    ...[...room.remoteParticipants.values()].flatMap((participant) =>
      [...participant.trackPublications.values()].map((publication) => publication.track),
    ),
    ...[...room.localParticipant.trackPublications.values()].map(
      (publication) => publication.track,
    ),
  ].filter((track) => track !== undefined);
  const reports = await Promise.all(
    tracks.map((track) => track.getRTCStatsReport().catch(() => undefined)),
  );
  const bytes = new Map<string, number>();
  for (const report of reports) {
    if (!report) continue;
    for (const [id, count] of mediaBytes(report as Iterable<[string, { type: string }]>))
      bytes.set(id, count);
  }
  return bytes;
}

type Layout = 'speaker' | 'grid' | 'walkthrough';

function Stage({
  audioOnly,
  lowData,
  onLowDataChange,
  canPublish,
  publishVideo,
  canShareScreen,
  walkthrough,
}: {
  audioOnly: boolean;
  lowData: boolean;
  onLowDataChange: (lowData: boolean) => void;
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
  const lowDataId = useId();
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
      : connection === ConnectionState.Reconnecting ||
          connection === ConnectionState.SignalReconnecting
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
      {!audioOnly &&
        layout === 'walkthrough' &&
        presenterCamera &&
        walkthroughOf === presenterCamera && (
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
                <CarouselLayout
                  tracks={tracks.filter((ref) => ref !== focus)}
                  orientation="horizontal"
                >
                  <ParticipantTile />
                </CarouselLayout>
              )}
            </div>
          )}
        </div>
      )}
      {lowData && (
        <p className="field__hint" role="status">
          {t('live.video.lowDataPaused')}
        </p>
      )}
      <div className="live-video__controls button-row">
        {!audioOnly && (
          <span className="field field--inline">
            <input
              id={lowDataId}
              type="checkbox"
              checked={lowData}
              onChange={(event) => onLowDataChange(event.target.checked)}
            />
            <label htmlFor={lowDataId}>{t('live.video.lowData')}</label>
          </span>
        )}
        {canPublish && (
          <TrackToggle source={Track.Source.Microphone}>{t('live.video.microphone')}</TrackToggle>
        )}
        {publishVideo && (
          <TrackToggle source={Track.Source.Camera}>{t('live.video.camera')}</TrackToggle>
        )}
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
