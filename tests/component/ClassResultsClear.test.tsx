import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadKeptFiles } from '../../src/ui/dashboard/keptFiles';
import { useClassResults } from '../../src/ui/dashboard/useClassResults';
import { builtIn, choicesLog, fakeAttempt, fakeResults } from '../helpers/resultsFakes';

const desk = builtIn('friendly-receptionist');

/** A results file whose text arrives only when the test says so. */
function slowFile(name: string) {
  let release = () => {};
  const text = JSON.stringify(
    fakeResults({ name, attempts: [fakeAttempt({ id: name, log: choicesLog(desk, [0, 0]) })] }),
  );
  const arrived = new Promise<string>((resolve) => {
    release = () => resolve(text);
  });
  const file = { name: `${name}.json`, size: text.length, text: () => arrived } as unknown as File;
  return { file, release };
}

afterEach(() => sessionStorage.clear());

describe('clearing the dashboard while files load', () => {
  it('stops the loading: nothing read after the click appears, or comes back on a reload', async () => {
    const { result } = renderHook(() => useClassResults(() => Date.parse('2026-03-09T12:00:00Z')));
    const ana = slowFile('Ana');
    const ben = slowFile('Ben');
    const cy = slowFile('Cy');
    let loading: Promise<void> = Promise.resolve();
    act(() => {
      loading = result.current.add([ana.file, ben.file]);
      // A second drop, waiting its turn behind the first.
      void result.current.add([cy.file]);
    });
    await act(async () => {
      ana.release();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(result.current.files.map((f) => f.fileName)).toEqual(['Ana.json']);
    act(() => result.current.clear());
    await act(async () => {
      ben.release();
      cy.release();
      await loading;
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(result.current.files).toEqual([]);
    expect(result.current.said).toMatch(/^Cleared\./);
    expect(loadKeptFiles()).toEqual([]);
  });
});
