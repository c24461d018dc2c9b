// What the real-editor tests share: bounded waits, named checks that count in the closing
// line, processes killed at the end, screenshots, and the few ways a test drives VS Code
// (status bar items, the command palette, notification toasts). Each test script makes
// one harness: `const h = createHarness('two-products', artifactsFolder)`, and ends with
// `await h.runToEnd(main)`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const root = resolve(import.meta.dirname, '..', '..', '..');

/**
 * A harness for one test script. `focusOn` is where `runCommand` clicks before F1 (the
 * workbench's middle by default).
 */
export function createHarness(label, artifacts, focusOn = { selector: '.monaco-workbench', position: { x: 600, y: 300 } }) {
  const results = [];
  const cleanups = [];
  let stepNumber = 0;

  function log(message) {
    console.log(`[${label} ${new Date().toISOString().slice(11, 19)}] ${message}`);
  }

  /** Runs a command to completion (bounded); throws with its output on failure. */
  function run(command, args, options = {}) {
    const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', timeout: 5 * 60_000, ...options });
    if (result.status !== 0) {
      throw new Error(`${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${String(result.status)}`}):\n${result.stdout ?? ''}${result.stderr ?? ''}`);
    }
    return result.stdout;
  }

  /** Polls `probe` until it returns a truthy value or `ms` pass; throws `what` on timeout. */
  async function waitFor(what, ms, probe, intervalMs = 250) {
    const deadline = Date.now() + ms;
    let lastError;
    for (let attempt = 0; Date.now() < deadline && attempt < 100_000; attempt += 1) {
      try {
        const value = await probe();
        if (value) {
          return value;
        }
      } catch (error) {
        lastError = error;
      }
      await sleep(intervalMs);
    }
    throw new Error(`timed out after ${String(ms / 1000)} s waiting for ${what}${lastError ? ` (last error: ${lastError.message})` : ''}`);
  }

  function freePort() {
    return new Promise((resolvePort, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.address();
        server.close(() => resolvePort(port));
      });
    });
  }

  /** A named check: its result counts in the closing line. */
  async function check(name, body) {
    stepNumber += 1;
    const started = Date.now();
    try {
      const detail = await body();
      results.push({ name, ok: true });
      log(`ok ${String(stepNumber)} - ${name} (${String(Date.now() - started)} ms)${detail ? `: ${detail}` : ''}`);
    } catch (error) {
      results.push({ name, ok: false });
      log(`not ok ${String(stepNumber)} - ${name}: ${error.stack ?? error}`);
      throw error;
    }
  }

  function readJsonl(file) {
    if (!existsSync(file)) {
      return [];
    }
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line));
  }

  /** Starts a long-running process in its own process group; killed at the end. */
  function startProcess(command, args, options) {
    const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const append = (chunk) => {
      output = (output + chunk.toString()).slice(-200_000);
    };
    child.stdout.on('data', append);
    child.stderr.on('data', append);
    const stop = async () => {
      if (child.exitCode !== null || child.signalCode !== null) {
        return;
      }
      const exited = new Promise((done) => child.once('exit', done));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        return;
      }
      const stopped = await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)]);
      if (!stopped) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    };
    cleanups.push(stop);
    return { child, output: () => output, stop };
  }

  async function screenshot(page, name) {
    const file = join(artifacts, name);
    await page.screenshot({ path: file });
    log(`screenshot: ${file}`);
    return file;
  }

  function statusItem(page, text) {
    return page.locator('.statusbar-item', { hasText: text });
  }

  async function waitForStatus(page, text, ms) {
    await statusItem(page, text).first().waitFor({ state: 'visible', timeout: ms });
  }

  /**
   * Runs a command from the palette (F1), by its title. The workbench is clicked first so
   * the palette opens; a page whose middle holds a webview clicks the status bar instead.
   */
  async function runCommand(page, title) {
    const input = page.locator('.quick-input-widget .quick-input-box input');
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      await page.keyboard.press('Escape');
      await page.locator(focusOn.selector).click({ position: focusOn.position }).catch(() => undefined);
      await page.keyboard.press('F1');
      try {
        await input.waitFor({ state: 'visible', timeout: 5_000 });
        break;
      } catch (error) {
        if (attempt === 3) {
          throw error;
        }
      }
    }
    await input.fill(`>${title}`);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    await row.waitFor({ state: 'visible', timeout: 15_000 });
    await row.click();
  }

  function toast(page, text) {
    return page.locator('.notification-toast', { hasText: text }).first();
  }

  let watchdog;

  /** Runs every cleanup (each bounded), newest first where a test put it first. */
  async function cleanUp() {
    for (const cleanup of cleanups.splice(0)) {
      try {
        await Promise.race([cleanup(), sleep(15_000)]);
      } catch (error) {
        log(`cleanup: ${error.message}`);
      }
    }
  }

  /** Bounds the rest of the run: past `ms`, everything is cleaned up and the run fails. */
  function armWatchdog(ms) {
    watchdog = setTimeout(() => {
      log(`the run exceeded ${String(ms / 60_000)} minutes`);
      void cleanUp().finally(() => process.exit(1));
    }, ms);
  }

  /** Runs `main`, cleans up, prints the closing line (`editor: N passed, M failed`) and exits. */
  async function runToEnd(main) {
    const started = Date.now();
    let failed = false;
    try {
      await main();
    } catch (error) {
      failed = true;
      if (!results.some((result) => !result.ok)) {
        log(`error: ${error.stack ?? error}`);
      }
    } finally {
      await cleanUp();
      clearTimeout(watchdog);
    }
    const passed = results.filter((result) => result.ok).length;
    const failedCount = results.length - passed + (failed && results.every((result) => result.ok) ? 1 : 0);
    log(`artifacts in ${artifacts} (${String(Math.round((Date.now() - started) / 1000))} s)`);
    console.log(`editor: ${String(passed)} passed, ${String(failedCount)} failed`);
    process.exit(failedCount === 0 ? 0 : 1);
  }

  return {
    results,
    cleanups,
    log,
    run,
    waitFor,
    freePort,
    check,
    readJsonl,
    startProcess,
    screenshot,
    statusItem,
    waitForStatus,
    runCommand,
    toast,
    armWatchdog,
    runToEnd,
  };
}
