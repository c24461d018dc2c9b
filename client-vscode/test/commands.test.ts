/**
 * The pure parts of the commands: the status bar's quick pick, the audit log's path, the
 * "what is collected" document and the Show Status message.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import {
  Command,
  STATUS_MEANINGS,
  commandIds,
  splitSettingKey,
  auditLogPath,
  collectedDocument,
  expandUser,
  formatStatus,
  menuItems,
  menuTitle,
  type ConsentView,
} from '../src/commands';
import type { StatusResult } from '../src/protocol';

const labels = (view: ConsentView): string[] => menuItems(view).map((item) => item.label.replace(/^\$\([a-z-]+\) /, ''));

describe('the status bar quick pick', () => {
  it('offers Allow, Deny, the Privacy Dashboard, Show What Is Collected, Open Audit Log and Disable Permanently', () => {
    const items = menuItems({ state: { state: 'undecided', decidedBy: 'profile', reason: 'Not decided.' } });
    assert.deepEqual(labels({ state: { state: 'undecided', decidedBy: 'profile', reason: '' } }), [
      'Allow',
      'Deny',
      'Open Privacy Dashboard',
      'Show What Is Collected',
      'Open Audit Log',
      'Disable Permanently',
    ]);
    assert.deepEqual(
      items.map((item) => item.command),
      [
        Command.allowTelemetry,
        Command.denyTelemetry,
        Command.showDashboard,
        Command.showCollected,
        Command.openAuditLog,
        Command.disablePermanently,
      ],
    );
    assert.ok(items.every((item) => item.description === undefined), 'nothing chosen yet');
  });

  it("marks the user's own choice", () => {
    const on = menuItems({ state: { state: 'on', decidedBy: 'setting', reason: '' } });
    assert.equal(on[0]?.description, 'your current choice');
    assert.equal(on[1]?.description, undefined);
    const off = menuItems({ state: { state: 'off', decidedBy: 'setting', reason: '' } });
    assert.deepEqual([off[0]?.description, off[1]?.description], [undefined, 'your current choice']);
    const byEditor = menuItems({ state: { state: 'off', decidedBy: 'vscode', reason: '' } });
    assert.deepEqual([byEditor[0]?.description, byEditor[1]?.description], [undefined, undefined]);
  });

  it('uses the ids of an embedding product', () => {
    const acme = commandIds('acme.telemetry');
    const items = menuItems({ state: { state: 'undecided', decidedBy: 'profile', reason: '' } }, acme);
    assert.deepEqual(
      items.map((item) => item.command),
      ['acme.telemetry.allowTelemetry', 'acme.telemetry.denyTelemetry', 'acme.telemetry.showDashboard', 'acme.telemetry.showCollected', 'acme.telemetry.openAuditLog', 'acme.telemetry.disablePermanently'],
    );
    assert.equal(acme.showMenu, 'acme.telemetry.showMenu');
    assert.deepEqual(splitSettingKey('acme.telemetry.enabled'), { section: 'acme', key: 'telemetry.enabled' });
  });

  it('leads with the fix when the server cannot run', () => {
    const [fix, ...rest] = menuItems({ unavailable: 'No Python 3.11 or newer could run the Consentry server.' });
    assert.equal(fix?.command, 'workbench.action.openSettings');
    assert.deepEqual(fix.args, ['consentry.server.python']);
    assert.match(fix.detail ?? '', /No Python 3\.11/);
    assert.equal(rest.length, 6);
  });

  const titles: [ConsentView, string][] = [
    [{}, 'Consentry telemetry: starting, nothing is sent yet'],
    [{ unavailable: 'x' }, 'Consentry telemetry: unavailable, nothing is sent'],
    [{ state: { state: 'errors-only', decidedBy: 'vscode', reason: '' } }, 'Consentry telemetry: errors-only (decided by: vscode)'],
  ];
  for (const [view, title] of titles) {
    it(`is titled "${title}"`, () => {
      assert.equal(menuTitle(view), title);
    });
  }

  it("names an embedding product, not Consentry, in every state", () => {
    for (const [view, title] of titles) {
      const named = menuTitle(view, 'Zeta Pilot');
      assert.equal(named, title.replace(/^Consentry /, 'Zeta Pilot '));
      assert.doesNotMatch(named, /Consentry/);
    }
  });
});

describe('the audit log path', () => {
  const homedir = path.join(path.sep, 'home', 'ada');
  const cases: [string, unknown, Record<string, string>, string][] = [
    ['the default', '', {}, path.join(homedir, '.consentry', 'analytics.jsonl')],
    ['an unset setting', undefined, {}, path.join(homedir, '.consentry', 'analytics.jsonl')],
    ['CONSENTRY_HOME', '', { CONSENTRY_HOME: '/srv/c' }, path.resolve('/srv/c', 'analytics.jsonl')],
    ['CONSENTRY_HOME with ~', '', { CONSENTRY_HOME: '~/state' }, path.join(homedir, 'state', 'analytics.jsonl')],
    ['blank CONSENTRY_HOME', '  ', { CONSENTRY_HOME: ' ' }, path.join(homedir, '.consentry', 'analytics.jsonl')],
    ['an absolute setting', '/var/log/sent.jsonl', { CONSENTRY_HOME: '/srv/c' }, path.resolve('/var/log/sent.jsonl')],
    ['a relative setting, relative to the state folder', 'logs/sent.jsonl', { CONSENTRY_HOME: '/srv/c' }, path.resolve('/srv/c', 'logs', 'sent.jsonl')],
    ['a setting with ~', '~/sent.jsonl', {}, path.join(homedir, 'sent.jsonl')],
    ['a setting that is not a string', 42, {}, path.join(homedir, '.consentry', 'analytics.jsonl')],
  ];
  for (const [name, setting, env, expected] of cases) {
    it(name, () => {
      assert.equal(auditLogPath({ setting, env, homedir }), expected);
    });
  }

  it('expands only a leading ~', () => {
    assert.equal(expandUser('~', '/h'), '/h');
    assert.equal(expandUser('~/a', '/h'), path.join('/h', 'a'));
    assert.equal(expandUser('a/~/b', '/h'), 'a/~/b');
    assert.equal(expandUser('~bob/x', '/h'), '~bob/x');
  });
});

const status: StatusResult = {
  state: 'on',
  decidedBy: 'setting',
  reason: 'Telemetry is on.',
  destination: 'posthog',
  queued: 1,
  sent: 2,
  dropped: { 'consent-off': 3 },
};

describe('the "what is collected" document', () => {
  it('is JSON: the consent state, the counts and each event led by its status', () => {
    const events = [
      { event: 'pageview', status: 'sent', distinct_id: 'd', properties: { page: 'chat' } },
      { status: 'dropped', event: 'model_command', reason: 'consent-off' },
      { status: 'queued', event: 'error', properties: {} },
    ];
    const document = JSON.parse(collectedDocument(events, status)) as Record<string, unknown>;
    assert.deepEqual(document.consent, { state: 'on', decidedBy: 'setting', reason: 'Telemetry is on.' });
    assert.equal(document.destination, 'posthog');
    assert.deepEqual(document.counts, { queued: 1, sent: 2, dropped: { 'consent-off': 3 } });
    assert.deepEqual(document.statuses, STATUS_MEANINGS);
    const shown = document.events as Record<string, unknown>[];
    assert.deepEqual(
      shown.map((e) => Object.keys(e)[0]),
      ['status', 'status', 'status'],
    );
    assert.deepEqual(
      shown.map((e) => e.status),
      ['sent', 'dropped', 'queued'],
    );
    assert.deepEqual(shown[0], { status: 'sent', event: 'pageview', distinct_id: 'd', properties: { page: 'chat' } });
  });

  it('says what is never collected', () => {
    assert.match(collectedDocument([]), /Never collected: code, prompts/);
  });

  it('survives a malformed answer', () => {
    const document = JSON.parse(collectedDocument({ not: 'a list' })) as { events: unknown[]; consent?: unknown };
    assert.deepEqual(document.events, []);
    assert.equal(document.consent, undefined);
    const odd = JSON.parse(collectedDocument([null, 3, { event: 'x' }])) as { events: unknown[] };
    assert.deepEqual(odd.events, [
      { status: 'dropped', reason: 'malformed' },
      { status: 'dropped', reason: 'malformed' },
      { status: 'unknown', event: 'x' },
    ]);
  });
});

describe('Show Status message', () => {
  it('lists state, source, reason, destination and counts', () => {
    assert.equal(
      formatStatus({ ...status, state: 'errors-only', decidedBy: 'vscode', reason: 'errors only: telemetry.telemetryLevel is "error".', destination: 'log-only', queued: 3, sent: 17 }),
      'Consentry telemetry: errors-only (decided by: vscode). errors only: telemetry.telemetryLevel is "error". ' +
        'Destination: none. No key is set, so events are only logged on this machine; queued: 3; logged: 17.',
    );
  });

  it('says why a development run is only logged', () => {
    const devRun = 'the extension runs in an Extension Development Host';
    assert.match(
      formatStatus({ ...status, destination: 'log-only', queued: 0, sent: 2 }, 'Consentry', devRun),
      /Destination: none\. This is a development or test run \(the extension runs in an Extension Development Host\), so events are only logged on this machine; queued: 0; logged: 2\.$/,
    );
  });

  it("names an embedding product's telemetry", () => {
    assert.match(formatStatus({ ...status, destination: 'posthog', queued: 0, sent: 4 }, 'Zeta Pilot'), /^Zeta Pilot telemetry: /);
  });

  it('says sent only when events leave the machine', () => {
    const withKey = formatStatus({ ...status, destination: 'posthog', queued: 0, sent: 4 });
    assert.match(withKey, /Destination: posthog; queued: 0; sent: 4\.$/);
    const withoutKey = formatStatus({ ...status, destination: 'log-only', queued: 0, sent: 4 });
    assert.doesNotMatch(withoutKey, /sent: /);
    assert.match(withoutKey, /logged: 4\.$/);
  });
});
