import { useId, useRef, useState } from 'react';
import { QR_RELIABLE_CHARS, tooLongForQr } from '../../workshop/packLink';
import { QrCode } from './QrCode';

export interface PackLinkPanelProps {
  link: string;
  title: string;
}

type Copied = 'copied' | 'failed' | undefined;

/** The pack's link to copy, and its QR code to project. */
export function PackLinkPanel({ link, title }: PackLinkPanelProps) {
  const id = useId();
  const box = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<{ link: string; how: Copied }>();
  const how = copied?.link === link ? copied.how : undefined;
  const copy = () => {
    const done = (result: Copied) => setCopied({ link, how: result });
    const fail = () => {
      box.current?.select();
      done('failed');
    };
    if (!navigator.clipboard) return fail();
    navigator.clipboard.writeText(link).then(() => done('copied'), fail);
  };
  return (
    <div className="pack-link">
      <label htmlFor={`${id}-link`}>The workshop link</label>
      <div className="pack-link-row">
        <input
          id={`${id}-link`}
          ref={box}
          type="text"
          readOnly
          value={link}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" onClick={copy}>
          Copy the link
        </button>
      </div>
      <p role="status" className={how === 'failed' ? 'field-problem' : 'copied'}>
        {how === 'copied' && '✓ Copied. Paste it into an email, the chat or your slides.'}
        {how === 'failed' &&
          'This browser did not let the page copy. The link is selected: press Ctrl+C (⌘C on a Mac).'}
      </p>
      <p>
        <a href={link} target="_blank" rel="noopener">
          Try the link in a new tab
        </a>{' '}
        <span className="hint">
          (as a participant sees it; this browser stays in the workshop until you leave it there)
        </span>
      </p>
      {tooLongForQr(link) && (
        <p className="notice-warning">
          This link is {link.length} characters long: a QR code of more than {QR_RELIABLE_CHARS} is
          dense and phones may not read it from a screen or a page. Use fewer scenarios or a shorter
          title, or share the link itself.
        </p>
      )}
      <figure className="pack-qr">
        <QrCode text={link} label={`QR code that opens the workshop “${title}”`} />
        <figcaption>
          To project: participants point their phone camera at it. It holds the link above.
        </figcaption>
      </figure>
    </div>
  );
}
