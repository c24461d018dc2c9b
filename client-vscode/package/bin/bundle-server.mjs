#!/usr/bin/env node
// Puts the Consentry server (the wheel in this package's python/ folder) and its
// dependencies into <extension>/bundled/libs, where activateTelemetry() finds them:
//   npx consentry-bundle-server [extension folder, default .] [--python python3]
// Only pure-Python wheels for Python >= 3.11 on any platform are admitted, so one .vsix
// runs everywhere; the dependencies come from PyPI (pip).
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
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
rmSync(libs, { recursive: true, force: true });
const install = ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--no-compile', '--target', libs];
const pure = ['--only-binary=:all:', '--platform', 'any', '--implementation', 'py', '--python-version', '3.11'];
let result = spawnSync(python, [...install, ...pure, join(wheels, wheel)], { stdio: 'inherit', timeout: 10 * 60_000 });
if (result.status !== 0) {
  // A dependency without a pure-Python wheel: the libraries are installed for this
  // interpreter's own platform, and the extension then runs only there.
  console.warn(
    "consentry-bundle-server: WARNING: a dependency has no pure-Python wheel; bundling for this interpreter's " +
      'platform only (this OS, CPU and Python version).',
  );
  rmSync(libs, { recursive: true, force: true });
  result = spawnSync(python, [...install, join(wheels, wheel)], { stdio: 'inherit', timeout: 10 * 60_000 });
}
if (result.status !== 0) {
  console.error(`consentry-bundle-server: ${python} -m pip failed (${result.error?.message ?? `exit ${String(result.status)}`})`);
  process.exit(1);
}
// Console scripts are for a normal install; the client runs `python -m consentry`.
rmSync(join(libs, 'bin'), { recursive: true, force: true });
console.log(`consentry-bundle-server: ${wheel} and its dependencies in ${libs}`);
