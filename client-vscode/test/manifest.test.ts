/**
 * `package.json` is where setting defaults are written once; these tests hold the
 * manifest to what the code and the protocol expect.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { Command } from '../src/commands';
import { TURN_OFF_ALL_COMMAND } from '../src/hub';
import { CONSENTRY_SECTION, TELEMETRY_ENABLED_KEY } from '../src/settings';

interface Manifest {
  name: string;
  version: string;
  main: string;
  engines: { vscode: string };
  activationEvents: string[];
  contributes: {
    configuration: { title: string; properties: Record<string, { type: unknown; default: unknown; tags?: string[]; scope?: string }> };
    commands: { command: string; title: string }[];
  };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
}

// The bundled test runs from out/test/, two levels below the repository root.
const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '..', '..', 'package.json'), 'utf8')) as Manifest;
const properties = manifest.contributes.configuration.properties;

describe('package.json', () => {
  it('declares the consent setting as a checkbox with no decision as its default', () => {
    const setting = properties[`${CONSENTRY_SECTION}.${TELEMETRY_ENABLED_KEY}`];
    assert.ok(setting !== undefined);
    // A plain boolean is what the Settings UI draws as a checkbox (["boolean", "null"]
    // gets "Edit in settings.json"); the null default keeps unset apart from a choice,
    // and because it is not `false`, unchecking writes false instead of resetting.
    assert.equal(setting.type, 'boolean');
    assert.equal(setting.default, null, 'unset must stay distinguishable from a choice');
    assert.deepEqual(setting.tags, ['telemetry', 'usesOnlineServices']);
  });

  it('lets only the person decide: consent, program, destination and file are application-scoped', () => {
    // A repository's .vscode/settings.json must not grant consent, pick the program that
    // runs, where events go, or which file is appended to; the editor drops a workspace's
    // value of these scopes.
    assert.equal(properties['consentry.telemetry.enabled']?.scope, 'application');
    for (const key of ['consentry.telemetry.analyticsLog', 'consentry.server.python', 'consentry.profile']) {
      // Application, not machine: in a remote window (code-server) the Settings UI lists
      // machine-scoped settings only under its Remote tab, where the status bar's fix
      // ("Set the Python Interpreter…") does not lead.
      assert.equal(properties[key]?.scope, 'application', key);
    }
  });

  it('declares the other settings with empty defaults', () => {
    for (const key of ['consentry.telemetry.analyticsLog', 'consentry.server.python', 'consentry.profile']) {
      const setting = properties[key];
      assert.ok(setting !== undefined, key);
      assert.equal(setting.type, 'string', key);
      assert.equal(setting.default, '', key);
    }
    assert.deepEqual(properties['consentry.telemetry.analyticsLog']?.tags, ['telemetry']);
  });

  it('contributes exactly the commands the client registers', () => {
    assert.deepEqual(
      manifest.contributes.commands.map((c) => c.command).sort(),
      [...Object.values(Command), TURN_OFF_ALL_COMMAND].sort(),
    );
    for (const { title } of manifest.contributes.commands) {
      assert.match(title, /^Consentry: /);
    }
  });

  it('has the palette titles the issue names', () => {
    const titles = manifest.contributes.commands.map((c) => c.title);
    for (const title of [
      'Consentry: Show Status',
      'Consentry: Show What Is Collected',
      'Consentry: Open Audit Log',
      'Consentry: Allow Telemetry',
      'Consentry: Deny Telemetry',
      'Consentry: Disable Telemetry Permanently',
      'Consentry: Reset Anonymous Id',
    ]) {
      assert.ok(titles.includes(title), title);
    }
  });

  it('packages with npm run package and tests in the editor with npm run test:editor', () => {
    assert.equal(manifest.scripts.package, 'node client-vscode/build/package.mjs');
    assert.equal(
      manifest.scripts['test:editor'],
      'node client-vscode/test/e2e/real-editor.mjs && CONSENTRY_E2E_REUSE_VSIX=1 node client-vscode/test/e2e/two-products.mjs' +
        ' && CONSENTRY_E2E_REUSE_VSIX=1 node client-vscode/test/e2e/dashboard-editor.mjs',
    );
    assert.equal(manifest.scripts['build:library'], 'node client-vscode/build/library.mjs');
    assert.equal(manifest.scripts['build:examples'], 'node client-vscode/build/examples.mjs');
    // 4.x needs Node 22; the extension is built on Node 20.
    assert.equal(manifest.devDependencies['@vscode/vsce'], '3.9.2');
  });

  it('starts after startup from the bundle', () => {
    assert.deepEqual(manifest.activationEvents, ['onStartupFinished']);
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.engines.vscode, '^1.82.0');
    assert.equal(manifest.dependencies['vscode-languageclient'], '^9.0.1');
  });
});
