import { Injectable, Logger } from '@nestjs/common';
import {
  AccessToken,
  RoomServiceClient,
  TrackSource,
  WebhookReceiver,
  type WebhookEvent,
} from 'livekit-server-sdk';
import { AppConfig, type LiveKitConfig } from '../config/app-config';

export const TOKEN_TTL_SECONDS = 10 * 60;

export interface MediaGrants {
  canPublish: boolean;
  canPublishData: boolean;
  canShareScreen: boolean;
  roomAdmin: boolean;
}

/**
 * The one place Praxis talks to LiveKit: minting tokens with every grant set explicitly (LiveKit's
 * defaults are permissive), room-service calls for moderation, and webhook verification.
 */
@Injectable()
export class LiveKitService {
  private readonly logger = new Logger('LiveKit');
  private readonly settings: LiveKitConfig | undefined;
  private readonly rooms: RoomServiceClient | undefined;
  private readonly receiver: WebhookReceiver | undefined;

  constructor(config: AppConfig) {
    this.settings = config.livekit;
    if (this.settings) {
      this.rooms = new RoomServiceClient(
        this.settings.apiUrl,
        this.settings.apiKey,
        this.settings.apiSecret,
      );
      this.receiver = new WebhookReceiver(this.settings.apiKey, this.settings.apiSecret);
    }
  }

  get configured(): boolean {
    return this.settings !== undefined;
  }

  get serverUrl(): string | undefined {
    return this.settings?.url;
  }

  async mint(
    room: string,
    identity: string,
    name: string,
    metadata: string,
    grants: MediaGrants,
  ): Promise<string> {
    if (!this.settings) throw new Error('LiveKit is not configured.');
    const token = new AccessToken(this.settings.apiKey, this.settings.apiSecret, {
      identity,
      name,
      metadata,
      ttl: TOKEN_TTL_SECONDS,
    });
    token.addGrant({
      room,
      roomJoin: true,
      roomCreate: false,
      roomList: false,
      roomRecord: false,
      roomAdmin: grants.roomAdmin,
      ingressAdmin: false,
      canSubscribe: true,
      canPublish: grants.canPublish,
      canPublishData: grants.canPublishData,
      canPublishSources: publishSources(grants),
      canUpdateOwnMetadata: false,
      hidden: false,
      recorder: false,
      agent: false,
    });
    return token.toJwt();
  }

  /** Verifies the signature and body hash of a webhook; throws when forged. */
  async receive(rawBody: string, authorization: string | undefined): Promise<WebhookEvent> {
    if (!this.receiver) throw new Error('LiveKit is not configured.');
    return this.receiver.receive(rawBody, authorization);
  }

  /** Room-service calls; each resolves to false (logged) when LiveKit cannot be reached. */
  async updatePermissions(room: string, identity: string, grants: MediaGrants): Promise<boolean> {
    return this.call('updateParticipant', async (rooms) => {
      await rooms.updateParticipant(room, identity, undefined, {
        canSubscribe: true,
        canPublish: grants.canPublish,
        canPublishData: grants.canPublishData,
        canPublishSources: publishSources(grants),
        hidden: false,
        recorder: false,
        canUpdateMetadata: false,
        agent: false,
        canSubscribeMetrics: false,
      } as never);
    });
  }

  async muteAll(room: string, identity: string): Promise<boolean> {
    return this.call('mutePublishedTrack', async (rooms) => {
      const participant = await rooms.getParticipant(room, identity);
      for (const track of participant.tracks)
        await rooms.mutePublishedTrack(room, identity, track.sid, true);
    });
  }

  async remove(room: string, identity: string): Promise<boolean> {
    return this.call('removeParticipant', (rooms) => rooms.removeParticipant(room, identity));
  }

  async endRoom(room: string): Promise<boolean> {
    return this.call('deleteRoom', (rooms) => rooms.deleteRoom(room));
  }

  async listIdentities(room: string): Promise<string[] | undefined> {
    if (!this.rooms) return undefined;
    try {
      return (await this.rooms.listParticipants(room)).map((p) => p.identity);
    } catch (error) {
      this.logger.warn(`listParticipants failed: ${(error as Error).message}`);
      return undefined;
    }
  }

  private async call(
    what: string,
    work: (rooms: RoomServiceClient) => Promise<unknown>,
  ): Promise<boolean> {
    if (!this.rooms) return false;
    try {
      await work(this.rooms);
      return true;
    } catch (error) {
      this.logger.warn(`${what} failed: ${(error as Error).message}`);
      return false;
    }
  }
}

function publishSources(grants: MediaGrants): TrackSource[] {
  if (!grants.canPublish) return [];
  const sources = [TrackSource.CAMERA, TrackSource.MICROPHONE];
  if (grants.canShareScreen) sources.push(TrackSource.SCREEN_SHARE, TrackSource.SCREEN_SHARE_AUDIO);
  return sources;
}
