/**
 * The status bar's view of each consent state and the parsing of `consentry/stateChanged`.
 * Loads `consent.ts` in plain Node: it must not touch the editor on import.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { STARTING_VIEW, describeState, describeUnavailable, parseStateChanged } from '../src/consent';
import type { ConsentState, ServerProfile } from '../src/protocol';
import { show } from './fakes';

describe('status bar view', () => {
  const cases: [ConsentState, string][] = [
    ['on', '$(pulse) Telemetry: On'],
    ['errors-only', '$(shield) Telemetry: Errors only'],
    ['off', '$(circle-slash) Telemetry: Off'],
    ['undecided', '$(question) Telemetry: Ask'],
  ];
  for (const [state, text] of cases) {
    it(state, () => {
      assert.deepEqual(describeState({ state, decidedBy: 'profile', reason: `The reason for ${state}.` }), {
        text,
        tooltip: `The reason for ${state}. (decided by: profile)`,
      });
    });
  }

  it('shows a decision of the administrator\'s policy as locked, the tooltip naming who', () => {
    const reason = 'Telemetry is off: locked by Example Corp IT; no setting can turn it on.';
    const view = describeState({ state: 'off', decidedBy: 'policy', reason });
    assert.equal(view.text, '$(lock) Telemetry: Off (locked)');
    assert.match(view.tooltip, /Example Corp IT/);
    const errorsOnly = describeState({ state: 'errors-only', decidedBy: 'policy', reason: 'Only errors are sent: locked by IT.' });
    assert.equal(errorsOnly.text, '$(lock) Telemetry: Errors only (locked)');
  });

  it('names the deciding source in the tooltip', () => {
    const view = describeState({ state: 'off', decidedBy: 'env', reason: 'off: DO_NOT_TRACK is set in the environment' });
    assert.equal(view.tooltip, 'off: DO_NOT_TRACK is set in the environment (decided by: env)');
  });

  const profile = (destination: string): ServerProfile => ({
    protocolVersion: 2,
    catalogVersion: 1,
    product: 'Acme Assistant',
    consent: 'opt-in',
    prompt: 'first-run',
    privacyUrl: '',
    destination,
  });

  it('names the product, and with no key says logged, never sent', () => {
    const on = { state: 'on', decidedBy: 'setting', reason: 'on: you allowed it' } as const;
    const logged = describeState(on, profile('log-only'));
    assert.equal(logged.text, '$(pulse) Telemetry: On (logged only)');
    assert.match(logged.tooltip, /^Acme Assistant: on: you allowed it \(decided by: setting\) No key is set/);
    assert.match(logged.tooltip, /nothing is sent\.$/);
    const sent = describeState(on, profile('posthog'));
    assert.equal(sent.text, '$(pulse) Telemetry: On');
    assert.equal(sent.tooltip, 'Acme Assistant: on: you allowed it (decided by: setting)');
    const dev = describeState(on, { ...profile('log-only'), devRun: 'the extension runs under its tests' });
    assert.equal(dev.text, '$(pulse) Telemetry: On (logged only)');
    assert.match(dev.tooltip, /This is a development or test run \(the extension runs under its tests\), so events are only logged/);
    const off = describeState({ state: 'off', decidedBy: 'setting', reason: 'off' }, profile('log-only'));
    assert.equal(off.tooltip, 'Acme Assistant: off (decided by: setting)', 'nothing to say about a destination when off');
  });

  it('does not break on a state a newer server may send', () => {
    const view = describeState({ state: 'paused' as ConsentState, decidedBy: 'x', reason: 'r' });
    assert.equal(view.text, '$(question) Telemetry');
    assert.equal(view.tooltip, 'r (decided by: x)');
  });

  it('says nothing is sent while starting or unavailable', () => {
    assert.match(STARTING_VIEW.tooltip, /nothing is sent/);
    const view = describeUnavailable('python3 not found');
    assert.equal(view.text, '$(warning) Telemetry: Unavailable');
    assert.match(view.tooltip, /nothing is sent: python3 not found$/);
  });
});

describe('consentry/stateChanged params', () => {
  it('accepts well-formed params', () => {
    assert.deepEqual(parseStateChanged({ state: 'on', decidedBy: 'setting', reason: 'You allowed it.' }), {
      state: 'on',
      decidedBy: 'setting',
      reason: 'You allowed it.',
    });
  });

  it('fills in missing decidedBy and reason', () => {
    assert.deepEqual(parseStateChanged({ state: 'off' }), { state: 'off', decidedBy: 'unknown', reason: '' });
  });

  for (const bad of [null, undefined, 'on', 42, {}, { state: 1 }]) {
    it(`rejects ${show(bad)}`, () => {
      assert.equal(parseStateChanged(bad), undefined);
    });
  }
});
