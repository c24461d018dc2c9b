// Bundles the extension (and, with --tests, each client unit test) with esbuild.
//   node esbuild.mjs          -> dist/extension.js, what the .vsix ships
//   node esbuild.mjs --tests  -> out/test/*.test.js, run with `node --test`
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  // `vscode` exists only inside the editor's extension host.
  external: ['vscode'],
  // jsonc-parser's `main` is a UMD build whose dynamic requires a bundle cannot follow;
  // its ES module build bundles cleanly.
  mainFields: ['module', 'main'],
  sourcemap: true,
  logLevel: 'warning',
};

async function buildExtension() {
  await esbuild.build({
    ...common,
    entryPoints: ['client-vscode/src/extension.ts'],
    outfile: 'dist/extension.js',
    minify: process.argv.includes('--minify'),
  });
  // The privacy dashboard's page script: a browser bundle with its components inside,
  // so the webview loads nothing but this one file from the extension.
  await esbuild.build({
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    entryPoints: ['client-vscode/src/dashboard/webview/main.ts'],
    outfile: 'dist/dashboard.js',
    minify: process.argv.includes('--minify'),
    sourcemap: true,
    logLevel: 'warning',
  });
}

async function buildTests() {
  const dir = 'client-vscode/test';
  const entryPoints = readdirSync(dir)
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => join(dir, name));
  if (entryPoints.length === 0) {
    throw new Error(`no tests found in ${dir}`);
  }
  // Stale bundles of deleted tests would still run.
  rmSync('out/test', { recursive: true, force: true });
  await esbuild.build({ ...common, entryPoints, outdir: 'out/test' });
}

await (process.argv.includes('--tests') ? buildTests() : buildExtension());
