/**
 * The consent prompt: when it is due (a table over every input), the lock file that keeps
 * two windows from both showing it, and the prompt's flow with the editor's calls faked.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import {
  ConsentPrompt,
  MAX_LEARN_MORE,
  PROMPT_SHOWN_KEY,
  claimPrompt,
  decidePrompt,
  lockNameFor,
  parseServerProfile,
  promptMessage,
  promptedProfile,
  type MementoLike,
  type PromptDeps,
  type PromptInputs,
} from '../src/prompt';
import type { PromptStyle, ServerProfile } from '../src/protocol';

const tmpRoot = mkdtempSync(path.join(tmpdir(), 'consentry-prompt-test-'));
after(() => {
  rmSync(tmpRoot, { recursive: true, force: true });
});
let dirCount = 0;
function freshDir(): string {
  dirCount += 1;
  return path.join(tmpRoot, `storage-${String(dirCount)}`);
}

function profile(prompt: PromptStyle = 'install-and-update', privacyUrl = 'https://example.com/privacy'): ServerProfile {
  return {
    protocolVersion: 1,
    catalogVersion: 1,
    product: 'Acme Assistant',
    consent: 'opt-in',
    prompt,
    privacyUrl,
    destination: 'posthog',
  };
}

describe('the profile in the initialize result', () => {
  const announced = {
    protocolVersion: 1,
    catalogVersion: 1,
    product: 'Cline',
    consent: 'opt-in',
    prompt: 'install-and-update',
    privacyUrl: 'https://cline.bot/privacy',
    destination: 'posthog',
  };

  it('is read from capabilities.experimental.consentry', () => {
    assert.deepEqual(parseServerProfile({ capabilities: { experimental: { consentry: announced } } }), announced);
  });

  it('fills in optional fields a server left out', () => {
    assert.deepEqual(parseServerProfile({ capabilities: { experimental: { consentry: { product: 'X', prompt: 'never' } } } }), {
      protocolVersion: 0,
      catalogVersion: 0,
      product: 'X',
      consent: 'opt-in',
      prompt: 'never',
      privacyUrl: '',
      destination: 'log-only',
    });
  });

  const malformed: [string, unknown][] = [
    ['no result', undefined],
    ['no capabilities', {}],
    ['no experimental', { capabilities: {} }],
    ['another server', { capabilities: { experimental: { other: {} } } }],
    ['no product', { capabilities: { experimental: { consentry: { ...announced, product: 3 } } } }],
    ['an unknown prompt style', { capabilities: { experimental: { consentry: { ...announced, prompt: 'always' } } } }],
  ];
  for (const [name, value] of malformed) {
    it(`is undefined for ${name}`, () => {
      assert.equal(parseServerProfile(value), undefined);
    });
  }
});

describe('when the prompt is due', () => {
  const base: PromptInputs = {
    state: 'undecided',
    profile: profile(),
    vscodeTelemetryEnabled: true,
    extensionVersion: '1.2.0',
    shownFor: undefined,
  };
  const cases: [string, Partial<PromptInputs>, string | RegExp][] = [
    ['undecided, never shown', {}, 'prompt-1.2.0.lock'],
    ['shown for an older version (an update)', { shownFor: { version: '1.1.0' } }, 'prompt-1.2.0.lock'],
    ['a record it cannot read', { shownFor: 'garbage' }, 'prompt-1.2.0.lock'],
    ['shown for this version', { shownFor: { version: '1.2.0' } }, /already shown for version 1\.2\.0/],
    ['first-run, never shown', { profile: profile('first-run') }, 'prompt-first-run.lock'],
    ['first-run, shown for any version', { profile: profile('first-run'), shownFor: { version: '0.9.0' } }, /already shown once/],
    ['prompt = never', { profile: profile('never') }, /never prompts/],
    ["the editor's telemetry off", { vscodeTelemetryEnabled: false }, /editor's telemetry is off/],
    ['consent on', { state: 'on' }, /already on/],
    ['consent off', { state: 'off' }, /already off/],
    ['errors only', { state: 'errors-only' }, /already errors-only/],
    ['consent not known yet', { state: undefined }, /not known yet/],
    ['no profile announced', { profile: undefined }, /no product profile/],
  ];
  for (const [name, change, expected] of cases) {
    it(name, () => {
      const decision = decidePrompt({ ...base, ...change });
      if (typeof expected === 'string') {
        assert.deepEqual(decision, { show: true, lockName: expected, record: { version: '1.2.0' } });
      } else {
        assert.equal(decision.show, false);
        assert.match(decision.why, expected);
      }
    });
  }

  it('names lock files with safe characters only', () => {
    assert.equal(lockNameFor('install-and-update', '1.2.3-beta+4'), 'prompt-1.2.3-beta+4.lock');
    assert.equal(lockNameFor('install-and-update', '../../x y'), 'prompt-.._.._x_y.lock');
    assert.equal(lockNameFor('install-and-update', ''), 'prompt-unknown.lock');
    assert.ok(!lockNameFor('install-and-update', 'a/b\\c').includes('/'));
  });

  it('asks in one sentence, promising no code or prompts', () => {
    assert.equal(promptMessage('Cline'), 'Help improve Cline? Anonymous usage data, never code or prompts.');
  });
});

describe('claiming the prompt with a lock file', () => {
  it('lets exactly one claim per lock file win', () => {
    const dir = freshDir();
    assert.equal(claimPrompt(dir, 'prompt-1.0.0.lock'), true);
    assert.equal(claimPrompt(dir, 'prompt-1.0.0.lock'), false);
    assert.equal(claimPrompt(dir, 'prompt-1.1.0.lock'), true, 'the next version is asked again');
    assert.deepEqual(readdirSync(dir).sort(), ['prompt-1.0.0.lock', 'prompt-1.1.0.lock']);
  });

  it('claims nothing when the folder cannot be written', () => {
    const failing = {
      mkdirSync: () => undefined,
      openSync: (): number => {
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      },
      closeSync: () => undefined,
    };
    assert.equal(claimPrompt('/nowhere', 'prompt-1.0.0.lock', failing), false);
  });
});

/** A memento shared by "windows", like VS Code's globalState. */
class FakeMemento implements MementoLike {
  readonly values = new Map<string, unknown>();
  get(key: string): unknown {
    return this.values.get(key);
  }
  update(key: string, value: unknown): Thenable<void> {
    this.values.set(key, value);
    return Promise.resolve();
  }
}

interface Harness {
  prompt: ConsentPrompt;
  shown: string[][];
  written: boolean[];
  opened: string[];
  logs: string[];
  recordedWhenShown: unknown[];
}

function harness(options: {
  answers?: (string | undefined)[];
  memento?: FakeMemento;
  storageDir?: string;
  version?: string;
  telemetry?: boolean;
}): Harness {
  const memento = options.memento ?? new FakeMemento();
  const answers = [...(options.answers ?? [])];
  const h: Harness = { prompt: undefined as unknown as ConsentPrompt, shown: [], written: [], opened: [], logs: [], recordedWhenShown: [] };
  const deps: PromptDeps = {
    extensionVersion: options.version ?? '1.0.0',
    storageDir: options.storageDir ?? freshDir(),
    globalState: memento,
    isTelemetryEnabled: () => options.telemetry ?? true,
    showMessage: (message, ...buttons) => {
      h.shown.push([message, ...buttons]);
      h.recordedWhenShown.push(memento.get(PROMPT_SHOWN_KEY));
      return Promise.resolve(answers.shift());
    },
    writeConsentSetting: (granted) => {
      h.written.push(granted);
      return Promise.resolve();
    },
    openExternal: (url) => {
      h.opened.push(url);
      return Promise.resolve(true);
    },
    log: (message) => {
      h.logs.push(message);
    },
  };
  h.prompt = new ConsentPrompt(deps);
  return h;
}

describe('the prompt in a window', () => {
  it('Allow writes the setting true, once the profile and the undecided state are both known', async () => {
    const h = harness({ answers: ['Allow'] });
    await h.prompt.setState('undecided');
    assert.equal(h.shown.length, 0, 'no profile yet');
    await h.prompt.setProfile(profile());
    assert.deepEqual(h.shown, [['Help improve Acme Assistant? Anonymous usage data, never code or prompts.', 'Allow', 'Deny', 'Learn more']]);
    assert.deepEqual(h.written, [true]);
    assert.deepEqual(h.recordedWhenShown, [{ version: '1.0.0' }], 'recorded before it appeared');
  });

  it('Deny writes the setting false', async () => {
    const h = harness({ answers: ['Deny'] });
    await h.prompt.setProfile(profile());
    await h.prompt.setState('undecided');
    assert.deepEqual(h.written, [false]);
  });

  it('is shown at most once per session', async () => {
    const h = harness({ answers: [undefined, 'Allow'] });
    await h.prompt.setProfile(profile());
    await h.prompt.setState('undecided');
    await h.prompt.setState('off');
    await h.prompt.setState('undecided');
    await h.prompt.setProfile(profile());
    assert.equal(h.shown.length, 1);
  });

  it('dismissing is not consent, and is not asked again until the next version', async () => {
    const memento = new FakeMemento();
    const storageDir = freshDir();
    const first = harness({ answers: [undefined], memento, storageDir, version: '1.0.0' });
    await first.prompt.setProfile(profile());
    await first.prompt.setState('undecided');
    assert.equal(first.shown.length, 1);
    assert.deepEqual(first.written, [], 'dismissed: nothing written');

    const restarted = harness({ answers: ['Allow'], memento, storageDir, version: '1.0.0' });
    await restarted.prompt.setProfile(profile());
    await restarted.prompt.setState('undecided');
    assert.equal(restarted.shown.length, 0, 'same version: not again');

    const updated = harness({ answers: ['Allow'], memento, storageDir, version: '1.1.0' });
    await updated.prompt.setProfile(profile());
    await updated.prompt.setState('undecided');
    assert.equal(updated.shown.length, 1, 'an update asks again');
    assert.deepEqual(updated.written, [true]);
  });

  it('first-run is shown once ever, updates included', async () => {
    const memento = new FakeMemento();
    const storageDir = freshDir();
    const first = harness({ answers: [undefined], memento, storageDir, version: '1.0.0' });
    await first.prompt.setProfile(profile('first-run'));
    await first.prompt.setState('undecided');
    const updated = harness({ memento, storageDir, version: '2.0.0' });
    await updated.prompt.setProfile(profile('first-run'));
    await updated.prompt.setState('undecided');
    assert.deepEqual([first.shown.length, updated.shown.length], [1, 0]);
  });

  it('two windows that start together show it once between them', async () => {
    // The shared globalState says "never shown" to both: only the lock file decides.
    const storageDir = freshDir();
    const windows = [harness({ storageDir }), harness({ storageDir })];
    await Promise.all(windows.map((w) => w.prompt.setProfile(profile())));
    await Promise.all(windows.map((w) => w.prompt.setState('undecided')));
    assert.deepEqual(
      windows.map((w) => w.shown.length),
      [1, 0],
    );
    assert.match(windows[1]?.logs.join('\n') ?? '', /another window/);
  });

  it('Learn more opens the privacy page and asks again, a bounded number of times', async () => {
    const h = harness({ answers: ['Learn more', 'Allow'] });
    await h.prompt.setProfile(profile('install-and-update', 'https://acme.example/privacy'));
    await h.prompt.setState('undecided');
    assert.deepEqual(h.opened, ['https://acme.example/privacy']);
    assert.deepEqual(h.written, [true]);

    const curious = harness({ answers: Array<string>(10).fill('Learn more') });
    await curious.prompt.setProfile(profile());
    await curious.prompt.setState('undecided');
    assert.equal(curious.shown.length, MAX_LEARN_MORE + 1);
    assert.deepEqual(curious.written, []);
  });

  it('offers no Learn more without a privacy URL', async () => {
    const h = harness({});
    await h.prompt.setProfile(profile('install-and-update', ''));
    await h.prompt.setState('undecided');
    assert.deepEqual(h.shown[0]?.slice(1), ['Allow', 'Deny']);
  });

  it("never asks while the editor's telemetry is off", async () => {
    const h = harness({ telemetry: false });
    await h.prompt.setProfile(profile());
    await h.prompt.setState('undecided');
    assert.equal(h.shown.length, 0);
    assert.match(h.logs.join('\n'), /editor's telemetry is off/);
  });
});

describe('the profile a hub prompts from', () => {
  const builtIn = { capabilities: { experimental: { consentry: { builtInProfile: true } } } };
  const fromFile = { capabilities: { experimental: { consentry: { builtInProfile: false } } } };
  const logged = { ...profile('install-and-update', ''), destination: 'log-only' };

  it('never asks about a built-in default with nothing that could leave', () => {
    assert.equal(promptedProfile(logged, builtIn, true)?.prompt, 'never');
  });

  it('asks as the profile says when the hub has a product of its own', () => {
    assert.equal(promptedProfile(logged, fromFile, true)?.prompt, 'install-and-update');
    const sent = profile('install-and-update', '');
    assert.equal(promptedProfile(sent, builtIn, true)?.prompt, 'install-and-update');
  });

  it('leaves an embedding product and an unknown server alone', () => {
    assert.equal(promptedProfile(logged, builtIn, false)?.prompt, 'install-and-update');
    assert.equal(promptedProfile(logged, undefined, true)?.prompt, 'install-and-update');
    assert.equal(promptedProfile(undefined, builtIn, true), undefined);
  });
});
