import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { HOME, panned, transformOf, type Viewport, viewportForKey, zoomed } from './viewport';

export interface MapViewportProps {
  /** What the drawing shows, for the focusable frame's name. */
  label: string;
  width: number;
  height: number;
  children: ReactNode;
}

const KEYS_HINT = 'Keys: + and − zoom, arrow keys move, 0 resets.';

/** Zoom and pan around a drawing: buttons, keys on the focused frame, the wheel, and dragging. */
export function MapViewport({ label, width, height, children }: MapViewportProps) {
  const [view, setView] = useState<Viewport>(HOME);
  const frame = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const drag = useRef<{ x: number; y: number; pointer: number } | undefined>(undefined);
  const hintId = useId();

  // React's wheel handlers are passive; the page must not scroll while the map zooms.
  useEffect(() => {
    const el = frame.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      if (e.deltaY === 0) return;
      e.preventDefault();
      setView((v) => zoomed(v, e.deltaY < 0 ? 1 : -1));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, []);

  /** Drawing units per screen pixel (the SVG fits the drawing into its box). */
  const unitsPerPixel = () => {
    const box = svg.current?.getBoundingClientRect();
    if (!box || box.width === 0 || box.height === 0) return 1;
    return Math.max(width / box.width, height / box.height);
  };

  const percent = Math.round(view.scale * 100);
  return (
    <div className="map-viewport">
      <div className="map-controls" role="toolbar" aria-label="Zoom and move the map">
        <button type="button" className="secondary" onClick={() => setView((v) => zoomed(v, 1))}>
          <span aria-hidden="true">+ </span>Zoom in
        </button>
        <button type="button" className="secondary" onClick={() => setView((v) => zoomed(v, -1))}>
          <span aria-hidden="true">− </span>Zoom out
        </button>
        {(
          [
            ['←', 'Move left', -1, 0],
            ['→', 'Move right', 1, 0],
            ['↑', 'Move up', 0, -1],
            ['↓', 'Move down', 0, 1],
          ] as const
        ).map(([arrow, name, x, y]) => (
          <button
            key={name}
            type="button"
            className="secondary"
            aria-label={name}
            title={name}
            onClick={() => setView((v) => panned(v, x, y))}
          >
            {arrow}
          </button>
        ))}
        <button type="button" className="secondary" onClick={() => setView(HOME)}>
          Reset view
        </button>
        <output className="map-zoom" aria-live="polite">
          Zoom {percent}%
        </output>
      </div>
      <p id={hintId} className="map-hint">
        {KEYS_HINT} Drag or use the wheel with a mouse.
      </p>
      {/* biome-ignore lint/a11y/useSemanticElements: a focusable frame for the map's own keys; the list below is the readable version */}
      <div
        ref={frame}
        className="map-frame"
        role="group"
        aria-label={label}
        aria-describedby={hintId}
        aria-keyshortcuts="+ - 0 ArrowLeft ArrowRight ArrowUp ArrowDown"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the frame takes the map's keys
        tabIndex={0}
        onKeyDown={(e) => {
          if (e.altKey || e.ctrlKey || e.metaKey) return;
          const next = viewportForKey(view, e.key);
          if (!next) return;
          e.preventDefault();
          setView(next);
        }}
        onPointerDown={(e) => {
          if (e.button !== 0) return;
          drag.current = { x: e.clientX, y: e.clientY, pointer: e.pointerId };
          e.currentTarget.setPointerCapture?.(e.pointerId);
        }}
        onPointerMove={(e) => {
          const d = drag.current;
          if (!d || d.pointer !== e.pointerId) return;
          const k = unitsPerPixel();
          const x = e.clientX - d.x;
          const y = e.clientY - d.y;
          drag.current = { ...d, x: e.clientX, y: e.clientY };
          setView((v) => panned(v, -x * k, -y * k, 1));
        }}
        onPointerUp={() => {
          drag.current = undefined;
        }}
        onPointerCancel={() => {
          drag.current = undefined;
        }}
      >
        <svg
          ref={svg}
          viewBox={`0 0 ${Math.max(1, width)} ${Math.max(1, height)}`}
          aria-hidden="true"
          focusable="false"
          className="map-svg"
        >
          <g transform={transformOf(view, width, height)}>{children}</g>
        </svg>
      </div>
    </div>
  );
}
