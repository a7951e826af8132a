import { createLocalVideoTrack, Room, type LocalVideoTrack } from 'livekit-client';

export type { LocalVideoTrack };

/** Starts a camera track for the pre-join preview (the room publishes its own track on joining). */
export function startCameraPreview(deviceId: string): Promise<LocalVideoTrack> {
  return createLocalVideoTrack(deviceId ? { deviceId: { exact: deviceId } } : { facingMode: 'user' });
}

/** Cameras and microphones, with their labels once the browser has allowed the camera. */
export async function listDevices(): Promise<{ cameras: MediaDeviceInfo[]; microphones: MediaDeviceInfo[] }> {
  const [cameras, microphones] = await Promise.all([
    Room.getLocalDevices('videoinput', false),
    Room.getLocalDevices('audioinput', false),
  ]);
  return { cameras, microphones };
}
