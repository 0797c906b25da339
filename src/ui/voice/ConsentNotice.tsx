import { useEffect, useId, useRef } from 'react';
import {
  canListenOnDevice,
  describePrivacy,
  type RecognitionCapabilities,
} from '../../speech/index';

export type ConsentChoice = 'onDevice' | 'browser' | 'type';

export interface ConsentNoticeProps {
  caps: RecognitionCapabilities;
  onChoose: (choice: ConsentChoice) => void;
}

/** Before the microphone is first used: where the audio may go, and the ways to answer. */
export function ConsentNotice({ caps, onChoose }: ConsentNoticeProps) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const onDevice = canListenOnDevice(caps);
  return (
    <section className="consent privacy" aria-labelledby={id}>
      <h3 id={id} ref={heading} tabIndex={-1}>
        Before you use the microphone
      </h3>
      <p>{describePrivacy(caps)}</p>
      <div className="actions">
        {onDevice && (
          <button type="button" onClick={() => onChoose('onDevice')}>
            Listen on this device only
          </button>
        )}
        <button
          type="button"
          className={onDevice ? 'secondary' : undefined}
          onClick={() => onChoose('browser')}
        >
          Use the browser’s speech service (audio may go to a server)
        </button>
        <button type="button" className="secondary" onClick={() => onChoose('type')}>
          Type instead
        </button>
      </div>
    </section>
  );
}
