/*
 * The pre-join check uses the browser's own media API: livekit-client loads only with the video stage,
 * once a video token has come.
 */

/** Stops every track of a stream (the camera light goes off, the devices are free for the room). */
export function stopStream(stream: MediaStream | undefined | null): void {
  stream?.getTracks().forEach((track) => track.stop());
}

/**
 * Starts the camera for the preview. The microphone is asked for in the same prompt so that its list has
 * names, then released at once; a device without a microphone still gets its preview.
 */
export async function startCameraPreview(deviceId: string): Promise<MediaStream> {
  const video: MediaTrackConstraints = deviceId ? { deviceId: { exact: deviceId } } : { facingMode: 'user' };
  const stream = await navigator.mediaDevices
    .getUserMedia({ video, audio: true })
    .catch(() => navigator.mediaDevices.getUserMedia({ video }));
  stream.getAudioTracks().forEach((track) => {
    track.stop();
    stream.removeTrack(track);
  });
  return stream;
}

/** Audio only: asks for the microphone alone (never the camera) so that the device lists have names. */
export async function probeMicrophone(): Promise<void> {
  const stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: false });
  stopStream(stream);
}

/** Cameras and microphones, with their labels once the browser has allowed them. */
export async function listDevices(): Promise<{ cameras: MediaDeviceInfo[]; microphones: MediaDeviceInfo[] }> {
  const devices = await navigator.mediaDevices.enumerateDevices();
  return {
    cameras: devices.filter((device) => device.kind === 'videoinput'),
    microphones: devices.filter((device) => device.kind === 'audioinput'),
  };
}
