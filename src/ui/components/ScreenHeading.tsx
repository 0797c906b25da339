import { memo, type ReactNode, useRef } from 'react';
import { useFocusWhen } from '../focusPolicy';

export interface ScreenHeadingProps {
  id: string;
  children: ReactNode;
}

/** A screen's h1; it takes focus when the screen appears so keyboard and screen-reader users start there. */
export const ScreenHeading = memo(function ScreenHeading({ id, children }: ScreenHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useFocusWhen(ref);
  return (
    <h1 id={id} ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
});
