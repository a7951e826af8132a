/** How this device receives video: everything, only what matters (low data), or none (audio only). */
export type ReceiveMode = 'full' | 'lowData' | 'audioOnly';

export interface RemotePublication {
  sid: string;
  participantIdentity: string;
  kind: 'audio' | 'video';
  source: 'camera' | 'screen_share' | 'microphone' | 'screen_share_audio' | 'unknown';
}

export interface Subscription {
  subscribed: boolean;
  /** Only for video that is received: ask LiveKit for its lowest layer. */
  lowQuality: boolean;
}

/**
 * Which remote tracks to receive. Sound always. In low-data mode one picture: a shared screen when there
 * is one (it is usually what people need to see), else the camera of the person speaking (or of the last
 * one who spoke, so the picture does not vanish in a pause), at the lowest simulcast layer.
 */
export function subscriptionsFor(
  mode: ReceiveMode,
  publications: readonly RemotePublication[],
  speaking: readonly string[],
  lastSpeaker: string | null,
): Map<string, Subscription> {
  const result = new Map<string, Subscription>();
  const video = publications.filter((p) => p.kind === 'video');
  let shown: RemotePublication | undefined;
  if (mode === 'lowData') {
    const cameraOf = (identity: string | null) =>
      video.find((p) => p.source === 'camera' && p.participantIdentity === identity);
    shown =
      video.find((p) => p.source === 'screen_share') ??
      speaking.map(cameraOf).find((p) => p !== undefined) ??
      cameraOf(lastSpeaker);
  }
  for (const publication of publications) {
    if (publication.kind === 'audio') {
      result.set(publication.sid, { subscribed: true, lowQuality: false });
    } else if (mode === 'full') {
      result.set(publication.sid, { subscribed: true, lowQuality: false });
    } else {
      const received = mode === 'lowData' && publication === shown;
      result.set(publication.sid, { subscribed: received, lowQuality: received });
    }
  }
  return result;
}
