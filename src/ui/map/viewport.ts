/** The map's zoom and pan: a scale about the drawing's centre, then a shift in drawing units. */
export interface Viewport {
  scale: number;
  dx: number;
  dy: number;
}

export const HOME: Viewport = { scale: 1, dx: 0, dy: 0 };
const MIN_SCALE = 0.5;
const MAX_SCALE = 4;
const STEP = 1.25;
/** How far one pan step moves, in drawing units at scale 1. */
export const PAN_STEP = 60;

const clamp = (s: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, s));

export function zoomed(v: Viewport, direction: 1 | -1): Viewport {
  return { ...v, scale: clamp(direction > 0 ? v.scale * STEP : v.scale / STEP) };
}

/** Moves the view: `x` and `y` in steps (1 = the drawing moves so you see further right/down). */
export function panned(v: Viewport, x: number, y: number, step = PAN_STEP): Viewport {
  return { ...v, dx: v.dx - (x * step) / v.scale, dy: v.dy - (y * step) / v.scale };
}

/** The viewport a key asks for, or undefined for a key the map leaves alone. */
export function viewportForKey(v: Viewport, key: string): Viewport | undefined {
  switch (key) {
    case '+':
    case '=':
      return zoomed(v, 1);
    case '-':
    case '_':
    case '−':
      return zoomed(v, -1);
    case '0':
    case 'Home':
      return HOME;
    case 'ArrowLeft':
      return panned(v, -1, 0);
    case 'ArrowRight':
      return panned(v, 1, 0);
    case 'ArrowUp':
      return panned(v, 0, -1);
    case 'ArrowDown':
      return panned(v, 0, 1);
    default:
      return undefined;
  }
}

/** The SVG transform for a viewport over a drawing of this size. */
export function transformOf(v: Viewport, width: number, height: number): string {
  const cx = width / 2;
  const cy = height / 2;
  return `translate(${cx} ${cy}) scale(${v.scale}) translate(${v.dx - cx} ${v.dy - cy})`;
}
