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
  readLaunchSettings,
  readUserTelemetryEnabled,
  readVscodeTelemetry,
  rewriteConfigurationResult,
  userSetBoolean,
  withTelemetryEnabled,
} from '../src/settings';
import { show } from './fakes';

/** A configuration section made of plain values and inspect() results. */
function fakeConfiguration(values: Record<string, unknown>, inspected: Record<string, InspectedValue<unknown>> = {}): ConfigurationLike {
  return {
    get: (key) => values[key],
    inspect: <T>(key: string) => inspected[key] as InspectedValue<T> | undefined,
  };
}

describe('userSetBoolean', () => {
  const cases: [string, InspectedValue<unknown> | undefined, boolean | null][] = [
    ['nothing inspected', undefined, null],
    ['set nowhere', {}, null],
    ['only the default (null) is there', { globalValue: undefined }, null],
    ['user true', { globalValue: true }, true],
    ['user false', { globalValue: false }, false],
    ['workspace overrides user', { globalValue: true, workspaceValue: false }, false],
    ['folder overrides workspace', { globalValue: false, workspaceValue: false, workspaceFolderValue: true }, true],
    ['folder overrides user', { globalValue: true, workspaceFolderValue: false }, false],
    ['explicit null is not a choice', { globalValue: null }, null],
    ['explicit null in a narrower scope falls through', { globalValue: true, workspaceValue: null }, true],
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
    assert.deepEqual(readLaunchSettings(fakeConfiguration({ 'server.python': '', profile: '  ' })), {
      python: undefined,
      profile: undefined,
    });
  });

  it('reads the interpreter and the profile', () => {
    assert.deepEqual(
      readLaunchSettings(fakeConfiguration({ 'server.python': ' /opt/py/bin/python3.12 ', profile: '/etc/acme.toml' })),
      { python: '/opt/py/bin/python3.12', profile: '/etc/acme.toml' },
    );
  });

  it('ignores values of the wrong type', () => {
    assert.equal(nonEmptyString(42), undefined);
    assert.equal(nonEmptyString(null), undefined);
    assert.equal(nonEmptyString('x'), 'x');
  });
});

describe('workspace/configuration rewrite', () => {
  const resolved = {
    telemetry: { enabled: null, analyticsLog: '/tmp/audit.jsonl' },
    server: { python: '' },
    profile: '',
  };

  it('replaces telemetry.enabled with the value the user set', () => {
    assert.deepEqual(withTelemetryEnabled(resolved, true), {
      telemetry: { enabled: true, analyticsLog: '/tmp/audit.jsonl' },
      server: { python: '' },
      profile: '',
    });
  });

  it('reports null while unset, even if the editor resolved a value', () => {
    assert.deepEqual(withTelemetryEnabled({ telemetry: { enabled: false } }, null), { telemetry: { enabled: null } });
  });

  it('does not modify the input', () => {
    const input = structuredClone(resolved);
    withTelemetryEnabled(input, false);
    assert.deepEqual(input, resolved);
  });

  it('builds the nesting when the section is missing or malformed', () => {
    assert.deepEqual(withTelemetryEnabled(null, false), { telemetry: { enabled: false } });
    assert.deepEqual(withTelemetryEnabled({ telemetry: 'x', profile: 'p' }, true), { telemetry: { enabled: true }, profile: 'p' });
  });

  it('rewrites only consentry items, per scope, and keeps the order', () => {
    const items = [
      { section: 'telemetry' },
      { section: 'consentry', scopeUri: 'file:///work/a' },
      { section: 'consentry' },
      { section: 'consentry.telemetry' },
    ];
    const telemetrySection = { telemetryLevel: 'all', feedback: { enabled: true } };
    const results = [telemetrySection, resolved, resolved, { enabled: null }];
    const scopes: (string | undefined)[] = [];
    const rewritten = rewriteConfigurationResult(items, results, (scopeUri) => {
      scopes.push(scopeUri);
      return scopeUri === undefined ? false : true;
    });
    assert.equal(rewritten.length, 4);
    assert.equal(rewritten[0], telemetrySection, 'the telemetry section passes through untouched');
    assert.deepEqual((rewritten[1] as typeof resolved).telemetry.enabled, true);
    assert.deepEqual((rewritten[2] as typeof resolved).telemetry.enabled, false);
    assert.equal(rewritten[3], results[3]);
    assert.deepEqual(scopes, ['file:///work/a', undefined]);
    assert.equal(resolved.telemetry.enabled, null, 'inputs are untouched');
  });

  it('passes through results with no matching item', () => {
    assert.deepEqual(rewriteConfigurationResult([], [1, 2], () => true), [1, 2]);
  });
});
