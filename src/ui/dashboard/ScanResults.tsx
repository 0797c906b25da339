import { useEffect, useId, useRef, useState } from 'react';
import { useServices } from '../services';
import { canReadQrCodes, type QrCamera, startQrCamera } from './qrCamera';

/** How often a camera frame is read: often enough to feel immediate, light on a laptop. */
const READ_EVERY_MS = 250;

export interface ScanResultsProps {
  /** A code read or pasted: loaded exactly as a results file would be. */
  onCode: (code: string) => void;
  disabled?: boolean;
}

/**
 * "Scan a participant's QR code" with this laptop's camera, where the browser can read QR codes,
 * and a field to paste a code into (from a phone's own scanner app, say). The camera runs only
 * between Start and Stop, and stops when the dashboard is left.
 */
export function ScanResults({ onCode, disabled }: ScanResultsProps) {
  const id = useId();
  const { clock } = useServices();
  const [support, setSupport] = useState<'checking' | 'yes' | 'no'>('checking');
  const [on, setOn] = useState(false);
  const [said, setSaid] = useState<string>();
  const [pasted, setPasted] = useState('');
  const video = useRef<HTMLVideoElement>(null);
  const camera = useRef<QrCamera | undefined>(undefined);
  const handOn = useRef(onCode);
  handOn.current = onCode;

  useEffect(() => {
    let live = true;
    void canReadQrCodes().then((yes) => {
      if (live) setSupport(yes ? 'yes' : 'no');
    });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    const el = video.current;
    if (!on || !el) return;
    let live = true;
    let reading = false;
    // The same code is in many frames: each is handed on once while the camera is on.
    const seen = new Set<string>();
    let stopTimer = () => {};
    startQrCamera(el).then(
      (started) => {
        if (!live) {
          started.stop();
          return;
        }
        camera.current = started;
        setSaid('The camera is on: hold a participant’s QR code up to it.');
        stopTimer = clock.every(READ_EVERY_MS, () => {
          if (reading) return;
          reading = true;
          void started.read().then((values) => {
            reading = false;
            if (!live) return;
            for (const value of values) {
              if (seen.has(value)) continue;
              seen.add(value);
              setSaid(
                `Read a QR code (${seen.size} so far). Hold up the next one, or stop the camera.`,
              );
              handOn.current(value);
            }
          });
        });
      },
      () => {
        if (!live) return;
        setOn(false);
        setSaid(
          'The camera could not be started (it may be in use, or not allowed for this page). Files always work.',
        );
      },
    );
    return () => {
      live = false;
      stopTimer();
      camera.current?.stop();
      camera.current = undefined;
    };
  }, [on, clock]);

  return (
    <section className="scan-results print-hidden" aria-labelledby={id}>
      <h2 id={id}>Scan a participant’s QR code</h2>
      {support === 'no' && (
        <p>
          This browser cannot read QR codes with a camera. Files always work, and a code can be
          pasted below.
        </p>
      )}
      {support === 'yes' && (
        <>
          <p>
            A participant who handed in their results can show them as a QR code. The camera is used
            only while it is on, and its pictures never leave this device.
          </p>
          <div className="actions">
            <button
              type="button"
              disabled={disabled && !on}
              onClick={() => {
                if (on) setSaid('The camera is off.');
                setOn(!on);
              }}
            >
              {on ? 'Stop the camera' : 'Start the camera'}
            </button>
          </div>
          {/* Only shown while on: muted and inline, so no browser plays it full screen. */}
          <video
            ref={video}
            className="scan-video"
            hidden={!on}
            muted
            playsInline
            aria-label="The camera’s view, for reading QR codes"
          />
        </>
      )}
      <div role="status" className="message">
        {said && <p>{said}</p>}
      </div>
      <form
        className="field paste-code"
        onSubmit={(e) => {
          e.preventDefault();
          if (pasted.trim() === '') return;
          onCode(pasted);
          setPasted('');
        }}
      >
        <label htmlFor={`${id}-paste`}>Or paste a results code</label>
        <textarea
          id={`${id}-paste`}
          rows={3}
          value={pasted}
          aria-describedby={`${id}-paste-hint`}
          onChange={(e) => setPasted(e.currentTarget.value)}
        />
        <p id={`${id}-paste-hint`} className="hint">
          The text under “The code as text” on a participant’s hand-in screen, or what a phone’s QR
          scanner app read. It is checked like a file.
        </p>
        <div className="actions">
          <button type="submit" disabled={disabled || pasted.trim() === ''}>
            Add this code
          </button>
        </div>
      </form>
    </section>
  );
}
