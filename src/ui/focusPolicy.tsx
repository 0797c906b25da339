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

/** Focuses `ref` when `key` changes (and on mount), if the policy allows. */
export function useFocusWhen(ref: RefObject<HTMLElement | null>, key: unknown = 'mount'): void {
  const policy = useContext(FocusPolicyContext);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the trigger, on purpose
  useEffect(() => {
    if (policy.shouldMove()) ref.current?.focus();
  }, [key, policy, ref]);
}
