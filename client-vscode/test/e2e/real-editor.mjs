// The extension in a real VS Code: `npm run test:editor` (after `bash scripts/install-real-editor`).
//
// Builds the .vsix (`npm run package`) and a test-only helper extension that calls the API
// Consentry's activate() returns, installs both into code-server (VS Code 1.100 from the npm
// registry), opens a folder in Debian's Chromium driven by playwright-core, and checks what a
// person would see and what a capture endpoint on 127.0.0.1 receives:
//   1. the status bar says "Telemetry: Ask" and the consent prompt appears;
//   2. Allow turns it "On"; events from the helper extension arrive at the endpoint, scrubbed;
//   3. the status bar's quick pick and "Show What Is Collected" show the consent tools;
//   4. telemetry.telemetryLevel = off in the Settings UI turns it "Off", and later events
//      never arrive (the server's own count of sent events stays where it was).
// The server runs on a bare Python 3.11 (a venv with no packages): only the libraries
// bundled in the .vsix make it work. Screenshots go to test-artifacts/real-editor/.
// Every wait is bounded; the whole run is bounded by RUN_TIMEOUT_MS.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createHarness } from './harness.mjs';

const root = resolve(import.meta.dirname, '..', '..', '..');
const cache = join(root, '.cache', 'real-editor');
const artifacts = join(root, 'test-artifacts', 'real-editor');
const fixture = join(import.meta.dirname, 'fixture-extension');
const CHROMIUM = process.env.CONSENTRY_E2E_CHROMIUM ?? '/usr/bin/chromium';
const RUN_TIMEOUT_MS = 8 * 60_000;
const API_KEY = 'phc_test';

const require = createRequire(join(cache, 'package.json'));

// ----- small helpers --------------------------------------------------------------------

const { cleanups, log, run, waitFor, freePort, check, readJsonl, startProcess, screenshot, statusItem, waitForStatus, runCommand, toast, armWatchdog, runToEnd } = createHarness('real-editor', artifacts);

// ----- the editor -----------------------------------------------------------------------

/** The text of the Consentry output channel, from code-server's log folder. */
function extensionLog(userData) {
  const logs = join(userData, 'logs');
  if (!existsSync(logs)) {
    return '';
  }
  return readdirSync(logs)
    .map((session) => join(logs, session, 'exthost1', 'consentry.consentry', 'Consentry.log'))
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
}

/** The text of the visible lines of the active editor (Monaco renders only those). */
async function editorText(page) {
  const text = await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().innerText();
  return text.replace(/\u00a0/g, ' ');
}

// ----- the run --------------------------------------------------------------------------

async function main() {
  if (!existsSync(join(cache, 'node_modules', 'code-server', 'out', 'node', 'entry.js'))) {
    throw new Error(`code-server is not installed in ${cache}: run \`bash scripts/install-real-editor\` first`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: run \`bash scripts/install-real-editor\` first`);
  }
  const { chromium } = require('playwright-core');
  rmSync(artifacts, { recursive: true, force: true });
  mkdirSync(artifacts, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'consentry-editor-'));
  cleanups.push(() => rmSync(work, { recursive: true, force: true }));
  const dirs = Object.fromEntries(
    ['home', 'user-data', 'extensions', 'workspace', 'consentry-home', 'vsix'].map((name) => {
      const dir = join(work, name);
      mkdirSync(dir, { recursive: true });
      return [name, dir];
    }),
  );
  const received = join(work, 'received.jsonl');
  const repoPython = process.env.CONSENTRY_E2E_PYTHON ?? (existsSync(join(root, '.venv', 'bin', 'python')) ? join(root, '.venv', 'bin', 'python') : 'python3');

  let vsix;
  let version;
  await check('npm run package builds the .vsix with the server bundled', () => {
    run('npm', ['run', '--silent', 'package'], { timeout: 8 * 60_000 });
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    version = manifest.version;
    vsix = join(root, `${manifest.name}-${manifest.version}.vsix`);
    const listing = run(join(root, 'node_modules', '.bin', 'vsce'), ['ls', '--no-dependencies']);
    for (const needed of ['dist/extension.js', 'bundled/libs/consentry/lsp/server.py', 'bundled/libs/pygls/', 'bundled/libs/posthog/']) {
      if (!listing.includes(needed)) {
        throw new Error(`${needed} is not in the .vsix`);
      }
    }
    return vsix;
  });

  let helperVsix;
  await check('the helper extension packages', () => {
    helperVsix = join(dirs.vsix, 'consentry-e2e-helper.vsix');
    run(join(root, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', '--skip-license', '--out', helperVsix], {
      cwd: fixture,
    });
    return helperVsix;
  });

  // A Python with nothing installed: only the .vsix's bundled libraries can run the server.
  const bare = join(work, 'bare-python');
  await check('a bare Python ≥ 3.11 without the consentry package is python3 on PATH', () => {
    run(repoPython, ['-m', 'venv', '--without-pip', bare]);
    const python = join(bare, 'bin', 'python3');
    const version = run(python, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])']).trim();
    const [major, minor] = version.split('.').map(Number);
    if (major < 3 || (major === 3 && minor < 11)) {
      throw new Error(`the bare Python is ${version}; the server needs 3.11 or newer`);
    }
    const probe = spawnSync(python, ['-c', 'import consentry'], { cwd: work, encoding: 'utf8', timeout: 30_000 });
    if (probe.status === 0) {
      throw new Error('the bare Python can import consentry: the test would not prove the bundle');
    }
    return `Python ${version}, no consentry, no pygls`;
  });

  const sink = startProcess(repoPython, ['-m', 'consentry', 'sink', '--port', '0', '--out', received], { cwd: work });
  let sinkUrl;
  await check('the capture endpoint listens on 127.0.0.1', async () => {
    sinkUrl = await waitFor('the sink to print its address', 30_000, () => /http:\/\/127\.0\.0\.1:\d+/.exec(sink.output())?.[0]);
    return sinkUrl;
  });

  const nodeBin = dirname(process.execPath);
  const env = {
    HOME: dirs.home,
    XDG_CONFIG_HOME: join(dirs.home, '.config'),
    XDG_DATA_HOME: join(dirs.home, '.local', 'share'),
    XDG_CACHE_HOME: join(dirs.home, '.cache'),
    TMPDIR: work,
    LANG: 'C.UTF-8',
    PATH: [join(bare, 'bin'), nodeBin, '/usr/local/bin', '/usr/bin', '/bin'].join(':'),
    // The extension host then keeps this environment as it is: without it, VS Code
    // reads a login shell's environment, whose /etc/profile resets PATH.
    VSCODE_CLI: '1',
    CONSENTRY_HOME: dirs['consentry-home'],
    CONSENTRY_POSTHOG_HOST: sinkUrl,
    CONSENTRY_POSTHOG_API_KEY: API_KEY,
  };
  const codeServer = join(cache, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const common = ['--extensions-dir', dirs.extensions, '--user-data-dir', dirs['user-data']];

  await check('both extensions install into code-server', () => {
    const out = run(process.execPath, [codeServer, ...common, '--install-extension', vsix, '--install-extension', helperVsix], {
      env,
      timeout: 3 * 60_000,
    });
    const installed = run(process.execPath, [codeServer, ...common, '--list-extensions', '--show-versions'], { env, timeout: 60_000 });
    for (const id of ['consentry.consentry@', 'consentry-test.consentry-e2e-helper@']) {
      if (!installed.includes(id)) {
        throw new Error(`${id} is not installed:\n${out}\n${installed}`);
      }
    }
    return installed.trim().split('\n').join(', ');
  });

  writeFileSync(join(dirs.workspace, 'README.md'), '# A project\n\nOpened by the real-editor test.\n');

  /** Starts code-server on a free port with its own user data; one page per server. */
  const startEditor = async (userData, editorEnv) => {
    mkdirSync(join(userData, 'User'), { recursive: true });
    writeFileSync(
      join(userData, 'User', 'settings.json'),
      `${JSON.stringify(
        {
          'security.workspace.trust.enabled': false,
          'workbench.startupEditor': 'none',
          'workbench.tips.enabled': false,
          'extensions.ignoreRecommendations': true,
          'update.mode': 'none',
          'telemetry.telemetryLevel': 'all',
        },
        null,
        2,
      )}\n`,
    );
    const port = await freePort();
    const server = startProcess(
      process.execPath,
      [
        codeServer,
        '--extensions-dir',
        dirs.extensions,
        '--user-data-dir',
        userData,
        '--auth',
        'none',
        '--bind-addr',
        `127.0.0.1:${String(port)}`,
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        dirs.workspace,
      ],
      { cwd: work, env: editorEnv },
    );
    await waitFor('code-server to listen', 60_000, async () => {
      const response = await fetch(`http://127.0.0.1:${String(port)}/healthz`);
      return response.ok;
    });
    return { port, server, userData, url: `http://127.0.0.1:${String(port)}/?folder=${encodeURIComponent(dirs.workspace)}` };
  };

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    env: { HOME: dirs.home, XDG_CONFIG_HOME: env.XDG_CONFIG_HOME, XDG_CACHE_HOME: env.XDG_CACHE_HOME, PATH: env.PATH },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    timeout: 60_000,
  });
  cleanups.unshift(() => browser.close());
  const newPage = async () => {
    const created = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    created.setDefaultTimeout(30_000);
    return created;
  };

  let editor;
  await check('code-server listens on 127.0.0.1', async () => {
    editor = await startEditor(dirs['user-data'], env);
    return `port ${String(editor.port)}`;
  });
  let page = await newPage();

  try {
    await check('the folder opens and the status bar says "Telemetry: Ask"', async () => {
      await page.goto(editor.url, { timeout: 60_000 });
      await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
      await waitForStatus(page, 'Telemetry: Ask', 90_000);
      const tooltip = await statusItem(page, 'Telemetry: Ask').first().locator('a, [aria-label]').first().getAttribute('aria-label');
      return `aria-label ${JSON.stringify(tooltip)}`;
    });

    await check('the server runs on the bare Python, from the libraries in the .vsix', async () => {
      const line = await waitFor('the output channel to name the interpreter', 10_000, () =>
        extensionLog(editor.userData)
          .split('\n')
          .find((entry) => entry.includes('Python for the server:')),
      );
      if (!line.includes(`(${join(bare, 'bin', 'python3')})`)) {
        throw new Error(`the server did not run on the bare Python: ${line}`);
      }
      return line.replace(/^.*\[info\] /, '');
    });

    await check('the consent prompt asks, with Allow, Deny and Learn more', async () => {
      const prompt = toast(page, 'Help improve');
      await prompt.waitFor({ state: 'visible', timeout: 30_000 });
      const text = (await prompt.innerText()).replace(/\s+/g, ' ');
      for (const expected of ['Anonymous usage data, never code or prompts', 'Allow', 'Deny', 'Learn more']) {
        if (!text.includes(expected)) {
          throw new Error(`the prompt lacks ${JSON.stringify(expected)}: ${text}`);
        }
      }
      await screenshot(page, '01-ask-and-prompt.png');
      return text;
    });

    await check('Allow writes the setting and turns the status bar "On"', async () => {
      await toast(page, 'Help improve').getByRole('button', { name: 'Allow', exact: true }).click();
      await waitForStatus(page, 'Telemetry: On', 30_000);
      const settings = readFileSync(join(dirs['user-data'], 'User', 'settings.json'), 'utf8');
      if (!/"consentry\.telemetry\.enabled":\s*true/.test(settings)) {
        throw new Error(`the user setting was not written:\n${settings}`);
      }
      return 'consentry.telemetry.enabled: true in the user settings';
    });

    let firstRound = [];
    await check('events from the API arrive at the endpoint, anonymous and scrubbed', async () => {
      await runCommand(page, 'Consentry Test: Send Events');
      await toast(page, 'handed over 4 events (round 1)').waitFor({ state: 'visible', timeout: 30_000 });
      firstRound = await waitFor('4 events at the capture endpoint', 60_000, () => {
        const events = readJsonl(received);
        return events.length >= 4 ? events : undefined;
      });
      const names = firstRound.map((event) => event.event).sort();
      const expected = ['error', 'feature_used', 'model_command', 'suggestion_outcome'];
      if (JSON.stringify(names) !== JSON.stringify(expected)) {
        throw new Error(`received ${JSON.stringify(names)}, expected ${JSON.stringify(expected)}`);
      }
      const [anyEvent] = firstRound;
      const props = anyEvent.properties;
      if (props.$process_person_profile !== false || props.$geoip_disable !== true || '$ip' in props) {
        throw new Error(`not anonymous: ${JSON.stringify(props)}`);
      }
      if (!/^[0-9a-f-]{36}$/.test(anyEvent.distinct_id) || props.ide === 'unknown' || props.extension_version !== version) {
        throw new Error(`unexpected envelope: ${JSON.stringify(anyEvent)}`);
      }
      const error = firstRound.find((event) => event.event === 'error');
      const message = String(error.properties.message);
      if (message.includes('alice') || message.includes('sk-proj-')) {
        throw new Error(`the error message was not scrubbed: ${message}`);
      }
      const feature = firstRound.find((event) => event.event === 'feature_used').properties.feature;
      if (feature !== 'e2e_round_1') {
        throw new Error(`feature_used carried ${JSON.stringify(feature)}`);
      }
      const audit = readJsonl(join(dirs['consentry-home'], 'analytics.jsonl'));
      if (audit.length < 4) {
        throw new Error(`the audit log holds ${String(audit.length)} events`);
      }
      return `${names.join(', ')}; ide ${String(props.ide)} ${String(props.ide_version ?? '')}; error message now ${JSON.stringify(message)}`;
    });

    await check('"Show What Is Collected" opens a read-only JSON document marking events sent', async () => {
      await runCommand(page, 'Consentry: Show What Is Collected');
      await page.locator('.tab', { hasText: 'What Is Collected.json' }).first().waitFor({ state: 'visible', timeout: 30_000 });
      const text = await waitFor('the document to show the counts', 15_000, async () => {
        const shown = await editorText(page);
        return shown.includes('"sent": 4') ? shown : undefined;
      });
      await screenshot(page, '02-on-events-and-what-is-collected.png');
      return text.split('\n').find((line) => line.includes('"state"'))?.trim();
    });

    await check('the status bar item opens the quick pick of consent actions', async () => {
      await page.keyboard.press('Escape');
      await statusItem(page, 'Telemetry: On').first().click();
      const rows = page.locator('.quick-input-list .monaco-list-row');
      await rows.first().waitFor({ state: 'visible', timeout: 15_000 });
      const labels = (await rows.allInnerTexts()).map((label) => label.split('\n')[0].trim());
      for (const expected of ['Allow', 'Deny', 'Show What Is Collected', 'Open Audit Log', 'Disable Permanently']) {
        if (!labels.some((label) => label.includes(expected))) {
          throw new Error(`the quick pick lacks ${expected}: ${JSON.stringify(labels)}`);
        }
      }
      await screenshot(page, '03-quick-pick.png');
      await page.keyboard.press('Escape');
      return labels.join(' | ');
    });

    await check('telemetry.telemetryLevel = off in the Settings UI turns the status bar "Off"', async () => {
      await runCommand(page, 'Preferences: Open User Settings');
      const search = page.locator('.settings-editor .suggest-input-container .monaco-editor').first();
      await search.waitFor({ state: 'visible', timeout: 30_000 });
      await search.click();
      await page.keyboard.type('telemetry.telemetryLevel');
      // The list shows every setting until the search applies: pick the row by its title.
      const row = page.locator('.settings-editor .setting-item-enum', { hasText: 'Telemetry Level' }).first();
      await row.waitFor({ state: 'visible', timeout: 30_000 });
      const select = row.locator('select').first();
      await select.selectOption('off');
      await waitFor('the Settings UI to show "off"', 10_000, async () => (await select.inputValue()) === 'off');
      await waitForStatus(page, 'Telemetry: Off', 30_000);
      await screenshot(page, '04-settings-level-off.png');
      const tooltip = await statusItem(page, 'Telemetry: Off').first().locator('a, [aria-label]').first().getAttribute('aria-label');
      return `aria-label ${JSON.stringify(tooltip)}`;
    });

    await check('with telemetry off, later events are judged and dropped: nothing more arrives', async () => {
      const before = readJsonl(received).length;
      await runCommand(page, 'Consentry Test: Send Events');
      await toast(page, 'handed over 4 events (round 2)').waitFor({ state: 'visible', timeout: 30_000 });
      // Show Status is a barrier: its answer comes after every earlier event was judged.
      await runCommand(page, 'Consentry: Show Status');
      const status = toast(page, 'Consentry telemetry: off');
      await status.waitFor({ state: 'visible', timeout: 30_000 });
      const text = (await status.innerText()).replace(/\s+/g, ' ');
      if (!text.includes('decided by: vscode') || !text.includes('sent: 4.')) {
        throw new Error(`unexpected status: ${text}`);
      }
      await sleep(3_000);
      const after = readJsonl(received);
      const late = after.filter((event) => event.properties?.feature === 'e2e_round_2');
      if (after.length !== before || late.length > 0) {
        throw new Error(`${String(after.length - before)} more event(s) arrived after telemetry was turned off`);
      }
      await runCommand(page, 'Consentry: Show What Is Collected');
      const documentText = await waitFor('the document to count the dropped events', 15_000, async () => {
        const shown = await editorText(page);
        return shown.includes('"consent-off": 4') ? shown : undefined;
      });
      await screenshot(page, '05-off-nothing-more-sent.png');
      return `${text.trim()} | document: ${documentText.split('\n').find((line) => line.includes('consent-off'))?.trim()}; endpoint still holds ${String(after.length)} events`;
    });

    // A second editor whose python3 is too old: the extension must say so quietly and
    // show the fix, and the fix (the setting) must bring the server up without a reload.
    await page.close();
    await editor.server.stop();
    await check('with only an old python3 on PATH the status bar says "Unavailable", with the fix, and no pop-up', async () => {
      const fakeBin = join(work, 'old-python-bin');
      mkdirSync(fakeBin, { recursive: true });
      // Answers the interpreter probe as a Python 3.9 would.
      writeFileSync(
        join(fakeBin, 'python3'),
        '#!/bin/sh\necho \'{"version": [3, 9, 18], "executable": "/usr/local/bin/python3.9", "consentry": false}\'\n',
        { mode: 0o755 },
      );
      const oldHome = join(work, 'consentry-home-old-python');
      mkdirSync(oldHome, { recursive: true });
      editor = await startEditor(join(work, 'user-data-old-python'), { ...env, CONSENTRY_HOME: oldHome, PATH: `${fakeBin}:${env.PATH}` });
      page = await newPage();
      await page.goto(editor.url, { timeout: 60_000 });
      await waitForStatus(page, 'Telemetry: Unavailable', 90_000);
      const tooltip = await statusItem(page, 'Telemetry: Unavailable').first().locator('a, [aria-label]').first().getAttribute('aria-label');
      for (const expected of ['is Python 3.9.18', 'needs Python 3.11', 'Fix:', 'consentry.server.python']) {
        if (!tooltip?.includes(expected)) {
          throw new Error(`the tooltip lacks ${JSON.stringify(expected)}: ${String(tooltip)}`);
        }
      }
      await sleep(3_000);
      const toasts = await page.locator('.notification-toast').allInnerTexts();
      if (toasts.some((text) => /consentry|server|python/i.test(text))) {
        throw new Error(`a pop-up appeared: ${JSON.stringify(toasts)}`);
      }
      await screenshot(page, '06-old-python-unavailable.png');
      return tooltip;
    });

    await check('the quick pick leads with the fix; setting consentry.server.python starts the server', async () => {
      await statusItem(page, 'Telemetry: Unavailable').first().click();
      const first = page.locator('.quick-input-list .monaco-list-row').first();
      await first.waitFor({ state: 'visible', timeout: 15_000 });
      const label = (await first.innerText()).split('\n')[0].trim();
      if (!label.includes('Set the Python Interpreter')) {
        throw new Error(`the first item is ${JSON.stringify(label)}`);
      }
      await first.click();
      const row = page.locator('.settings-editor .setting-item', { hasText: 'Server: Python' }).first();
      await row.waitFor({ state: 'visible', timeout: 30_000 });
      const input = row.locator('input').first();
      await input.fill(join(bare, 'bin', 'python3'));
      await input.press('Enter');
      await waitForStatus(page, 'Telemetry: Ask', 60_000);
      await screenshot(page, '07-python-set-server-running.png');
      return `consentry.server.python = ${join(bare, 'bin', 'python3')}: the server runs`;
    });
  } catch (error) {
    await screenshot(page, '99-failure.png').catch(() => undefined);
    const logs = join(editor?.userData ?? dirs['user-data'], 'logs');
    if (existsSync(logs)) {
      cpSync(logs, join(artifacts, 'code-server-logs'), { recursive: true });
      log(`code-server logs copied to ${join(artifacts, 'code-server-logs')}`);
    }
    writeFileSync(join(artifacts, 'code-server-output.txt'), editor?.server.output() ?? '');
    throw error;
  } finally {
    if (existsSync(received)) {
      copyFileSync(received, join(artifacts, 'received.jsonl'));
    }
  }
}

armWatchdog(RUN_TIMEOUT_MS);
await runToEnd(main);
