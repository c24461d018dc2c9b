/**
 * The `contributes` block products paste (`consentry manifest`) is what the library
 * registers, and the examples carry it: a test keeps the documented snippet true.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { commandIds } from '../src/commands';

// The bundled test runs from out/test/, two levels below the repository root.
const root = path.resolve(__dirname, '..', '..');
const venvPython = path.join(root, '.venv', 'bin', 'python');
const python = process.env.CONSENTRY_TEST_PYTHON ?? (existsSync(venvPython) ? venvPython : 'python3');

interface Setting {
  type: unknown;
  default: unknown;
  scope?: string;
  tags?: string[];
}
interface Block {
  activationEvents: string[];
  contributes: {
    configuration: { title: string; properties: Record<string, Setting> };
    commands: { command: string; title: string }[];
  };
}

function manifest(prefix: string, product: string): Block {
  const out = execFileSync(python, ['-m', 'consentry', 'manifest', '--prefix', prefix, '--product', product], {
    cwd: root,
    env: { ...process.env, PYTHONPATH: path.join(root, 'server') },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return JSON.parse(out) as Block;
}

function example(name: string): Block & { name: string; extensionDependencies?: string[] } {
  return JSON.parse(readFileSync(path.join(root, 'examples', name, 'package.json'), 'utf8')) as Block & {
    name: string;
    extensionDependencies?: string[];
  };
}

describe('consentry manifest', () => {
  const block = manifest('acme', 'Acme Assistant');

  it('contributes only commands the library registers under the prefix', () => {
    const registered = new Set(Object.values(commandIds('acme.telemetry')));
    for (const { command, title } of block.contributes.commands) {
      assert.ok(registered.has(command), command);
      assert.match(title, /^Acme Assistant: /);
    }
    assert.ok(block.contributes.commands.some((c) => c.command === 'acme.telemetry.showMenu'), 'the status bar command');
  });

  it("declares the product's consent checkbox as the person's own (application scope, unset by default)", () => {
    assert.deepEqual(Object.keys(block.contributes.configuration.properties), ['acme.telemetry.enabled']);
    const setting = block.contributes.configuration.properties['acme.telemetry.enabled'];
    assert.equal(setting?.type, 'boolean');
    assert.equal(setting.default, null);
    assert.equal(setting.scope, 'application');
    assert.deepEqual(setting.tags, ['telemetry', 'usesOnlineServices']);
  });
});

describe('the examples', () => {
  it('Acme Assistant carries the manifest block of `consentry manifest --prefix acme`', () => {
    const acme = example('acme-assistant');
    const block = manifest('acme', 'Acme Assistant');
    assert.deepEqual(acme.contributes.configuration, block.contributes.configuration);
    const commands = new Set(acme.contributes.commands.map((c) => JSON.stringify(c)));
    for (const command of block.contributes.commands) {
      assert.ok(commands.has(JSON.stringify(command)), command.command);
    }
    assert.deepEqual(acme.activationEvents, block.activationEvents);
    const profile = readFileSync(path.join(root, 'examples', 'acme-assistant', 'telemetry', 'acme.toml'), 'utf8');
    assert.match(profile, /^setting = "acme\.telemetry\.enabled"$/m, "the profile's setting is the checkbox");
  });

  it('Beta Coder depends on the Consentry extension and declares its own checkbox', () => {
    const beta = example('beta-coder');
    assert.deepEqual(beta.extensionDependencies, ['consentry.consentry']);
    assert.deepEqual(beta.contributes.configuration, manifest('beta', 'Beta Coder').contributes.configuration);
    const profile = readFileSync(path.join(root, 'examples', 'beta-coder', 'telemetry', 'beta.toml'), 'utf8');
    assert.match(profile, /^setting = "beta\.telemetry\.enabled"$/m);
  });
});
