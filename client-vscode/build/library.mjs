// Builds the npm package a product embeds (`npm run build:library`):
//   1. client-vscode/package/dist/index.js: the library (src/library.ts) bundled with its
//      dependencies by esbuild, `vscode` left to the editor;
//   2. client-vscode/package/dist/types/*.d.ts: its typed exports (tsc);
//   3. client-vscode/package/python/: the server as a wheel (bin/bundle-server.mjs puts it
//      into the product's bundled/libs);
//   4. dist/consentry-vscode-<version>.tgz: `npm pack` of the folder.
// The Python used to build the wheel: $CONSENTRY_PACKAGE_PYTHON, else .venv/bin/python,
// else python3.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';

const root = resolve(import.meta.dirname, '..', '..');
const pkg = join(root, 'client-vscode', 'package');
const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));

function run(command, args, options = {}) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', timeout: 10 * 60_000, ...options });
  if (result.status !== 0) {
    throw new Error(`${command} failed (${result.error?.message ?? `exit ${String(result.status)}`})`);
  }
}

function python() {
  if (process.env.CONSENTRY_PACKAGE_PYTHON) {
    return process.env.CONSENTRY_PACKAGE_PYTHON;
  }
  const venv = join(root, '.venv', process.platform === 'win32' ? 'Scripts/python.exe' : 'bin/python');
  return existsSync(venv) ? venv : 'python3';
}

rmSync(join(pkg, 'dist'), { recursive: true, force: true });
rmSync(join(pkg, 'python'), { recursive: true, force: true });
await esbuild.build({
  entryPoints: [join(root, 'client-vscode', 'src', 'library.ts')],
  outfile: join(pkg, 'dist', 'index.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  external: ['vscode'],
  mainFields: ['module', 'main'],
  sourcemap: true,
  logLevel: 'warning',
});
run(join(root, 'node_modules', '.bin', 'tsc'), ['-p', join('client-vscode', 'build', 'tsconfig.library.json')]);
mkdirSync(join(pkg, 'python'), { recursive: true });
run(python(), ['-m', 'pip', 'wheel', '--quiet', '--no-deps', '--disable-pip-version-check', '--wheel-dir', join(pkg, 'python'), '.']);
mkdirSync(join(root, 'dist'), { recursive: true });
run('npm', ['pack', '--silent', '--pack-destination', join(root, 'dist')], { cwd: pkg });
const tarball = join(root, 'dist', `consentry-vscode-${manifest.version}.tgz`);
if (!existsSync(tarball)) {
  throw new Error(`npm pack wrote no ${tarball}`);
}
console.log(`\nBuilt ${tarball}`);
