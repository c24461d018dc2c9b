// The privacy dashboard in a real VS Code (code-server 4.100.3 = VS Code 1.100.3), run by
// `npm run test:editor` after `bash scripts/install-real-editor`.
//
// Installs the .vsix and the test helper extension (which calls Consentry's API as an AI
// extension would), grants telemetry in the user settings, and then, driving Debian's
// Chromium with playwright-core:
//   1. opens the dashboard from the status bar's quick pick; it shows the product, its
//      state and who decided it, the catalog, the events sent (and the chart counts them);
//   2. turns the product off with the dashboard's toggle, by keyboard: the status bar
//      follows, and events sent afterwards never arrive at the capture endpoint;
//   3. an administrator's policy file appears: the dashboard shows the product locked,
//      naming who locked it, its toggle disabled; the status bar says off;
//   4. screenshots of each in the light and the dark theme (and the locked card in high
//      contrast) go to test-artifacts/dashboard/.
// The page must load with no Content-Security-Policy violation. Every wait is bounded.
// Ports and folders are this script's own (a fresh temporary folder, free ports).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createHarness } from './harness.mjs';

const root = resolve(import.meta.dirname, '..', '..', '..');
const cache = join(root, '.cache', 'real-editor');
const artifacts = join(root, 'test-artifacts', 'dashboard');
const fixture = join(import.meta.dirname, 'fixture-extension');
const CHROMIUM = process.env.CONSENTRY_E2E_CHROMIUM ?? '/usr/bin/chromium';
const RUN_TIMEOUT_MS = 8 * 60_000;
const LOCKED_BY = 'Example Corp IT';

const require = createRequire(join(cache, 'package.json'));
const { cleanups, run, waitFor, freePort, check, readJsonl, startProcess, screenshot, statusItem, runCommand, toast, armWatchdog, runToEnd } = createHarness('dashboard-editor', artifacts, { selector: '.monaco-workbench .part.statusbar', position: { x: 5, y: 5 } });

/** The dashboard's page: VS Code puts a webview's content in an iframe inside an iframe. */
function dashboard(page) {
  return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}

async function setTheme(page, theme) {
  await runCommand(page, 'Preferences: Color Theme');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.fill(theme);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: theme }).first();
  await row.waitFor({ state: 'visible', timeout: 15_000 });
  await page.keyboard.press('Enter');
  await sleep(1_000);
}

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
  const work = mkdtempSync(join(tmpdir(), 'consentry-dashboard-'));
  cleanups.push(() => rmSync(work, { recursive: true, force: true }));
  const dirs = Object.fromEntries(
    ['home', 'user-data', 'extensions', 'workspace', 'consentry-home', 'vsix', 'etc'].map((name) => {
      const dir = join(work, name);
      mkdirSync(dir, { recursive: true });
      return [name, dir];
    }),
  );
  const received = join(work, 'received.jsonl');
  const policyFile = join(dirs.etc, 'policy.json');
  const python = process.env.CONSENTRY_E2E_PYTHON ?? (existsSync(join(root, '.venv', 'bin', 'python')) ? join(root, '.venv', 'bin', 'python') : 'python3');

  let vsix;
  await check('the .vsix holds the dashboard page and the server with truststore', () => {
    // CONSENTRY_E2E_REUSE_VSIX=1 (after real-editor.mjs in `npm run test:editor`) reuses
    // the .vsix just built, CONSENTRY_E2E_VSIX names one; packaging takes minutes. Its
    // contents are checked all the same.
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const built = join(root, `${manifest.name}-${manifest.version}.vsix`);
    if (process.env.CONSENTRY_E2E_VSIX) {
      vsix = resolve(process.env.CONSENTRY_E2E_VSIX);
    } else if (process.env.CONSENTRY_E2E_REUSE_VSIX === '1' && existsSync(built)) {
      vsix = built;
    } else {
      run('npm', ['run', '--silent', 'package'], { timeout: 20 * 60_000 });
      vsix = built;
    }
    const listing = run('unzip', ['-Z1', vsix], { maxBuffer: 256 * 1024 * 1024 });
    for (const needed of ['extension/dist/extension.js', 'extension/dist/dashboard.js', 'extension/bundled/libs/truststore/']) {
      if (!listing.includes(needed)) {
        throw new Error(`${needed} is not in ${vsix}`);
      }
    }
    return vsix;
  });

  const helperVsix = join(dirs.vsix, 'consentry-e2e-helper.vsix');
  await check('the helper extension packages', () => {
    run(join(root, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', '--skip-license', '--out', helperVsix], { cwd: fixture });
    return helperVsix;
  });

  const sink = startProcess(python, ['-m', 'consentry', 'sink', '--port', '0', '--out', received], { cwd: work });
  const sinkUrl = await waitFor('the sink to print its address', 30_000, () => /http:\/\/127\.0\.0\.1:\d+/.exec(sink.output())?.[0]);

  const env = {
    HOME: dirs.home,
    XDG_CONFIG_HOME: join(dirs.home, '.config'),
    XDG_DATA_HOME: join(dirs.home, '.local', 'share'),
    XDG_CACHE_HOME: join(dirs.home, '.cache'),
    TMPDIR: work,
    LANG: 'C.UTF-8',
    PATH: [dirname(python), dirname(process.execPath), '/usr/local/bin', '/usr/bin', '/bin'].join(':'),
    VSCODE_CLI: '1',
    CONSENTRY_HOME: dirs['consentry-home'],
    CONSENTRY_POSTHOG_HOST: sinkUrl,
    CONSENTRY_POSTHOG_API_KEY: 'phc_test',
    // The machine's policy file, absent at first; the administrator writes it later.
    CONSENTRY_POLICY_FILE: policyFile,
  };
  const codeServer = join(cache, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  await check('both extensions install into code-server', () => {
    run(process.execPath, [codeServer, '--extensions-dir', dirs.extensions, '--user-data-dir', dirs['user-data'], '--install-extension', vsix, '--install-extension', helperVsix], {
      env,
      timeout: 3 * 60_000,
    });
    return 'consentry.consentry, consentry-test.consentry-e2e-helper';
  });

  mkdirSync(join(dirs['user-data'], 'User'), { recursive: true });
  writeFileSync(
    join(dirs['user-data'], 'User', 'settings.json'),
    `${JSON.stringify(
      {
        'security.workspace.trust.enabled': false,
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'extensions.ignoreRecommendations': true,
        'update.mode': 'none',
        'telemetry.telemetryLevel': 'all',
        'consentry.telemetry.enabled': true,
        'workbench.colorTheme': 'Default Light Modern',
      },
      null,
      2,
    )}\n`,
  );
  writeFileSync(join(dirs.workspace, 'README.md'), '# A project\n');
  const port = await freePort();
  startProcess(
    process.execPath,
    [codeServer, '--extensions-dir', dirs.extensions, '--user-data-dir', dirs['user-data'], '--auth', 'none', '--bind-addr', `127.0.0.1:${String(port)}`,
      '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', dirs.workspace],
    { cwd: work, env },
  );
  await waitFor('code-server to listen', 60_000, async () => (await fetch(`http://127.0.0.1:${String(port)}/healthz`)).ok);

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    env: { HOME: dirs.home, XDG_CONFIG_HOME: env.XDG_CONFIG_HOME, XDG_CACHE_HOME: env.XDG_CACHE_HOME, PATH: env.PATH },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    timeout: 60_000,
  });
  cleanups.unshift(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.setDefaultTimeout(30_000);
  const cspViolations = [];
  page.on('console', (message) => {
    const text = message.text();
    if (/Content[- ]Security[- ]Policy/i.test(text) && /dashboard|vscode-elements|nonce/i.test(text)) {
      cspViolations.push(text);
    }
  });

  await check('the status bar says "Telemetry: On" (granted in the user settings)', async () => {
    await page.goto(`http://127.0.0.1:${String(port)}/?folder=${encodeURIComponent(dirs.workspace)}`, { timeout: 60_000 });
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    await statusItem(page, 'Telemetry: On').first().waitFor({ state: 'visible', timeout: 90_000 });
    return 'on';
  });

  await check('events sent while on arrive at the endpoint', async () => {
    await runCommand(page, 'Consentry Test: Send Events');
    await toast(page, 'handed over 4 events (round 1)').waitFor({ state: 'visible', timeout: 30_000 });
    const events = await waitFor('4 events at the endpoint', 60_000, () => (readJsonl(received).length >= 4 ? readJsonl(received) : undefined));
    return `${String(events.length)} events`;
  });

  await check('the quick pick opens the dashboard: state, who decided, catalog, sent events', async () => {
    await statusItem(page, 'Telemetry: On').first().click();
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Open Privacy Dashboard' }).first();
    await row.waitFor({ state: 'visible', timeout: 15_000 });
    await row.click();
    const view = dashboard(page);
    const card = view.locator('section.product[data-product="default"]');
    await card.waitFor({ state: 'visible', timeout: 30_000 });
    await waitFor('the card to show the product on and 4 sent', 30_000, async () => {
      const text = await card.innerText();
      return /\bon\b/.test(text) && text.includes('decided by') && text.includes('Sent: 4') ? text : undefined;
    });
    const catalog = await view.locator('#catalog-heading').innerText();
    const never = await view.locator('vscode-collapsible[heading="Never collected"]').innerText();
    if (!never.trim()) {
      throw new Error('the "Never collected" list is empty');
    }
    const chartDays = await view.locator('section.product[data-product="default"] table.sr-only tr').count();
    if (chartDays < 2) {
      throw new Error('the chart has no days');
    }
    await screenshot(page, '01-dashboard-on-light.png');
    await setTheme(page, 'Dark Modern');
    await screenshot(page, '02-dashboard-on-dark.png');
    return `${catalog}; chart of ${String(chartDays - 1)} days`;
  });

  await check('the toggle (by keyboard) turns the product off; the status bar follows', async () => {
    const toggle = dashboard(page).locator('section.product[data-product="default"] vscode-checkbox[data-testid="toggle"]');
    await toggle.focus();
    await page.keyboard.press('Space');
    await statusItem(page, 'Telemetry: Off').first().waitFor({ state: 'visible', timeout: 30_000 });
    const settings = readFileSync(join(dirs['user-data'], 'User', 'settings.json'), 'utf8');
    if (!/"consentry\.telemetry\.enabled":\s*false/.test(settings)) {
      throw new Error(`the setting was not written:\n${settings}`);
    }
    await waitFor('the card to say off', 15_000, async () => /\boff\b/.test(await dashboard(page).locator('section.product[data-product="default"] [data-testid="state"]').innerText()));
    await screenshot(page, '03-dashboard-off-dark.png');
    return 'consentry.telemetry.enabled: false';
  });

  await check('after turning it off, nothing more arrives at the endpoint', async () => {
    const before = readJsonl(received).length;
    await runCommand(page, 'Consentry Test: Send Events');
    await toast(page, 'handed over 4 events (round 2)').waitFor({ state: 'visible', timeout: 30_000 });
    await runCommand(page, 'Consentry: Open Privacy Dashboard');
    await waitFor('the dashboard to list dropped events', 30_000, async () =>
      (await dashboard(page).locator('section.product[data-product="default"]').innerText()).includes('dropped'),
    );
    await sleep(3_000);
    const after = readJsonl(received);
    if (after.length !== before || after.some((event) => event.properties?.feature === 'e2e_round_2')) {
      throw new Error(`${String(after.length - before)} event(s) arrived after the product was turned off`);
    }
    return `still ${String(after.length)} events at the endpoint`;
  });

  await check(`a policy file locks it; the dashboard names ${LOCKED_BY} and disables the toggle`, async () => {
    writeFileSync(policyFile, JSON.stringify({ telemetry: 'off', by: LOCKED_BY }));
    const locked = dashboard(page).locator('section.product[data-product="default"] [data-testid="locked"]');
    await locked.waitFor({ state: 'visible', timeout: 30_000 });
    const text = await locked.innerText();
    if (!text.includes(LOCKED_BY)) {
      throw new Error(`the lock does not say who: ${text}`);
    }
    const disabled = await dashboard(page)
      .locator('section.product[data-product="default"] vscode-checkbox[data-testid="toggle"]')
      .evaluate((node) => node.disabled === true);
    if (!disabled) {
      throw new Error('the toggle is not disabled under the policy');
    }
    await statusItem(page, 'Telemetry: Off').first().waitFor({ state: 'visible', timeout: 15_000 });
    const tooltip = await statusItem(page, 'Telemetry: Off').first().locator('a, [aria-label]').first().getAttribute('aria-label');
    await screenshot(page, '04-dashboard-locked-dark.png');
    await setTheme(page, 'Light Modern');
    await screenshot(page, '05-dashboard-locked-light.png');
    await setTheme(page, 'Dark High Contrast');
    await screenshot(page, '06-dashboard-locked-high-contrast.png');
    return `${text}; status bar: ${JSON.stringify(tooltip)}`;
  });

  await check('the dashboard page loaded with no Content-Security-Policy violation', () => {
    if (cspViolations.length > 0) {
      throw new Error(cspViolations.join('\n'));
    }
    return 'none';
  });
}

armWatchdog(RUN_TIMEOUT_MS);
await runToEnd(main);
