import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import DashboardScreen from '../../src/ui/dashboard/DashboardScreen';
import { CODE_REFUSALS, encodeResultsCode } from '../../src/workshop/resultsCode';
import { expectNoAxeViolations } from '../helpers/axe';
import { fakeClock } from '../helpers/fakeClock';
import { renderWithServices } from '../helpers/renderUi';
import { builtIn, choicesLog, fakeAttempt, fakeResults } from '../helpers/resultsFakes';
import { fakeServices } from '../helpers/uiFakes';

const desk = builtIn('friendly-receptionist');

function codeOf(name: string): string {
  const code = encodeResultsCode(
    fakeResults({
      name,
      attempts: [fakeAttempt({ id: name, log: choicesLog(desk, [0, 0, 0, 0]) })],
    }),
  );
  if (!code) throw new Error('no code');
  return code;
}

afterEach(() => {
  sessionStorage.clear();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('results codes in the class dashboard', () => {
  it('says plainly when this browser cannot read QR codes, and offers no camera', async () => {
    const { container } = renderWithServices(<DashboardScreen scenarios={[desk]} />);
    expect(
      await screen.findByText(
        /This browser cannot read QR codes with a camera\. Files always work/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start the camera' })).toBeNull();
    expect(container.querySelector('video')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('adds a participant from a pasted code, once, and lists a bad code with its reason', async () => {
    const services = fakeServices({ clock: fakeClock(Date.parse('2026-03-09T12:00:00.000Z')) });
    const { container } = renderWithServices(<DashboardScreen scenarios={[desk]} />, services);
    const field = screen.getByLabelText('Or paste a results code');
    const add = screen.getByRole('button', { name: 'Add this code' });
    expect(add).toBeDisabled();

    const code = codeOf('Ama');
    await userEvent.click(field);
    await userEvent.paste(`${code.slice(0, 50)}\n${code.slice(50)}`);
    await userEvent.click(add);
    expect(await screen.findByText('Loaded 1 results code.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '1 campaign by 1 person' })).toBeInTheDocument();
    expect(screen.getByText(/Results code …\S+: Ama, 1 campaign/)).toBeInTheDocument();
    expect(field).toHaveValue('');

    await userEvent.click(field);
    await userEvent.paste(code);
    await userEvent.click(add);
    expect(
      await screen.findByText('Loaded 0 results codes; 1 was already here.'),
    ).toBeInTheDocument();

    await userEvent.click(field);
    await userEvent.paste(code.slice(0, code.length - 20));
    await userEvent.click(add);
    const refused = await screen.findByRole('region', {
      name: 'Files and codes that could not be loaded (1)',
    });
    expect(refused).toHaveTextContent(CODE_REFUSALS.truncated);
    expect(screen.getByRole('heading', { name: '1 campaign by 1 person' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('reads codes from the camera while it is on, and turns it off with the button', async () => {
    const clock = fakeClock(Date.parse('2026-03-09T12:00:00.000Z'));
    const frames: string[][] = [];
    const detect = vi.fn(async () => (frames.shift() ?? []).map((rawValue) => ({ rawValue })));
    vi.stubGlobal(
      'BarcodeDetector',
      class {
        static getSupportedFormats = async () => ['qr_code', 'ean_13'];
        detect = detect;
      },
    );
    const stopTrack = vi.fn();
    const getUserMedia = vi.fn(async () => ({ getTracks: () => [{ stop: stopTrack }] }));
    Object.defineProperty(navigator, 'mediaDevices', {
      configurable: true,
      value: { getUserMedia },
    });
    vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
    vi.spyOn(HTMLMediaElement.prototype, 'readyState', 'get').mockReturnValue(4);
    // jsdom's video takes no MediaStream.
    Object.defineProperty(HTMLMediaElement.prototype, 'srcObject', {
      configurable: true,
      get: () => null,
      set: () => undefined,
    });

    const { container, unmount } = renderWithServices(
      <DashboardScreen scenarios={[desk]} />,
      fakeServices({ clock }),
    );
    const start = await screen.findByRole('button', { name: 'Start the camera' });
    await expectNoAxeViolations(container);
    expect(getUserMedia).not.toHaveBeenCalled();
    await userEvent.click(start);
    expect(getUserMedia).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/The camera is on/)).toBeInTheDocument();

    const code = codeOf('Kofi');
    frames.push([], [code], [code], ['not a results code']);
    for (let i = 0; i < 4; i++) {
      await act(async () => {
        clock.advance(250);
      });
    }
    expect(
      await screen.findByRole('heading', { name: '1 campaign by 1 person' }),
    ).toBeInTheDocument();
    const refused = await screen.findByRole('region', {
      name: 'Files and codes that could not be loaded (1)',
    });
    expect(
      within(refused).getByText(/not a Follow-Up Call Trainer results code/),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Stop the camera' }));
    expect(stopTrack).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Start the camera' })).toBeInTheDocument();

    // Leaving the dashboard turns the camera off too.
    await userEvent.click(screen.getByRole('button', { name: 'Start the camera' }));
    await screen.findByRole('button', { name: 'Stop the camera' });
    await screen.findByText(/The camera is on/);
    stopTrack.mockClear();
    unmount();
    expect(stopTrack).toHaveBeenCalled();
    Reflect.deleteProperty(navigator, 'mediaDevices');
    Reflect.deleteProperty(HTMLMediaElement.prototype, 'srcObject');
  });
});
