// Builds the .vsix people install: `npm run package`.
//   1. bundled/libs: the server (this repository's Python package) and its dependencies,
//      pure Python for Python ≥ 3.11 on any platform (consentry/bundle.py), so the
//      extension needs nothing but a Python 3.11 on the user's machine (launch.ts puts
//      them on PYTHONPATH);
//   2. the client bundle (esbuild, through vsce's `vscode:prepublish`);
//   3. the .vsix (`@vscode/vsce` 3.x: 4.x needs Node 22), written to the repository root.
// The Python used to build the wheel: $CONSENTRY_PACKAGE_PYTHON, else .venv/bin/python,
// else python3 (it needs pip; the wheels come from PyPI).
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPython, root, run } from './tools.mjs';

const libs = join(root, 'bundled', 'libs');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsix = join(root, `${manifest.name}-${manifest.version}.vsix`);

const py = buildPython();
const wheels = mkdtempSync(join(tmpdir(), 'consentry-wheel-'));
try {
  rmSync(libs, { recursive: true, force: true });
  run(py, ['-m', 'pip', 'wheel', '--quiet', '--no-deps', '--wheel-dir', wheels, '.']);
  const [wheel] = readdirSync(wheels).filter((name) => name.endsWith('.whl'));
  if (wheel === undefined) {
    throw new Error('pip built no wheel');
  }
  // Pure Python only, so the same .vsix runs on every OS and every CPython >= 3.11; the
  // rules (data-only dependencies without theirs, msgpack built pure, no compiled file
  // admitted) are the server package's own: consentry/bundle.py, run from the wheel.
  // The anonymizer's word lists (npm packages) come from this repository's node_modules.
  const dictionaries = join(root, 'node_modules');
  run(py, ['-m', 'consentry.bundle', '--target', libs, '--dictionaries', dictionaries, join(wheels, wheel)], {
    env: { ...process.env, PYTHONPATH: join(wheels, wheel) },
  });
} finally {
  rmSync(wheels, { recursive: true, force: true });
}

// vsce's secret scan reads every file: over the ~4,700 files of the bundled Python
// libraries (third-party wheels) it ran for more than five minutes on this machine. The
// extension's own files are this repository's, checked by its own tests.
run(join(root, 'node_modules', '.bin', 'vsce'), [
  'package', '--no-dependencies', '--skip-license', '--allow-package-all-secrets', '--allow-package-env-file', '--out', vsix,
]);
console.log(`\nBuilt ${vsix}`);
