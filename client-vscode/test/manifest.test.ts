/**
 * `package.json` is where setting defaults are written once; these tests hold the
 * manifest to what the code and the protocol expect.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { Command } from '../src/consent';
import { CONSENTRY_SECTION, TELEMETRY_ENABLED_KEY } from '../src/settings';

interface Manifest {
  name: string;
  version: string;
  main: string;
  engines: { vscode: string };
  activationEvents: string[];
  contributes: {
    configuration: { title: string; properties: Record<string, { type: unknown; default: unknown; tags?: string[] }> };
    commands: { command: string; title: string }[];
  };
  dependencies: Record<string, string>;
}

// The bundled test runs from out/test/, two levels below the repository root.
const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '..', '..', 'package.json'), 'utf8')) as Manifest;
const properties = manifest.contributes.configuration.properties;

describe('package.json', () => {
  it('declares the consent setting with no decision as its default', () => {
    const setting = properties[`${CONSENTRY_SECTION}.${TELEMETRY_ENABLED_KEY}`];
    assert.ok(setting !== undefined);
    assert.deepEqual(setting.type, ['boolean', 'null']);
    assert.equal(setting.default, null, 'unset must stay distinguishable from a choice');
    assert.deepEqual(setting.tags, ['telemetry', 'usesOnlineServices']);
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
      Object.values(Command).sort(),
    );
    for (const { title } of manifest.contributes.commands) {
      assert.match(title, /^Consentry: /);
    }
  });

  it('starts after startup from the bundle', () => {
    assert.deepEqual(manifest.activationEvents, ['onStartupFinished']);
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.engines.vscode, '^1.82.0');
    assert.equal(manifest.dependencies['vscode-languageclient'], '^9.0.1');
  });
});
