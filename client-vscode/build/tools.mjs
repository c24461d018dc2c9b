// What the build scripts share: the repository root, a bounded command runner, and the
// Python that builds the server's wheel ($CONSENTRY_PACKAGE_PYTHON, else .venv's, else
// python3; it needs pip, and the wheels come from PyPI).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..', '..');

/** Runs a command to completion (bounded, in `root` unless `options.cwd`); throws on failure. */
export function run(command, args, options = {}) {
  const where = options.cwd !== undefined && options.cwd !== root ? `(${options.cwd}) ` : '';
  console.log(`$ ${where}${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', timeout: 10 * 60_000, ...options });
  if (result.status !== 0) {
    throw new Error(`${command} failed (${result.error?.message ?? `exit ${String(result.status)}`})`);
  }
}

/** The Python that builds the server's wheel. */
export function buildPython() {
  if (process.env.CONSENTRY_PACKAGE_PYTHON) {
    return process.env.CONSENTRY_PACKAGE_PYTHON;
  }
  const venv = join(root, '.venv', process.platform === 'win32' ? 'Scripts/python.exe' : 'bin/python');
  return existsSync(venv) ? venv : 'python3';
}
