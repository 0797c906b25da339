import {
  createContext,
  type ReactNode,
  type RefObject,
  useContext,
  useEffect,
  useRef,
} from 'react';

interface FocusPolicy {
  /** True once the learner has acted, so focus may follow what they did. */
  shouldMove: () => boolean;
}

const FocusPolicyContext = createContext<FocusPolicy>({ shouldMove: () => true });

/**
 * Lets focus move to new screens only after the learner's first key press or click: a fresh
 * page load keeps focus at the top (skip link first), later screens get their heading focused.
 */
export function FocusPolicyProvider({ children }: { children: ReactNode }) {
  // A reload (or Back into the page) mid-call comes back to where the learner was: focus may
  // go straight to their turn.
  const acted = useRef(cameBack());
  const policy = useRef<FocusPolicy>({ shouldMove: () => acted.current });
  useEffect(() => {
    const mark = () => {
      acted.current = true;
    };
    window.addEventListener('keydown', mark, { capture: true });
    window.addEventListener('pointerdown', mark, { capture: true });
    return () => {
      window.removeEventListener('keydown', mark, { capture: true });
      window.removeEventListener('pointerdown', mark, { capture: true });
    };
  }, []);
  return (
    <FocusPolicyContext.Provider value={policy.current}>{children}</FocusPolicyContext.Provider>
  );
}

function cameBack(): boolean {
  try {
    const [navigation] = performance.getEntriesByType(
      'navigation',
    ) as PerformanceNavigationTiming[];
    return navigation?.type === 'reload' || navigation?.type === 'back_forward';
  } catch {
    return false;
  }
}

/**
 * Focuses `ref` when `key` changes (and on mount), if the policy allows, and scrolls it into
 * sight in the same frame when it is not (centred, as `focus()` itself does).
 */
export function useFocusWhen(ref: RefObject<HTMLElement | null>, key: unknown = 'mount'): void {
  const policy = useContext(FocusPolicyContext);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the trigger, on purpose
  useEffect(() => {
    const element = ref.current;
    if (!element || !policy.shouldMove()) return;
    // Focus moves now (screen readers hear it as before), but the scroll waits for the frame:
    // scrolling here would force a layout inside the learner's click or key press, which the
    // frame that draws the new line then does again for what changed after it.
    element.focus({ preventScroll: true });
    if (typeof requestAnimationFrame !== 'function') return;
    const frame = requestAnimationFrame(() => {
      if (element.ownerDocument.activeElement === element) revealIfHidden(element);
    });
    return () => cancelAnimationFrame(frame);
  }, [key, policy, ref]);
}

/** Scrolls `element` to the middle of its scrollers if it is not fully in sight, as focus does. */
function revealIfHidden(element: HTMLElement): void {
  const withIfNeeded = element as HTMLElement & {
    scrollIntoViewIfNeeded?: (center: boolean) => void;
  };
  if (typeof withIfNeeded.scrollIntoViewIfNeeded === 'function') {
    withIfNeeded.scrollIntoViewIfNeeded(true);
    return;
  }
  const box = element.getBoundingClientRect();
  const view = element.ownerDocument.documentElement;
  const hidden =
    box.top < 0 || box.left < 0 || box.bottom > view.clientHeight || box.right > view.clientWidth;
  if (hidden) element.scrollIntoView?.({ block: 'center', inline: 'center' });
}
