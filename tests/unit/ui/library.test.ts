import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleLibrary } from '../../../src/scenario/assembleLibrary';
import { loadFile, loadLibrary } from '../../../src/scenario/library';
import { loadScenario } from '../../../src/scenario/load';
import { precompiledScenarios } from '../../../src/ui/library/scenarioPlugin';
import { fakeScenarioYaml } from '../../helpers/fakes';
import { scenarioSources } from '../../helpers/scenarioFiles';

const broken = {
  name: 'scenarios/broken.yaml',
  text: 'version: 1\nid: broken\ntitle: [unclosed\n',
};
const twin = { name: 'scenarios/twin.yaml', text: fakeScenarioYaml() };
const tiny = { name: 'scenarios/tiny.yaml', text: fakeScenarioYaml() };

describe('the app’s scenario library', () => {
  it('matches the scenario engine’s loadLibrary, problems and duplicates included', () => {
    const files = [...scenarioSources(), broken, tiny, twin];
    expect(assembleLibrary(files.map(loadFile))).toEqual(loadLibrary(files));
    expect(loadLibrary(files).problems.map((p) => p.message)).toContainEqual(
      'duplicate scenario id "tiny" (also used by scenarios/tiny.yaml)',
    );
  });
});

describe('the precompiled-scenarios Vite plugin', () => {
  async function compile(text: string) {
    const dir = mkdtempSync(join(tmpdir(), 'scenario-plugin-'));
    const path = join(dir, 'scenarios', 'x.yaml');
    mkdirSync(join(dir, 'scenarios'));
    writeFileSync(path, text);
    const plugin = precompiledScenarios();
    (plugin.configResolved as (c: { root: string }) => void)({ root: dir });
    const load = plugin.load as (this: unknown, id: string) => Promise<string | null>;
    const context = { addWatchFile: () => undefined, warn: () => undefined };
    const code = await load.call(context, `${path}?raw&precompiled`);
    if (code === null) throw new Error('the plugin ignored the file');
    return JSON.parse(code.replace(/^export default /, '').replace(/;$/, ''));
  }

  it('turns a scenario file into its validated scenario', async () => {
    const file = await compile(tiny.text);
    expect(file.name).toBe('scenarios/x.yaml');
    expect(file.result.ok).toBe(true);
    expect(file.result.scenario.id).toBe('tiny');
  });

  it('turns a bad file into its file:line:column problems', async () => {
    const file = await compile(broken.text);
    expect(file.result.ok).toBe(false);
    expect(file.result).toEqual(loadScenario(broken.text, 'scenarios/x.yaml'));
  });

  it('leaves every other import alone', async () => {
    const load = precompiledScenarios().load as (
      this: unknown,
      id: string,
    ) => Promise<string | null>;
    expect(await load.call({}, '/src/ui/main.tsx')).toBeNull();
    expect(await load.call({}, '/scenarios/x.yaml?raw')).toBeNull();
  });
});
