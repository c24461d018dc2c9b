// Builds the two example products into .vsix files, offline (`npm run build:examples`,
// after `npm run build:library`):
//   examples/acme-assistant: embeds the library; its server is put into bundled/libs by
//     the package's own `consentry-bundle-server`;
//   examples/beta-coder: registers with the shared Consentry extension (the hub).
// Each is installed from the library's npm pack tarball (as a product would), typechecked
// with tsc, bundled with esbuild and packaged with the pinned @vscode/vsce 3.9.2, to
// examples/<name>/<name>-<version>.vsix.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { buildPython, root, run } from './tools.mjs';

const bin = (name) => join(root, 'node_modules', '.bin', name);

const only = process.argv.slice(2);
for (const name of ['acme-assistant', 'beta-coder']) {
  if (only.length > 0 && !only.includes(name)) {
    continue;
  }
  const dir = join(root, 'examples', name);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const tarball = resolve(dir, manifest.devDependencies['@consentry/vscode'].replace(/^file:/, ''));
  if (!existsSync(tarball)) {
    throw new Error(`${tarball} is missing: run npm run build:library first`);
  }
  // The tarball's dependencies (the anonymizer's word lists) come from npm's cache, which
  // the install step fills (scripts/check), so this needs no network. npm keeps an
  // installed copy of the same version, so the previous build's is removed first.
  rmSync(join(dir, 'node_modules', '@consentry'), { recursive: true, force: true });
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'], { cwd: dir });
  run(bin('tsc'), ['-p', 'tsconfig.json'], { cwd: dir });
  await esbuild.build({
    entryPoints: [join(dir, 'src', 'extension.ts')],
    outfile: join(dir, 'dist', 'extension.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external: ['vscode'],
    logLevel: 'warning',
  });
  if (name === 'acme-assistant') {
    run('node', [join(dir, 'node_modules', '@consentry', 'vscode', 'bin', 'bundle-server.mjs'), dir, '--python', buildPython()], { cwd: dir });
  }
  const vsix = join(dir, `${manifest.name}-${manifest.version}.vsix`);
  // vsce's secret scan reads every file: over the ~4,700 files of the bundled Python
  // libraries (third-party wheels) it ran for more than five minutes on this machine.
  // The extension's own files are this repository's, checked by its own tests.
  run(bin('vsce'), ['package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--allow-package-all-secrets', '--allow-package-env-file', '--out', vsix], { cwd: dir });
  console.log(`Built ${vsix}`);
}
