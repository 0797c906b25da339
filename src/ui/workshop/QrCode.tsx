import { encode } from 'uqr';

export interface QrCodeProps {
  text: string;
  /** What the code holds, for people who cannot see it. */
  label: string;
}

/** A QR code as inline SVG (black on white, with its quiet zone), drawn on this device. */
export function QrCode({ text, label }: QrCodeProps) {
  let qr: ReturnType<typeof encode>;
  try {
    qr = encode(text, { ecc: 'M', border: 4 });
  } catch {
    return <p className="message message-error">This link is too long for a QR code.</p>;
  }
  let path = '';
  qr.data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    });
  });
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      shapeRendering="crispEdges"
      data-version={qr.version}
    >
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
