/**
 * The shared hub's pure parts: reading a profile's keys, stamping events with their
 * product, the status bar's summary and the quick pick's product entries.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TURN_OFF_ALL_COMMAND, PRODUCT_MENU_COMMAND, hubMenuItems, readProfileKeys, summarize, withProduct, type ProductView } from '../src/hub';
import { Method } from '../src/protocol';

describe('readProfileKeys', () => {
  it('reads id, setting and product, ignoring comments, other keys and tables', () => {
    const text = [
      '# Acme',
      'id = "acme.assistant"  # the extension id',
      'setting = "acme.telemetry.enabled"',
      'product = "Acme \\"Pro\\" Assistant"',
      'consent = "opt-in"',
      '[extra]',
      'product = "not this"',
    ].join('\n');
    assert.deepEqual(readProfileKeys(text), { id: 'acme.assistant', setting: 'acme.telemetry.enabled', product: 'Acme "Pro" Assistant' });
  });

  it('returns nothing for a file without them', () => {
    assert.deepEqual(readProfileKeys('consent = "opt-in"\r\nsample_rate = 1.0\r\n'), {});
    assert.deepEqual(readProfileKeys(''), {});
  });
});

describe('withProduct', () => {
  it('stamps one event', () => {
    assert.deepEqual(withProduct(Method.track, { event: 'pageview', properties: { page: 'chat' } }, 'beta.coder'), {
      event: 'pageview',
      properties: { page: 'chat' },
      product: 'beta.coder',
    });
  });

  it('stamps every event of a batch without touching the input', () => {
    const batch = { events: [{ event: 'a', properties: {} }, { event: 'b', properties: {} }] };
    assert.deepEqual(withProduct(Method.trackBatch, batch, 'beta.coder'), {
      events: [
        { event: 'a', properties: {}, product: 'beta.coder' },
        { event: 'b', properties: {}, product: 'beta.coder' },
      ],
    });
    assert.equal('product' in (batch.events[0] ?? {}), false);
  });
});

const views: ProductView[] = [
  { id: 'acme.assistant', name: 'Acme Assistant', setting: 'acme.telemetry.enabled', state: { state: 'on', decidedBy: 'setting', reason: 'you allowed it' } },
  { id: 'beta.coder', name: 'Beta Coder', setting: 'beta.telemetry.enabled', state: { state: 'undecided', decidedBy: 'profile', reason: 'not decided yet' } },
  { id: 'gamma', name: 'Gamma', setting: 'gamma.telemetry.enabled', state: { state: 'on', decidedBy: 'setting', reason: 'you allowed it' } },
  { id: 'delta', name: 'Delta', setting: 'consentry.telemetry.enabled', problem: 'its profile could not be loaded' },
];

describe('summarize', () => {
  it('counts products by state, in a fixed order', () => {
    const view = summarize(views);
    assert.equal(view.text, '$(pulse) AI telemetry: 2 on · 1 ask · 1 off');
    assert.equal(
      view.tooltip,
      'Acme Assistant: on, you allowed it\nBeta Coder: undecided, not decided yet\nGamma: on, you allowed it\nDelta: its profile could not be loaded',
    );
  });

  it('says when a product that is on only logs its events, and why', () => {
    const on = { state: 'on', decidedBy: 'setting', reason: 'you allowed it' } as const;
    const logged: ProductView[] = [
      { id: 'acme.assistant', name: 'Acme Assistant', setting: 'acme.telemetry.enabled', state: on, logged: 'No key is set' },
      {
        id: 'gamma',
        name: 'Gamma',
        setting: 'gamma.telemetry.enabled',
        state: on,
        logged: 'This is a development or test run (the extension runs under its tests)',
      },
      { id: 'beta.coder', name: 'Beta Coder', setting: 'beta.telemetry.enabled', state: { state: 'undecided', decidedBy: 'profile', reason: 'not decided yet' }, logged: 'No key is set' },
    ];
    const view = summarize(logged);
    assert.equal(view.text, '$(pulse) AI telemetry: 2 on (logged only) · 1 ask');
    assert.equal(
      view.tooltip,
      'Acme Assistant: on, you allowed it — No key is set, so its events are only logged on this machine.\n' +
        'Gamma: on, you allowed it — This is a development or test run (the extension runs under its tests), so its events are only logged on this machine.\n' +
        'Beta Coder: undecided, not decided yet',
    );
  });

  it('says starting before the first decision', () => {
    assert.equal(summarize([{ id: 'x', name: 'X', setting: 'x.telemetry.enabled' }]).text, '$(pulse) AI telemetry: 1 starting');
  });
});

describe('hubMenuItems', () => {
  it('lists each product with its state and reason, then the global switch', () => {
    const items = hubMenuItems(views);
    assert.deepEqual(
      items.map((item) => [item.label, item.description, item.detail, item.command, item.args]),
      [
        ['$(symbol-event) Acme Assistant', 'on', 'you allowed it', PRODUCT_MENU_COMMAND, ['acme.assistant']],
        ['$(symbol-event) Beta Coder', 'undecided', 'not decided yet', PRODUCT_MENU_COMMAND, ['beta.coder']],
        ['$(symbol-event) Gamma', 'on', 'you allowed it', PRODUCT_MENU_COMMAND, ['gamma']],
        ['$(symbol-event) Delta', 'off (profile not loaded)', 'its profile could not be loaded', PRODUCT_MENU_COMMAND, ['delta']],
        ['$(circle-slash) Turn off all AI telemetry', undefined, 'Unchecks the "Telemetry Enabled" setting of every product listed here.', TURN_OFF_ALL_COMMAND, undefined],
      ],
    );
  });

  it('adds nothing while no product registered', () => {
    assert.deepEqual(hubMenuItems([]), []);
  });
});
