import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { type DevicePrefs, loadDevicePrefs, saveDevicePrefs } from './devicePrefs';
import { listDevices, type LocalVideoTrack, startCameraPreview } from './media';

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
  const [cameras, setCameras] = useState<MediaDeviceInfo[]>([]);
  const [microphones, setMicrophones] = useState<MediaDeviceInfo[]>([]);
  const videoRef = useRef<HTMLVideoElement>(null);
  const ids = { camera: useId(), microphone: useId(), audioOnly: useId() };
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

  useEffect(() => {
    if (!wantsPreview) return;
    let track: LocalVideoTrack | undefined;
    let cancelled = false;
    startCameraPreview(prefs.videoDeviceId)
      .then(async (started) => {
        if (cancelled) {
          started.stop();
          return;
        }
        track = started;
        if (videoRef.current) started.attach(videoRef.current);
        const devices = await listDevices();
        if (!cancelled) {
          setCameras(devices.cameras);
          setMicrophones(devices.microphones);
        }
      })
      .catch(() => {
        if (!cancelled) setPreviewFailed(true);
      });
    return () => {
      cancelled = true;
      if (track) {
        track.detach();
        track.stop();
      }
    };
  }, [wantsPreview, prefs.videoDeviceId]);

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
      <p className="field__hint">{t('live.prejoin.audioOnlyRemembered')}</p>
      <p className="prejoin__attendance">{t('live.prejoin.attendance')}</p>
      <div className="button-row">
        <Button onClick={() => onJoin(prefs)}>{t('live.prejoin.join')}</Button>
      </div>
    </section>
  );
}
