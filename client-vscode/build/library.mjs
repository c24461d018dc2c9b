// Builds the npm package a product embeds (`npm run build:library`):
//   1. client-vscode/package/dist/index.js: the library (src/library.ts) bundled with its
//      dependencies by esbuild, `vscode` left to the editor;
//   2. client-vscode/package/dist/types/*.d.ts: its typed exports (tsc);
//   3. client-vscode/package/python/: the server as a wheel (bin/bundle-server.mjs puts it
//      into the product's bundled/libs);
//   4. dist/consentry-vscode-<version>.tgz: `npm pack` of the folder.
// The Python used to build the wheel: $CONSENTRY_PACKAGE_PYTHON, else .venv/bin/python,
// else python3.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { buildPython, root, run } from './tools.mjs';

const pkg = join(root, 'client-vscode', 'package');
const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));

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
run(buildPython(), ['-m', 'pip', 'wheel', '--quiet', '--no-deps', '--disable-pip-version-check', '--wheel-dir', join(pkg, 'python'), '.']);
mkdirSync(join(root, 'dist'), { recursive: true });
run('npm', ['pack', '--silent', '--pack-destination', join(root, 'dist')], { cwd: pkg });
const tarball = join(root, 'dist', `consentry-vscode-${manifest.version}.tgz`);
if (!existsSync(tarball)) {
  throw new Error(`npm pack wrote no ${tarball}`);
}
console.log(`\nBuilt ${tarball}`);
