import { useId, useMemo } from 'react';
import type { ResultsFileOut } from '../../workshop/results';
import { encodeResultsCode, fits } from '../../workshop/resultsCode';
import { QrCode } from '../workshop/QrCode';
import './resultsQr.css';

export interface ResultsQrProps {
  /** The results file just saved: the code holds the same. */
  results: ResultsFileOut;
}

/**
 * The results just saved, as a QR code the facilitator's laptop can scan, with the code as text
 * beside it; or, when they are too much for one code, a plain word that the file is the way.
 * Loaded on demand: the QR encoder and the compressor are not in the progress screen's chunk.
 */
export default function ResultsQr({ results }: ResultsQrProps) {
  const id = useId();
  const code = useMemo(() => encodeResultsCode(results), [results]);
  if (code === undefined || !fits(code)) {
    return (
      <p className="results-qr-none">
        These results are too much for one QR code: hand in the file.
      </p>
    );
  }
  return (
    <div className="results-qr" data-code={code}>
      <h3 id={id}>Or show this QR code to your facilitator</h3>
      <p>
        The facilitator can scan it with the class dashboard, where their browser can read QR codes.
        It holds the same as the file; the file always works.
      </p>
      <QrCode
        text={code}
        label="QR code of your results, for the facilitator’s class dashboard (the same as the file)"
      />
      <details>
        <summary>The code as text</summary>
        <p className="hint">
          A facilitator can paste it into the class dashboard, for example from a phone’s own QR
          scanner app.
        </p>
        <textarea
          aria-label="Your results code"
          readOnly
          rows={4}
          value={code}
          onFocus={(e) => e.currentTarget.select()}
        />
      </details>
    </div>
  );
}
