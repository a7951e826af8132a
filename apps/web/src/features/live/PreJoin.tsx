import { type RefObject, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { type DevicePrefs, loadDevicePrefs, saveDevicePrefs } from './devicePrefs';
import { listDevices, probeMicrophone, startCameraPreview, stopStream } from './media';

type Devices = Awaited<ReturnType<typeof listDevices>>;

/** Stops the preview's tracks and empties the video element. */
function releasePreview(
  streamRef: RefObject<MediaStream | null>,
  videoRef: RefObject<HTMLVideoElement | null>,
) {
  stopStream(streamRef.current);
  streamRef.current = null;
  if (videoRef.current) videoRef.current.srcObject = null;
}

export interface PreJoinProps {
  displayName: string;
  /** Observers publish nothing: no camera or microphone choice for them. */
  canPublish: boolean;
  onJoin: (prefs: DevicePrefs) => void;
}

/** Camera preview, device choice and audio-only, before anything is sent to the room. */
export function PreJoin({ displayName, canPublish, onJoin }: PreJoinProps) {
  const { t } = useTranslation();
  const [prefs, setPrefs] = useState<DevicePrefs>(loadDevicePrefs);
  const [previewFailed, setPreviewFailed] = useState(false);
  const [{ cameras, microphones }, setDevices] = useState<Devices>({
    cameras: [],
    microphones: [],
  });
  const videoRef = useRef<HTMLVideoElement>(null);
  const ids = { camera: useId(), microphone: useId(), audioOnly: useId(), lowData: useId() };
  const wantsPreview = canPublish && !prefs.audioOnly;

  const update = (change: Partial<DevicePrefs>) => {
    setPrefs((current) => {
      const next = { ...current, ...change };
      saveDevicePrefs(next);
      // A new camera, or the camera back on, gets a fresh try.
      if (next.videoDeviceId !== current.videoDeviceId || next.audioOnly !== current.audioOnly) {
        setPreviewFailed(false);
      }
      return next;
    });
  };

  const streamRef = useRef<MediaStream | null>(null);

  // Camera on: the preview plays, and the lists fill once the browser has allowed the devices.
  useEffect(() => {
    if (!wantsPreview) return;
    let cancelled = false;
    startCameraPreview(prefs.videoDeviceId)
      .then(async (stream) => {
        if (cancelled) {
          stopStream(stream);
          return;
        }
        streamRef.current = stream;
        if (videoRef.current) videoRef.current.srcObject = stream;
        const devices = await listDevices();
        if (!cancelled) setDevices(devices);
      })
      .catch(() => {
        if (!cancelled) setPreviewFailed(true);
      });
    return () => {
      cancelled = true;
      releasePreview(streamRef, videoRef);
    };
  }, [wantsPreview, prefs.videoDeviceId]);

  // Audio only: the microphone alone is asked for (and released at once), never the camera.
  useEffect(() => {
    if (!canPublish || !prefs.audioOnly) return;
    let cancelled = false;
    probeMicrophone()
      .catch(() => undefined)
      .then(listDevices)
      .then((devices) => {
        if (!cancelled) setDevices(devices);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [canPublish, prefs.audioOnly]);

  const join = () => {
    // The room opens its own camera and microphone: the preview's are released first.
    releasePreview(streamRef, videoRef);
    onJoin(prefs);
  };

  return (
    <section className="prejoin stack" aria-labelledby="prejoin-title">
      <h2 id="prejoin-title">{t('live.prejoin.heading')}</h2>
      <p>{t('live.prejoin.youJoinAs', { name: displayName })}</p>
      {canPublish ? (
        <>
          <div className="prejoin__preview">
            {wantsPreview ? (
              <video
                ref={videoRef}
                className="prejoin__video"
                aria-label={t('live.prejoin.preview')}
                autoPlay
                muted
                playsInline
              />
            ) : (
              <p className="prejoin__placeholder">{t('live.prejoin.previewOff')}</p>
            )}
          </div>
          {wantsPreview && previewFailed && (
            <div className="alert alert--warning" role="alert">
              <p>{t('live.prejoin.previewFailed')}</p>
            </div>
          )}
          <div className="prejoin__devices">
            {!prefs.audioOnly && (
              <div className="field">
                <label htmlFor={ids.camera}>{t('live.prejoin.camera')}</label>
                <select
                  id={ids.camera}
                  className="field__input"
                  value={prefs.videoDeviceId}
                  onChange={(event) => update({ videoDeviceId: event.target.value })}
                >
                  <option value="">{t('live.prejoin.defaultDevice')}</option>
                  {cameras
                    .filter((device) => device.deviceId)
                    .map((device, index) => (
                      <option key={device.deviceId} value={device.deviceId}>
                        {device.label || `${t('live.prejoin.camera')} ${index + 1}`}
                      </option>
                    ))}
                </select>
              </div>
            )}
            <div className="field">
              <label htmlFor={ids.microphone}>{t('live.prejoin.microphone')}</label>
              <select
                id={ids.microphone}
                className="field__input"
                value={prefs.audioDeviceId}
                onChange={(event) => update({ audioDeviceId: event.target.value })}
              >
                <option value="">{t('live.prejoin.defaultDevice')}</option>
                {microphones
                  .filter((device) => device.deviceId)
                  .map((device, index) => (
                    <option key={device.deviceId} value={device.deviceId}>
                      {device.label || `${t('live.prejoin.microphone')} ${index + 1}`}
                    </option>
                  ))}
              </select>
            </div>
          </div>
        </>
      ) : (
        <p>{t('live.prejoin.observer')}</p>
      )}
      <div className="field field--inline">
        <input
          id={ids.audioOnly}
          type="checkbox"
          checked={prefs.audioOnly}
          onChange={(event) => update({ audioOnly: event.target.checked })}
        />
        <label htmlFor={ids.audioOnly}>{t('live.prejoin.audioOnly')}</label>
      </div>
      {!prefs.audioOnly && (
        <div className="field field--inline">
          <input
            id={ids.lowData}
            type="checkbox"
            checked={prefs.lowData}
            onChange={(event) => update({ lowData: event.target.checked })}
          />
          <label htmlFor={ids.lowData}>{t('live.prejoin.lowData')}</label>
        </div>
      )}
      <p className="field__hint">{t('live.prejoin.audioOnlyRemembered')}</p>
      <p className="prejoin__attendance">{t('live.prejoin.attendance')}</p>
      <div className="button-row">
        <Button onClick={join}>{t('live.prejoin.join')}</Button>
      </div>
    </section>
  );
}
