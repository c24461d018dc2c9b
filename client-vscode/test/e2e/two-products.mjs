// Two AI assistants in a real VS Code: `npm run test:editor` (after `bash scripts/install-real-editor`).
//
// Builds the Consentry extension (the hub), the library's npm package and the two example
// products (Acme Assistant embeds the library and bundles its own server; Beta Coder
// registers with the hub), installs all three into code-server, gives each product its own
// capture endpoint on 127.0.0.1 (in its installed profile), and shows with screenshots:
//   1. each prompt names its product;
//   2. Allow in one leaves the other undecided;
//   3. each product's events reach only its own endpoint, with different anonymous ids and
//      its own version;
//   4. VS Code's telemetry level off stops both;
//   5. in a second window on a repository whose .vscode/settings.json says `true` for one
//      product and `false` for the other: `true` grants nothing, `false` denies there.
// Screenshots go to test-artifacts/two-products/. Every wait is bounded; the whole run is
// bounded by RUN_TIMEOUT_MS.
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createHarness } from './harness.mjs';

const root = resolve(import.meta.dirname, '..', '..', '..');
const cache = join(root, '.cache', 'real-editor');
const artifacts = join(root, 'test-artifacts', 'two-products');
const CHROMIUM = process.env.CONSENTRY_E2E_CHROMIUM ?? '/usr/bin/chromium';
const RUN_TIMEOUT_MS = 10 * 60_000;

const require = createRequire(join(cache, 'package.json'));

// ----- small helpers --------------------------------------------------------------------

const { cleanups, log, run, waitFor, freePort, check, readJsonl, startProcess, screenshot, statusItem, waitForStatus, runCommand, toast, armWatchdog, runToEnd } = createHarness('two-products', artifacts);

// ----- the run --------------------------------------------------------------------------

const ACME = { id: 'acme.acme-assistant', name: 'Acme Assistant', version: '1.2.3', key: 'phc_acme_test', features: /^acme_round_/ };
const BETA = { id: 'beta.beta-coder', name: 'Beta Coder', version: '0.9.0', key: 'phc_beta_test', features: /^beta_round_/ };

/** Points an installed product's profile at its own endpoint and key. */
function pointProfile(extensionsDir, folderPrefix, file, host, key) {
  const [folder] = readdirSync(extensionsDir).filter((name) => name.startsWith(folderPrefix));
  if (folder === undefined) {
    throw new Error(`no ${folderPrefix}* in ${extensionsDir}`);
  }
  const profile = join(extensionsDir, folder, 'telemetry', file);
  const text = readFileSync(profile, 'utf8')
    .replace(/^posthog_host = .*$/m, `posthog_host = "${host}"`)
    .replace(/^posthog_api_key = .*$/m, `posthog_api_key = "${key}"`);
  writeFileSync(profile, text);
  return profile;
}

async function tooltipOf(page, text) {
  return statusItem(page, text).first().locator('a, [aria-label]').first().getAttribute('aria-label');
}

/** Checks that every event at an endpoint is the product's own. */
function ownEventsOnly(events, product, other) {
  if (events.length === 0) {
    throw new Error(`no event of ${product.name} arrived`);
  }
  for (const event of events) {
    const props = event.properties ?? {};
    if (props.extension_version !== product.version) {
      throw new Error(`${product.name}'s endpoint got extension_version ${String(props.extension_version)}: ${JSON.stringify(event)}`);
    }
    if (typeof props.feature === 'string' && other.features.test(props.feature)) {
      throw new Error(`${product.name}'s endpoint got ${other.name}'s event: ${JSON.stringify(event)}`);
    }
    if (!/^[0-9a-f-]{36}$/.test(String(event.distinct_id))) {
      throw new Error(`not an anonymous id: ${String(event.distinct_id)}`);
    }
  }
  return new Set(events.map((event) => event.distinct_id));
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
  const work = mkdtempSync(join(tmpdir(), 'consentry-two-products-'));
  cleanups.push(() => rmSync(work, { recursive: true, force: true }));
  const dirs = Object.fromEntries(
    ['home', 'user-data', 'user-data-2', 'extensions', 'workspace', 'workspace-2', 'consentry-home'].map((name) => {
      const dir = join(work, name);
      mkdirSync(dir, { recursive: true });
      return [name, dir];
    }),
  );
  const repoPython = process.env.CONSENTRY_E2E_PYTHON ?? (existsSync(join(root, '.venv', 'bin', 'python')) ? join(root, '.venv', 'bin', 'python') : 'python3');

  const vsixes = {};
  await check('the hub, the library package and both examples build', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    vsixes.consentry = join(root, `${manifest.name}-${manifest.version}.vsix`);
    // `npm run test:editor` runs real-editor.mjs first, which has just packaged the hub.
    if (process.env.CONSENTRY_E2E_REUSE_VSIX !== '1' || !existsSync(vsixes.consentry)) {
      run('npm', ['run', '--silent', 'package'], { timeout: 15 * 60_000 });
    }
    run('npm', ['run', '--silent', 'build:library'], { timeout: 5 * 60_000 });
    run('npm', ['run', '--silent', 'build:examples'], { timeout: 15 * 60_000 });
    vsixes.acme = join(root, 'examples', 'acme-assistant', `acme-assistant-${ACME.version}.vsix`);
    vsixes.beta = join(root, 'examples', 'beta-coder', `beta-coder-${BETA.version}.vsix`);
    for (const file of Object.values(vsixes)) {
      if (!existsSync(file)) {
        throw new Error(`${file} was not built`);
      }
    }
    return Object.values(vsixes).join(', ');
  });

  // Armed once the builds are done (each bounded on its own); it bounds the editor part.
  armWatchdog(RUN_TIMEOUT_MS);
  // A Python with nothing installed: only the libraries each .vsix bundles run a server.
  const bare = join(work, 'bare-python');
  run(repoPython, ['-m', 'venv', '--without-pip', bare]);

  const sinkA = startProcess(repoPython, ['-m', 'consentry', 'sink', '--port', '0', '--out', join(work, 'acme.jsonl')], { cwd: work });
  const sinkB = startProcess(repoPython, ['-m', 'consentry', 'sink', '--port', '0', '--out', join(work, 'beta.jsonl')], { cwd: work });
  const urls = {};
  await check('each product gets its own capture endpoint on 127.0.0.1', async () => {
    urls.acme = await waitFor('the Acme sink', 30_000, () => /http:\/\/127\.0\.0\.1:\d+/.exec(sinkA.output())?.[0]);
    urls.beta = await waitFor('the Beta sink', 30_000, () => /http:\/\/127\.0\.0\.1:\d+/.exec(sinkB.output())?.[0]);
    return `Acme Assistant → ${urls.acme}, Beta Coder → ${urls.beta}`;
  });
  const received = { acme: () => readJsonl(join(work, 'acme.jsonl')), beta: () => readJsonl(join(work, 'beta.jsonl')) };

  const nodeBin = dirname(process.execPath);
  // No CONSENTRY_POSTHOG_HOST: each product's destination is its own profile's.
  const env = {
    HOME: dirs.home,
    XDG_CONFIG_HOME: join(dirs.home, '.config'),
    XDG_DATA_HOME: join(dirs.home, '.local', 'share'),
    XDG_CACHE_HOME: join(dirs.home, '.cache'),
    TMPDIR: work,
    LANG: 'C.UTF-8',
    PATH: [join(bare, 'bin'), nodeBin, '/usr/local/bin', '/usr/bin', '/bin'].join(':'),
    VSCODE_CLI: '1',
    CONSENTRY_HOME: dirs['consentry-home'],
  };
  const codeServer = join(cache, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

  await check('the three extensions install into code-server; each product points at its endpoint', () => {
    const common = ['--extensions-dir', dirs.extensions, '--user-data-dir', dirs['user-data']];
    run(process.execPath, [codeServer, ...common, ...Object.values(vsixes).flatMap((file) => ['--install-extension', file])], {
      env,
      timeout: 3 * 60_000,
    });
    const installed = run(process.execPath, [codeServer, ...common, '--list-extensions', '--show-versions'], { env, timeout: 60_000 });
    for (const id of ['consentry.consentry@', `${ACME.id}@${ACME.version}`, `${BETA.id}@${BETA.version}`]) {
      if (!installed.includes(id)) {
        throw new Error(`${id} is not installed:\n${installed}`);
      }
    }
    pointProfile(dirs.extensions, `${ACME.id}-`, 'acme.toml', urls.acme, ACME.key);
    pointProfile(dirs.extensions, `${BETA.id}-`, 'beta.toml', urls.beta, BETA.key);
    return installed.trim().split('\n').join(', ');
  });

  writeFileSync(join(dirs.workspace, 'README.md'), '# A project\n');
  mkdirSync(join(dirs['workspace-2'], '.vscode'), { recursive: true });
  writeFileSync(join(dirs['workspace-2'], 'README.md'), '# A repository that would decide for its visitors\n');
  writeFileSync(
    join(dirs['workspace-2'], '.vscode', 'settings.json'),
    `${JSON.stringify({ 'acme.telemetry.enabled': true, 'beta.telemetry.enabled': false }, null, 2)}\n`,
  );

  const startEditor = async (userData, workspace, userSettings) => {
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
          // The hub's own default product is nobody's here: decided off, so only the two
          // products ask.
          'consentry.telemetry.enabled': false,
          ...userSettings,
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
        workspace,
      ],
      { cwd: work, env },
    );
    await waitFor('code-server to listen', 60_000, async () => {
      const response = await fetch(`http://127.0.0.1:${String(port)}/healthz`);
      return response.ok;
    });
    return { port, server, userData, url: `http://127.0.0.1:${String(port)}/?folder=${encodeURIComponent(workspace)}` };
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

  let editor = await startEditor(dirs['user-data'], dirs.workspace, {});
  let page = await newPage();
  try {
    await check('each prompt names its product; the status bar shows Acme\'s item and the hub\'s summary', async () => {
      await page.goto(editor.url, { timeout: 60_000 });
      await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
      await waitForStatus(page, 'AI telemetry: 1 ask', 90_000);
      await waitForStatus(page, 'Telemetry: Ask', 60_000);
      const texts = [];
      for (const product of [ACME, BETA]) {
        const prompt = toast(page, `Help improve ${product.name}?`);
        await prompt.waitFor({ state: 'visible', timeout: 60_000 });
        texts.push((await prompt.innerText()).replace(/\s+/g, ' '));
      }
      await screenshot(page, '01-two-prompts.png');
      const acmeTooltip = await tooltipOf(page, 'Telemetry: Ask');
      if (!acmeTooltip?.includes(ACME.name)) {
        throw new Error(`Acme's tooltip does not name it: ${String(acmeTooltip)}`);
      }
      const hubTooltip = await tooltipOf(page, 'AI telemetry:');
      if (!hubTooltip?.includes(BETA.name)) {
        throw new Error(`the hub's tooltip does not name Beta Coder: ${String(hubTooltip)}`);
      }
      return `${texts.join(' | ')} | ${acmeTooltip} | ${hubTooltip}`;
    });

    await check('Allow in Acme Assistant leaves Beta Coder undecided', async () => {
      await toast(page, `Help improve ${ACME.name}?`).getByRole('button', { name: 'Allow', exact: true }).click();
      await waitForStatus(page, 'Telemetry: On', 30_000);
      await sleep(1_500);
      await waitForStatus(page, 'AI telemetry: 1 ask', 5_000);
      const settings = readFileSync(join(dirs['user-data'], 'User', 'settings.json'), 'utf8');
      if (!/"acme\.telemetry\.enabled":\s*true/.test(settings) || settings.includes('beta.telemetry.enabled')) {
        throw new Error(`unexpected user settings:\n${settings}`);
      }
      await screenshot(page, '02-acme-allowed-beta-asks.png');
      return 'acme.telemetry.enabled: true; beta.telemetry.enabled unset; hub: "AI telemetry: 1 ask"';
    });

    await check('Allow in Beta Coder turns the hub\'s summary "1 on"', async () => {
      await toast(page, `Help improve ${BETA.name}?`).getByRole('button', { name: 'Allow', exact: true }).click();
      await waitForStatus(page, 'AI telemetry: 1 on', 30_000);
      return (await tooltipOf(page, 'AI telemetry: 1 on')) ?? '';
    });

    await check("each product's events reach only its own endpoint, with its own anonymous id and version", async () => {
      await runCommand(page, 'Acme Assistant: Send Sample Events');
      await toast(page, 'Acme Assistant: handed over 3 events (round 1)').waitFor({ state: 'visible', timeout: 30_000 });
      await runCommand(page, 'Beta Coder: Send Sample Events');
      await toast(page, 'Beta Coder: handed over 3 events (round 1)').waitFor({ state: 'visible', timeout: 30_000 });
      const acme = await waitFor("Acme's 3 events", 60_000, () => (received.acme().length >= 3 ? received.acme() : undefined));
      const beta = await waitFor("Beta's 3 events", 60_000, () => (received.beta().length >= 3 ? received.beta() : undefined));
      const acmeIds = ownEventsOnly(acme, ACME, BETA);
      const betaIds = ownEventsOnly(beta, BETA, ACME);
      if ([...acmeIds].some((id) => betaIds.has(id)) || acmeIds.size !== 1 || betaIds.size !== 1) {
        throw new Error(`anonymous ids: Acme ${JSON.stringify([...acmeIds])}, Beta ${JSON.stringify([...betaIds])}`);
      }
      await runCommand(page, 'Acme Assistant: Show What Telemetry Collects');
      await page.locator('.tab', { hasText: 'What Is Collected.json' }).first().waitFor({ state: 'visible', timeout: 30_000 });
      await screenshot(page, '03-events-at-own-endpoints.png');
      return `Acme: ${String(acme.length)} events, id ${[...acmeIds][0]}, version ${ACME.version}; Beta: ${String(beta.length)} events, id ${[...betaIds][0]}, version ${BETA.version}`;
    });

    await check('the hub\'s quick pick lists each product with its state and reason, and the global switch', async () => {
      await page.keyboard.press('Escape');
      await statusItem(page, 'AI telemetry:').first().click();
      const rows = page.locator('.quick-input-list .monaco-list-row');
      await rows.first().waitFor({ state: 'visible', timeout: 15_000 });
      const labels = (await rows.allInnerTexts()).map((label) => label.replace(/\s+/g, ' ').trim());
      if (!labels.some((label) => label.includes(BETA.name) && label.includes('on'))) {
        throw new Error(`no Beta Coder entry: ${JSON.stringify(labels)}`);
      }
      if (!labels.some((label) => label.includes('Turn off all AI telemetry'))) {
        throw new Error(`no global switch: ${JSON.stringify(labels)}`);
      }
      await screenshot(page, '04-hub-quick-pick.png');
      await page.keyboard.press('Escape');
      return labels.slice(0, 3).join(' | ');
    });

    await check("VS Code's telemetry level off stops both products", async () => {
      const before = { acme: received.acme().length, beta: received.beta().length };
      await runCommand(page, 'Preferences: Open User Settings');
      const search = page.locator('.settings-editor .suggest-input-container .monaco-editor').first();
      await search.waitFor({ state: 'visible', timeout: 30_000 });
      await search.click();
      await page.keyboard.type('telemetry.telemetryLevel');
      const row = page.locator('.settings-editor .setting-item-enum', { hasText: 'Telemetry Level' }).first();
      await row.waitFor({ state: 'visible', timeout: 30_000 });
      await row.locator('select').first().selectOption('off');
      await waitForStatus(page, 'Telemetry: Off', 30_000);
      await waitForStatus(page, 'AI telemetry: 1 off', 30_000);
      await runCommand(page, 'Acme Assistant: Send Sample Events');
      await toast(page, 'Acme Assistant: handed over 3 events (round 2)').waitFor({ state: 'visible', timeout: 30_000 });
      await runCommand(page, 'Beta Coder: Send Sample Events');
      await toast(page, 'Beta Coder: handed over 3 events (round 2)').waitFor({ state: 'visible', timeout: 30_000 });
      await sleep(5_000);
      const after = { acme: received.acme().length, beta: received.beta().length };
      if (after.acme !== before.acme || after.beta !== before.beta) {
        throw new Error(`events arrived after telemetry was turned off: ${JSON.stringify({ before, after })}`);
      }
      await screenshot(page, '05-level-off-both-off.png');
      return `Acme "${String(await tooltipOf(page, 'Telemetry: Off'))}"; hub "${String(await tooltipOf(page, 'AI telemetry: 1 off'))}"`;
    });

    // A second window, on a repository that tries to decide: its .vscode/settings.json says
    // `true` for Acme (the person never chose) and `false` for Beta (the person allowed it).
    await page.close();
    await editor.server.stop();
    editor = await startEditor(dirs['user-data-2'], dirs['workspace-2'], { 'beta.telemetry.enabled': true });
    page = await newPage();

    await check("a workspace's true grants nothing, its false denies that workspace", async () => {
      const before = { acme: received.acme().length, beta: received.beta().length };
      await page.goto(editor.url, { timeout: 60_000 });
      await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
      await waitForStatus(page, 'Telemetry: Ask', 90_000);
      await waitForStatus(page, 'AI telemetry: 1 off', 60_000);
      await toast(page, `Help improve ${ACME.name}?`).waitFor({ state: 'visible', timeout: 30_000 });
      const betaTooltip = await tooltipOf(page, 'AI telemetry: 1 off');
      await runCommand(page, 'Acme Assistant: Send Sample Events');
      await toast(page, 'Acme Assistant: handed over 3 events (round 1)').waitFor({ state: 'visible', timeout: 30_000 });
      await runCommand(page, 'Beta Coder: Send Sample Events');
      await toast(page, 'Beta Coder: handed over 3 events (round 1)').waitFor({ state: 'visible', timeout: 30_000 });
      await sleep(5_000);
      const after = { acme: received.acme().length, beta: received.beta().length };
      if (after.acme !== before.acme || after.beta !== before.beta) {
        throw new Error(`the workspace decided: ${JSON.stringify({ before, after })}`);
      }
      await screenshot(page, '06-workspace-true-asks-false-denies.png');
      return `Acme still asks (workspace true ignored); Beta: ${String(betaTooltip)}`;
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
    for (const name of ['acme', 'beta']) {
      const file = join(work, `${name}.jsonl`);
      if (existsSync(file)) {
        copyFileSync(file, join(artifacts, `received-${name}.jsonl`));
      }
    }
  }
}
await runToEnd(main);
