import { useCallback, useEffect, useRef, useState } from 'react';
import type { OtherCampaign, TabSessions } from '../../storage/tabSessions';

/** The campaigns under way that are not this tab's, kept fresh while `active`. */
export function useOtherCampaigns(
  tabs: TabSessions,
  active: boolean,
): { others: OtherCampaign[]; refresh: () => void } {
  const [others, setOthers] = useState<OtherCampaign[]>([]);
  const asked = useRef(0);
  const refresh = useCallback(() => {
    const n = ++asked.current;
    const found = tabs.others();
    // Only the latest question's answer counts: an older one may be out of date.
    if (found instanceof Promise) void found.then((o) => n === asked.current && setOthers(o));
    else setOthers(found);
  }, [tabs]);
  useEffect(() => {
    if (!active) return undefined;
    refresh();
    const stop = tabs.subscribe(refresh);
    return () => {
      stop();
      asked.current += 1;
    };
  }, [tabs, active, refresh]);
  return { others, refresh };
}
