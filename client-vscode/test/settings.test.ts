/**
 * Reading configuration: the consent setting as the user set it (`inspect()`), the
 * telemetry level, and the `workspace/configuration` rewrite the server relies on.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type ConfigurationLike,
  type InspectedValue,
  nonEmptyString,
  normalizeTelemetryLevel,
  personalConsent,
  readLaunchSettings,
  readUserTelemetryEnabled,
  readVscodeTelemetry,
  rewriteConfigurationResult,
  userSetBoolean,
  withTelemetryEnabled,
  workspaceFileSaysFalse,
} from '../src/settings';
import { show } from './fakes';

/** A configuration section made of plain values and inspect() results. */
function fakeConfiguration(values: Record<string, unknown>, inspected: Record<string, InspectedValue<unknown>> = {}): ConfigurationLike {
  return {
    get: (key) => values[key],
    inspect: <T>(key: string) => inspected[key] as InspectedValue<T> | undefined,
  };
}

describe('userSetBoolean: only the person decides', () => {
  const cases: [string, InspectedValue<unknown> | undefined, boolean | null][] = [
    ['nothing inspected', undefined, null],
    ['set nowhere', {}, null],
    ['only the default (null) is there', { globalValue: undefined }, null],
    ['user true', { globalValue: true }, true],
    ['user false', { globalValue: false }, false],
    ['a workspace true grants nothing', { workspaceValue: true }, null],
    ['a folder true grants nothing', { workspaceFolderValue: true }, null],
    ['a workspace true does not turn a user false on', { globalValue: false, workspaceValue: true }, false],
    ['explicit null is not a choice', { globalValue: null }, null],
    ['a string is not a choice', { globalValue: 'true' }, null],
  ];
  for (const [name, inspected, expected] of cases) {
    it(name, () => {
      assert.equal(userSetBoolean(inspected), expected);
    });
  }

  it('reads consentry.telemetry.enabled through inspect(), not get()', () => {
    // get() would say null (the declared default) or anything; only inspect() counts.
    const config = fakeConfiguration({ 'telemetry.enabled': true }, { 'telemetry.enabled': {} });
    assert.equal(readUserTelemetryEnabled(config), null);
    const chosen = fakeConfiguration({ 'telemetry.enabled': null }, { 'telemetry.enabled': { globalValue: false } });
    assert.equal(readUserTelemetryEnabled(chosen), false);
  });
});

describe('personalConsent: a workspace may say no, never yes', () => {
  const cases: [string, InspectedValue<unknown> | undefined, boolean, boolean | null][] = [
    ['unset everywhere', {}, false, null],
    ['user true', { globalValue: true }, false, true],
    ['user true, workspace file false', { globalValue: true }, true, false],
    ['user true, workspace value false', { globalValue: true, workspaceValue: false }, false, false],
    ['user true, folder value false', { globalValue: true, workspaceFolderValue: false }, false, false],
    ['unset, workspace true', { workspaceValue: true }, false, null],
    ['unset, workspace file false', {}, true, false],
    ['user false, workspace true', { globalValue: false, workspaceValue: true }, false, false],
  ];
  for (const [name, inspected, fileDenies, expected] of cases) {
    it(name, () => {
      assert.equal(personalConsent(inspected, fileDenies), expected);
    });
  }
});

describe('workspaceFileSaysFalse', () => {
  const key = 'acme.telemetry.enabled';
  const cases: [string, string, boolean, boolean][] = [
    ['false', '{"acme.telemetry.enabled": false}', false, true],
    ['true', '{"acme.telemetry.enabled": true}', false, false],
    ['null', '{"acme.telemetry.enabled": null}', false, false],
    ['another key', '{"beta.telemetry.enabled": false}', false, false],
    ['comments and a trailing comma', '// mine\n{\n  /* no */ "acme.telemetry.enabled": false,\n}', false, true],
    ['broken JSON says nothing', '{"acme.telemetry.enabled": fal', false, false],
    ['empty file', '', false, false],
    ['an array', '[false]', false, false],
    ['a .code-workspace file', '{"folders": [], "settings": {"acme.telemetry.enabled": false}}', true, true],
    ['a .code-workspace file, top-level key does not count', '{"acme.telemetry.enabled": false}', true, false],
  ];
  for (const [name, text, nested, expected] of cases) {
    it(name, () => {
      assert.equal(workspaceFileSaysFalse(text, key, nested), expected);
    });
  }
});

describe('telemetry level', () => {
  const cases: [unknown, string][] = [
    ['all', 'all'],
    ['error', 'error'],
    ['crash', 'crash'],
    ['off', 'off'],
    [undefined, 'all'],
    ['', 'all'],
    ['OFF', 'all'],
    [3, 'all'],
  ];
  for (const [value, expected] of cases) {
    it(`${show(value)} → ${expected}`, () => {
      assert.equal(normalizeTelemetryLevel(value), expected);
    });
  }

  it('combines the level with isTelemetryEnabled', () => {
    assert.deepEqual(readVscodeTelemetry(fakeConfiguration({ telemetryLevel: 'error' }), true), {
      isTelemetryEnabled: true,
      level: 'error',
    });
    assert.deepEqual(readVscodeTelemetry(fakeConfiguration({}), false), { isTelemetryEnabled: false, level: 'all' });
  });
});

describe('launch settings', () => {
  it('treats empty strings as unset', () => {
    assert.deepEqual(
      readLaunchSettings(fakeConfiguration({}, { 'server.python': { globalValue: '' }, profile: { globalValue: '  ' } })),
      { python: undefined, profile: undefined },
    );
  });

  it('reads the interpreter and the profile from user settings', () => {
    assert.deepEqual(
      readLaunchSettings(
        fakeConfiguration({}, { 'server.python': { globalValue: ' /opt/py/bin/python3.12 ' }, profile: { globalValue: '/etc/acme.toml' } }),
      ),
      { python: '/opt/py/bin/python3.12', profile: '/etc/acme.toml' },
    );
  });

  it('ignores what a workspace sets: it picks neither the program nor where events go', () => {
    const workspace = fakeConfiguration(
      { 'server.python': './evil/python', profile: './evil.toml' },
      { 'server.python': { workspaceValue: './evil/python' }, profile: { workspaceFolderValue: './evil.toml' } },
    );
    assert.deepEqual(readLaunchSettings(workspace), { python: undefined, profile: undefined });
  });

  it('ignores values of the wrong type', () => {
    assert.equal(nonEmptyString(42), undefined);
    assert.equal(nonEmptyString(null), undefined);
    assert.equal(nonEmptyString('x'), 'x');
  });
});

describe('workspace/configuration rewrite', () => {
  const resolved = {
    telemetry: { enabled: null, analyticsLog: '/tmp/from-workspace.jsonl' },
    server: { python: '' },
    profile: '',
  };

  it('replaces telemetry.enabled and analyticsLog with what the person set', () => {
    assert.deepEqual(withTelemetryEnabled(resolved, true, '/home/me/audit.jsonl'), {
      telemetry: { enabled: true, analyticsLog: '/home/me/audit.jsonl' },
      server: { python: '' },
      profile: '',
    });
  });

  it('reports null while unset and an empty log file when the person set none', () => {
    assert.deepEqual(withTelemetryEnabled({ telemetry: { enabled: false, analyticsLog: 'x' } }, null), {
      telemetry: { enabled: null, analyticsLog: '' },
    });
  });

  it('does not modify the input', () => {
    const input = structuredClone(resolved);
    withTelemetryEnabled(input, false);
    assert.deepEqual(input, resolved);
  });

  it('builds the nesting when the section is missing or malformed', () => {
    assert.deepEqual(withTelemetryEnabled(null, false), { telemetry: { enabled: false, analyticsLog: '' } });
    assert.deepEqual(withTelemetryEnabled({ telemetry: 'x', profile: 'p' }, true), {
      telemetry: { enabled: true, analyticsLog: '' },
      profile: 'p',
    });
  });

  it('rewrites consentry items and products\' consent keys, per scope, keeping the order', () => {
    const items = [
      { section: 'telemetry' },
      { section: 'consentry', scopeUri: 'file:///work/a' },
      { section: 'consentry' },
      { section: 'consentry.telemetry' },
      { section: 'acme.telemetry.enabled' },
      { section: 'beta.telemetry.enabled' },
      { section: 'unknown.telemetry.enabled' },
    ];
    const telemetrySection = { telemetryLevel: 'all', feedback: { enabled: true } };
    // The editor's answers, workspace values merged in: all of them would grant.
    const results = [telemetrySection, resolved, resolved, { enabled: null }, true, true, true];
    const asked: string[] = [];
    const rewritten = rewriteConfigurationResult(
      items,
      results,
      {
        consent: (key, scopeUri) => {
          asked.push(`${key}@${scopeUri ?? '-'}`);
          return key === 'acme.telemetry.enabled' ? null : scopeUri !== undefined;
        },
        analyticsLog: () => undefined,
      },
      new Set(['acme.telemetry.enabled', 'beta.telemetry.enabled']),
    );
    assert.equal(rewritten.length, 7);
    assert.equal(rewritten[0], telemetrySection, 'the telemetry section passes through untouched');
    assert.deepEqual((rewritten[1] as typeof resolved).telemetry, { enabled: true, analyticsLog: '' });
    assert.deepEqual((rewritten[2] as typeof resolved).telemetry.enabled, false);
    assert.equal(rewritten[3], results[3]);
    assert.equal(rewritten[4], null, 'a product the person has not decided for stays undecided');
    assert.equal(rewritten[5], false);
    assert.equal(rewritten[6], true, 'a key that is no consent setting passes through');
    assert.deepEqual(asked, [
      'consentry.telemetry.enabled@file:///work/a',
      'consentry.telemetry.enabled@-',
      'acme.telemetry.enabled@-',
      'beta.telemetry.enabled@-',
    ]);
    assert.equal(resolved.telemetry.enabled, null, 'inputs are untouched');
  });

  it('passes through results with no matching item', () => {
    assert.deepEqual(rewriteConfigurationResult([], [1, 2], { consent: () => true, analyticsLog: () => undefined }), [1, 2]);
  });
});
