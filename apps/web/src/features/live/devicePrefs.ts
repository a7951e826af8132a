/**
 * What this device remembers about joining live rooms: audio only, low data (one small picture), and
 * the chosen camera and microphone.
 */
export interface DevicePrefs {
  audioOnly: boolean;
  lowData: boolean;
  videoDeviceId: string;
  audioDeviceId: string;
}

export const DEVICE_PREFS_KEY = 'praxis.live.devices';

const DEFAULTS: DevicePrefs = {
  audioOnly: false,
  lowData: false,
  videoDeviceId: '',
  audioDeviceId: '',
};

export function loadDevicePrefs(): DevicePrefs {
  try {
    const raw = window.localStorage.getItem(DEVICE_PREFS_KEY);
    if (!raw) return DEFAULTS;
    const parsed = JSON.parse(raw) as Partial<DevicePrefs>;
    return {
      audioOnly: parsed.audioOnly === true,
      lowData: parsed.lowData === true,
      videoDeviceId: typeof parsed.videoDeviceId === 'string' ? parsed.videoDeviceId : '',
      audioDeviceId: typeof parsed.audioDeviceId === 'string' ? parsed.audioDeviceId : '',
    };
  } catch {
    return DEFAULTS;
  }
}

export function saveDevicePrefs(prefs: DevicePrefs): void {
  try {
    window.localStorage.setItem(DEVICE_PREFS_KEY, JSON.stringify(prefs));
  } catch {
    // Storage may be disabled; the choice then lasts for this visit only.
  }
}
