#!/usr/bin/env node
// Puts the Consentry server (the wheel in this package's python/ folder) and its
// dependencies into <extension>/bundled/libs, where activateTelemetry() finds them:
//   npx consentry-bundle-server [extension folder, default .] [--python python3]
// Only pure-Python wheels for Python >= 3.11 on any platform are admitted, so one .vsix
// runs everywhere; the dependencies come from PyPI (pip).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const pythonAt = args.indexOf('--python');
const python = pythonAt >= 0 ? args.splice(pythonAt, 2)[1] : process.env.CONSENTRY_PACKAGE_PYTHON || 'python3';
const extension = resolve(args[0] ?? '.');
const here = dirname(fileURLToPath(import.meta.url));
const wheels = join(here, '..', 'python');
const [wheel] = readdirSync(wheels).filter((name) => name.endsWith('.whl'));
if (wheel === undefined) {
  console.error(`consentry-bundle-server: no wheel in ${wheels}`);
  process.exit(1);
}
const libs = join(extension, 'bundled', 'libs');
// Pure Python only, so one .vsix runs everywhere: the rules are the server package's own
// (consentry/bundle.py), run from the wheel itself.
// The anonymizer's word lists are this package's npm dependencies: their node_modules.
const dictionaries = resolve(dirname(createRequire(import.meta.url).resolve('@cspell/dict-npm')), '..', '..');
const result = spawnSync(python, ['-m', 'consentry.bundle', '--target', libs, '--dictionaries', dictionaries, join(wheels, wheel)], {
  stdio: 'inherit',
  timeout: 10 * 60_000,
  env: { ...process.env, PYTHONPATH: join(wheels, wheel) },
});
if (result.status !== 0) {
  console.error(`consentry-bundle-server: ${python} -m consentry.bundle failed (${result.error?.message ?? `exit ${String(result.status)}`})`);
  process.exit(1);
}
console.log(`consentry-bundle-server: ${wheel} and its dependencies in ${libs}`);
