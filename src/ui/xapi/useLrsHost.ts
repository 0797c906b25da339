import { useEffect, useState } from 'react';
import { LRS_CHANGED, lrsHostWhenOn } from './lrsSettings';

/** The LRS's host while sending is on (undefined when off), kept current across tabs. */
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
