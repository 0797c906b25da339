import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import type { OwnScenarioFile } from '../../src/scenario/ownFile';
import { App, loadCampaignCode } from '../../src/ui/App';
import DashboardScreen from '../../src/ui/dashboard/DashboardScreen';
import { WorkshopGate } from '../../src/ui/workshop/ActivePack';
import PackBuilder from '../../src/ui/workshop/PackBuilder';
import PackFilePage from '../../src/ui/workshop/PackFilePage';
import { decodePack, packTravel } from '../../src/workshop/pack';
import { packFileText, readPackText } from '../../src/workshop/packFile';
import { DEFAULT_PACK_SETTINGS, newPack } from '../../src/workshop/packTypes';
import { expectNoAxeViolations } from '../helpers/axe';
import { fakeClock } from '../helpers/fakeClock';
import { fakeScenarioYaml } from '../helpers/fakes';
import { renderWithServices } from '../helpers/renderUi';
import { choicesLog, fakeAttempt, fakeResults } from '../helpers/resultsFakes';
import { fakeServices, fakeUiScenario } from '../helpers/uiFakes';

beforeAll(async () => {
  await loadCampaignCode();
});

afterEach(() => {
  window.localStorage.clear();
  window.sessionStorage.clear();
  vi.restoreAllMocks();
});

const library = {
  scenarios: [
    fakeUiScenario({ id: 'first', title: 'First call' }),
    fakeUiScenario({ id: 'second', title: 'Second call' }),
  ],
  problems: [],
};
const ids = library.scenarios.map((s) => s.id);

const own = (id: string, title: string, extra: Record<string, unknown> = {}): OwnScenarioFile => ({
  id,
  title,
  name: `${id}.yaml`,
  text: fakeScenarioYaml({ id, title, ...extra }),
});

/** Text deflate cannot shrink (a fixed pseudo-random run), so the scenario is too big for a link. */
function noise(length: number): string {
  let x = 2463534242;
  let out = '';
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out += 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 '[(x >>> 0) % 63];
  }
  return out;
}

const mine = own('my-call', 'My own call');
const big = own('my-long-call', 'My long call', { summary: noise(6000) });
const broken: OwnScenarioFile = {
  id: 'broken-call',
  title: 'Broken call',
  name: 'broken-call.yaml',
  text: 'version: 1\nid: broken-call\ntitle: [oops\n',
};

const linkBox = () =>
  screen.getByRole('textbox', { name: 'The workshop link' }) as HTMLInputElement;

function downloads() {
  const files: { blob: Blob; name: string }[] = [];
  Object.assign(URL, {
    createObjectURL: vi.fn((blob: Blob) => {
      files.push({ blob, name: '' });
      return 'blob:x';
    }),
    revokeObjectURL: vi.fn(),
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const last = files[files.length - 1];
    if (last) last.name = this.download;
  });
  return files;
}

describe('own scenarios in the pack builder', () => {
  it('offers the kept ones that pass the checks next to the built-in ones, by keyboard', async () => {
    const user = userEvent.setup();
    const { container } = renderWithServices(
      <PackBuilder scenarios={library.scenarios} kept={[mine, broken]} />,
    );
    const ownList = screen.getByRole('region', { name: 'Your own scenarios' });
    expect(ownList).toHaveTextContent('(your own, my-call.yaml; easy)');
    // A kept one that fails the checks is shown with why, and not offered.
    expect(ownList).toHaveTextContent(/“Broken call”: broken-call\.yaml:\d+:\d+: YAML syntax: /);
    expect(screen.queryByRole('button', { name: 'Add “Broken call”' })).not.toBeInTheDocument();
    screen.getByRole('button', { name: 'Add “First call”' }).focus();
    await user.keyboard('{Enter}');
    screen.getByRole('button', { name: 'Add “My own call”' }).focus();
    await user.keyboard('{Enter}');
    // The last own one added: focus goes to the pack's list.
    expect(screen.getByRole('heading', { name: 'In the pack, in order (2)' })).toHaveFocus();
    screen.getByRole('button', { name: 'Move “My own call” up' }).focus();
    await user.keyboard('{Enter}');
    const link = linkBox().value;
    expect(link).toContain('#/pack/');
    const decoded = decodePack(link.slice(link.indexOf('#/pack/') + 7), ids);
    if (!decoded.ok) throw new Error(decoded.reason);
    expect(decoded.pack.scenarios).toEqual(['my-call', 'first']);
    expect(decoded.pack.own).toEqual([mine]);
    expect(screen.getByRole('region', { name: 'Follow-up call workshop' })).toHaveTextContent(
      '1. My own call; 2. First call',
    );
    screen.getByRole('button', { name: 'Remove “My own call”' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Add “My own call”' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('says when the pack is too big for a link, and offers the pack file', async () => {
    const user = userEvent.setup();
    const saved = downloads();
    const { container } = renderWithServices(
      <PackBuilder scenarios={library.scenarios} kept={[big]} />,
    );
    await user.click(screen.getByRole('button', { name: 'Add “My long call”' }));
    const offer = screen.getByRole('region', { name: 'Too big for a link: share a pack file' });
    expect(offer).toHaveTextContent(
      /this pack is [\d,]+ characters, and a link holds at most 4,000/,
    );
    // The link and QR code now open the page that asks for the file, naming the workshop.
    expect(linkBox().value).toMatch(/#\/pack-file\/Follow-up%20call%20workshop$/);
    expect(screen.getByRole('region', { name: 'Follow-up call workshop' })).toHaveTextContent(
      'This workshop comes as a file, follow-up-call-workshop.pack.json',
    );
    await user.click(
      within(offer).getByRole('button', {
        name: 'Download the pack file (follow-up-call-workshop.pack.json)',
      }),
    );
    expect(saved.map((f) => f.name)).toEqual(['follow-up-call-workshop.pack.json']);
    const read = readPackText(await (saved[0]?.blob.text() ?? ''));
    if (!read.ok) throw new Error(read.reason);
    const decoded = decodePack(read.encoded, ids, read.from);
    expect(decoded.ok && decoded.pack.own).toEqual([big]);
    await expectNoAxeViolations(container);
  });
});

function packWith(files: OwnScenarioFile[], scenarios: string[]) {
  return newPack({
    id: 'own-pack',
    title: 'Own scenarios day',
    scenarios,
    settings: { ...DEFAULT_PACK_SETTINGS, askName: false },
    own: files,
  });
}

function openApp(hash: string) {
  window.history.replaceState(null, '', `/${hash}`);
  return renderWithServices(
    <WorkshopGate scenarioIds={ids}>
      <App library={library} />
    </WorkshopGate>,
  );
}

const cardTitles = () =>
  screen.getAllByRole('article').map((a) => within(a).getByRole('heading').textContent);

describe('a pack’s own scenarios on a participant’s device', () => {
  it('are checked: the good one is played in the pack’s order, a broken one refused with its reason', async () => {
    const travel = packTravel(packWith([mine, broken], ['second', 'my-call', 'broken-call']));
    if (travel.by !== 'link') throw new Error('expected a link');
    const { container } = openApp(`#/pack/${travel.encoded}`);
    await screen.findByRole('heading', { level: 1, name: 'Workshop: Own scenarios day' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('One scenario of this workshop cannot be played');
    expect(alert).toHaveTextContent(/“Broken call”: broken-call\.yaml:\d+:\d+: YAML syntax: /);
    expect(cardTitles()).toEqual(['Second call', 'My own call']);
    // Each playable scenario has a map, the pack's own one too (checked again before it draws).
    expect(screen.getAllByRole('link', { name: /^See the map of/ })).toHaveLength(2);
    await expectNoAxeViolations(container);
    await userEvent.click(screen.getByRole('link', { name: 'See the map of “My own call”' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /My own call/ }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(window.location.hash).toBe('#/map/my-call');
    await expectNoAxeViolations(container);
    window.history.back();
    await screen.findByRole('heading', { level: 1, name: 'Workshop: Own scenarios day' });
    await userEvent.click(screen.getByRole('button', { name: 'Practise “My own call”' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Plan your call: My own call' }),
    ).toBeInTheDocument();
  });
});

describe('opening a pack file', () => {
  const fileText = () => {
    const travel = packTravel(packWith([big], ['my-long-call']));
    if (travel.by !== 'file') throw new Error('expected a file');
    return packFileText('Own scenarios day', travel.encoded);
  };

  it('opens a picked file, keeps the pack on the device and starts the workshop', async () => {
    const opened = vi.fn();
    const { container } = renderWithServices(
      <PackFilePage title="Own scenarios day" scenarioIds={ids} onOpened={opened} />,
    );
    expect(container).toHaveTextContent(
      'The workshop “Own scenarios day” comes as a file, own-scenarios-day.pack.json',
    );
    await expectNoAxeViolations(container);
    const file = new File([fileText()], 'own-scenarios-day.pack.json', {
      type: 'application/json',
    });
    await userEvent.upload(screen.getByLabelText('Open the pack file'), file);
    await waitFor(() => expect(opened).toHaveBeenCalledTimes(1));
    expect(window.localStorage.getItem('follow-up-call-trainer.workshopPack')).toContain(
      '"encoded":"1.',
    );
  });

  it('takes a dropped file, and a pasted one', async () => {
    const opened = vi.fn();
    renderWithServices(<PackFilePage scenarioIds={ids} onOpened={opened} />);
    const file = new File([fileText()], 'day.pack.json', { type: 'application/json' });
    const zone = screen.getByLabelText('Open the pack file').closest('.file-drop');
    if (!zone) throw new Error('no drop zone');
    fireEvent.drop(zone, { dataTransfer: { files: [file] } });
    await waitFor(() => expect(opened).toHaveBeenCalledTimes(1));
    await userEvent.click(
      screen.getByLabelText('Or paste the pack file’s text, or a workshop link'),
    );
    await userEvent.paste(fileText());
    await userEvent.click(screen.getByRole('button', { name: 'Open the pasted pack' }));
    await waitFor(() => expect(opened).toHaveBeenCalledTimes(2));
  });

  it('refuses a changed file with its reason and keeps nothing', async () => {
    const opened = vi.fn();
    const { container } = renderWithServices(<PackFilePage scenarioIds={ids} onOpened={opened} />);
    const text = fileText();
    const at = text.indexOf('"pack": "1.') + 200;
    const changed = `${text.slice(0, at)}${text[at] === 'A' ? 'B' : 'A'}${text.slice(at + 1)}`;
    await userEvent.click(
      screen.getByLabelText('Or paste the pack file’s text, or a workshop link'),
    );
    await userEvent.paste(changed);
    await userEvent.click(screen.getByRole('button', { name: 'Open the pasted pack' }));
    expect(
      await screen.findByText(
        /^The pasted text: This workshop pack file was changed after it was made/,
      ),
    ).toBeInTheDocument();
    expect(opened).not.toHaveBeenCalled();
    expect(window.localStorage.getItem('follow-up-call-trainer.workshopPack')).toBeNull();
    await expectNoAxeViolations(container);
  });
});

describe('the class dashboard and a pack’s own scenarios', () => {
  const scenario = (() => {
    const loaded = loadScenario(mine.text, mine.name);
    if (!loaded.ok) throw new Error('the fake own scenario does not load');
    return loaded.scenario;
  })();
  const handedIn = () =>
    new File(
      [
        JSON.stringify(
          fakeResults({
            name: 'Kim',
            attempts: [
              fakeAttempt({
                id: 'kim-1',
                scenarioId: mine.id,
                scenarioTitle: mine.title,
                log: choicesLog(scenario, [0]),
              }),
            ],
          }),
        ),
      ],
      'kim.json',
      { type: 'application/json' },
    );
  const choices = () => screen.getByRole('region', { name: 'Choices at each branch point' });
  // The files were handed in on 2 March: the facilitator's clock is after.
  const later = () => fakeServices({ clock: fakeClock(Date.parse('2026-03-09T12:00:00.000Z')) });
  const authored = '1 of 1 1. Hi Jo, it is Sam. Is the job still open?';

  it('says plainly which scenario it does not know, and knows it from the pack’s link', async () => {
    const { container } = renderWithServices(<DashboardScreen scenarios={[]} />, later());
    await userEvent.upload(screen.getByLabelText('Choose results files'), handedIn());
    expect(await screen.findByText('1 campaign by 1 person')).toBeInTheDocument();
    expect(choices()).toHaveTextContent(
      'Not built in, and not kept on this device: “My own call” (my-call).',
    );
    // Only the words said, marked so: the scenario's own lines are not known here.
    expect(choices()).toHaveTextContent(`${authored} (not in the built-in scenario)`);
    await expectNoAxeViolations(container);
    const travel = packTravel(packWith([mine], ['my-call']));
    if (travel.by !== 'link') throw new Error('expected a link');
    await userEvent.click(screen.getByLabelText('Or paste the workshop link'));
    await userEvent.paste(`https://example.org/#/pack/${travel.encoded}`);
    await userEvent.click(screen.getByRole('button', { name: 'Add its scenarios' }));
    await waitFor(() => expect(choices()).not.toHaveTextContent('Not built in'));
    expect(choices()).toHaveTextContent(authored);
    expect(choices()).not.toHaveTextContent('not in the built-in scenario');
  });

  it('knows one kept on this device', async () => {
    window.localStorage.setItem('follow-up-call-trainer.ownScenarios', JSON.stringify([mine]));
    renderWithServices(<DashboardScreen scenarios={[]} />, later());
    await userEvent.upload(screen.getByLabelText('Choose results files'), handedIn());
    await waitFor(() => expect(choices()).toHaveTextContent(authored));
    expect(choices()).not.toHaveTextContent('Not built in');
    expect(choices()).not.toHaveTextContent('not in the built-in scenario');
  });
});
