import { describe, expect, it } from 'vitest';
import type { Scorm12Api } from '../../../src/lms/scorm';
import { findScormApi } from '../../../src/ui/lms/findScormApi';

const api = (): Scorm12Api => ({
  LMSInitialize() {
    return 'true';
  },
  LMSFinish() {
    return 'true';
  },
  LMSGetValue() {
    return '';
  },
  LMSSetValue() {
    return 'true';
  },
  LMSCommit() {
    return 'true';
  },
  LMSGetLastError() {
    return '0';
  },
});

interface FakeWindow {
  API?: unknown;
  parent: FakeWindow;
  opener: FakeWindow | null;
}

/** A window, framed in `parent` when given (a top window is its own parent). */
function frame(parent?: FakeWindow, props: Partial<FakeWindow> = {}): FakeWindow {
  const win = { opener: null, ...props } as FakeWindow;
  win.parent = parent ?? win;
  return win;
}

/** A window of another origin: touching its `API` throws, as a browser does. */
function foreign(parent?: FakeWindow): FakeWindow {
  const win = frame(parent);
  Object.defineProperty(win, 'API', {
    get() {
      throw new DOMException('Blocked a frame with origin', 'SecurityError');
    },
  });
  return win;
}

const find = (win: FakeWindow) => findScormApi(win as unknown as Window);

describe('finding the SCORM 1.2 API', () => {
  it('finds it in this window or any window above', () => {
    const runtime = api();
    expect(find(frame(undefined, { API: runtime }))).toBe(runtime);
    const lms = frame(undefined, { API: runtime });
    expect(find(frame(frame(frame(lms))))).toBe(runtime);
  });

  it('looks past a frame of another origin', () => {
    const runtime = api();
    expect(find(frame(foreign(frame(undefined, { API: runtime }))))).toBe(runtime);
  });

  it('looks in the window that opened this one, and in that window’s parents', () => {
    const runtime = api();
    const opener = frame(frame(undefined, { API: runtime }));
    expect(find(frame(undefined, { opener }))).toBe(runtime);
    // A frame inside a popup: the popup's opener.
    const popup = frame(undefined, { opener });
    expect(find(frame(frame(popup)))).toBe(runtime);
  });

  it('finds nothing outside an LMS, or where an `API` is something else', () => {
    expect(find(frame(frame()))).toBeUndefined();
    expect(find(frame(undefined, { API: { LMSInitialize: 'yes' } }))).toBeUndefined();
    expect(find(foreign())).toBeUndefined();
  });

  it('stops climbing after a sane depth', () => {
    let win = frame(undefined, { API: api() });
    for (let i = 0; i < 11; i++) win = frame(win);
    expect(find(win)).toBeUndefined();
    let near = frame(undefined, { API: api() });
    for (let i = 0; i < 10; i++) near = frame(near);
    expect(find(near)).toBeDefined();
  });
});
