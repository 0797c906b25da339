/**
 * Whether this device sends to an LRS, for the footer on every screen: only the key and a
 * quick read, so the first load carries no more (the settings themselves: lrsSettings.ts).
 */
import { useEffect, useState } from 'react';

export const LRS_SETTINGS_KEY = 'follow-up-call-trainer.lrs';
/** Fired on the window when the settings change in this tab. */
export const LRS_CHANGED = 'follow-up-call-trainer:lrs';

/** The LRS's host while sending is on (undefined when off or unreadable). */
export function lrsHostWhenOn(storage?: Pick<Storage, 'getItem'>): string | undefined {
  try {
    const s = JSON.parse((storage ?? localStorage).getItem(LRS_SETTINGS_KEY) ?? '{}');
    return s.enabled === true ? new URL(s.endpoint).host || undefined : undefined;
  } catch {
    return undefined;
  }
}

/** The LRS's host while sending is on, kept current across this tab and others. */
export function useLrsHost(): string | undefined {
  const [host, setHost] = useState(() => lrsHostWhenOn());
  useEffect(() => {
    const update = () => setHost(lrsHostWhenOn());
    window.addEventListener(LRS_CHANGED, update);
    window.addEventListener('storage', update);
    return () => {
      window.removeEventListener(LRS_CHANGED, update);
      window.removeEventListener('storage', update);
    };
  }, []);
  return host;
}
