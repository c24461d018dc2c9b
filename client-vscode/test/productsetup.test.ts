/**
 * The library's choice of consent setting: the profile's `setting` when the product does
 * not name one, and a clear problem when Allow could not be saved.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { consentSettingFor, declaredSettings } from '../src/productsetup';

const declared = new Set(['zeta.telemetry.enabled']);

describe('consentSettingFor', () => {
  it("follows the profile's setting when the option is not given, whatever the prefix", () => {
    const choice = consentSettingFor({ option: undefined, prefix: 'zeta-pilot', profileSetting: 'zeta.telemetry.enabled', declared });
    assert.deepEqual(choice, { setting: 'zeta.telemetry.enabled', problems: [] });
  });

  it('falls back to <prefix>.telemetry.enabled without a profile setting', () => {
    const choice = consentSettingFor({ option: undefined, prefix: 'zeta', profileSetting: undefined, declared });
    assert.deepEqual(choice, { setting: 'zeta.telemetry.enabled', problems: [] });
  });

  it("says when the option differs from the profile's setting", () => {
    const choice = consentSettingFor({
      option: 'zeta.telemetry.enabled',
      prefix: 'zeta',
      profileSetting: 'zeta.consent',
      declared: new Set(['zeta.telemetry.enabled', 'zeta.consent']),
    });
    assert.equal(choice.setting, 'zeta.telemetry.enabled');
    assert.equal(choice.problems.length, 1);
    assert.match(choice.problems[0] ?? '', /'zeta\.consent'/);
  });

  it('says when the setting is not declared, with the command that prints the block', () => {
    const choice = consentSettingFor({ option: undefined, prefix: 'zeta-pilot', profileSetting: undefined, declared });
    assert.equal(choice.setting, 'zeta-pilot.telemetry.enabled');
    assert.equal(choice.problems.length, 1);
    assert.match(choice.problems[0] ?? '', /not declared/);
    assert.match(choice.problems[0] ?? '', /consentry manifest --prefix zeta-pilot/);
  });
});

describe('declaredSettings', () => {
  it('reads one configuration object or a list of them', () => {
    assert.deepEqual([...declaredSettings({ contributes: { configuration: { properties: { 'a.b': {} } } } })], ['a.b']);
    assert.deepEqual(
      [...declaredSettings({ contributes: { configuration: [{ properties: { 'a.b': {} } }, { properties: { 'c.d': {} } }] } })],
      ['a.b', 'c.d'],
    );
  });

  it('is empty for a package.json without settings or not an object', () => {
    assert.equal(declaredSettings({ name: 'x' }).size, 0);
    assert.equal(declaredSettings(undefined).size, 0);
    assert.equal(declaredSettings({ contributes: { configuration: 'nope' } }).size, 0);
  });
});
