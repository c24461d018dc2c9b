/**
 * The privacy dashboard without the editor: the model it builds from the server's
 * answers, the messages it accepts from its webview, what each button does, and its page's
 * Content-Security-Policy.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentSecurityPolicy, dashboardHtml } from '../src/dashboard/html';
import { parseFromWebview, type DashboardModel, type ToWebview } from '../src/dashboard/messages';
import {
  DashboardMethod,
  type DashboardDeps,
  handleMessage,
  loadModel,
  productView,
  recentRows,
  statusEntries,
} from '../src/dashboard/model';

interface Call {
  method: string;
  params: object;
}

/** A server that answers from a table and records every request. */
function fakeServer(answers: Record<string, (params: Record<string, unknown>) => unknown>): {
  calls: Call[];
  sendRequest<R>(method: string, params: object): Promise<R>;
} {
  const calls: Call[] = [];
  return {
    calls,
    sendRequest<R>(method: string, params: object): Promise<R> {
      calls.push({ method, params });
      const answer = answers[method];
      if (answer === undefined) {
        return Promise.reject(new Error(`unhandled ${method}`));
      }
      try {
        return Promise.resolve(answer(params as Record<string, unknown>) as R);
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
  };
}

const POLICY_REASON = "Telemetry is off: locked by Example Corp IT; no setting can turn it on.";

function v2Status(): unknown {
  return {
    state: 'on',
    decidedBy: 'setting',
    reason: 'on',
    destination: 'posthog',
    queued: 0,
    sent: 3,
    dropped: {},
    products: [
      { product: 'default', state: 'on', decidedBy: 'setting', reason: 'You turned it on.', destination: 'posthog', queued: 1, sent: 3, dropped: { invalid: 2 } },
      { product: 'acme.assistant', state: 'off', decidedBy: 'policy', reason: POLICY_REASON, destination: 'posthog', queued: 0, sent: 0, dropped: {} },
    ],
  };
}

function answers(): Record<string, (params: Record<string, unknown>) => unknown> {
  return {
    [DashboardMethod.status]: v2Status,
    [DashboardMethod.catalog]: () => ({ version: 2, events: [], context: [], never: ['code'] }),
    [DashboardMethod.history]: (params) => ({
      product: params.product,
      days: [
        { date: '2026-11-30', sent: 4, dropped: 1 },
        { date: 'yesterday', sent: 1, dropped: 0 },
      ],
      auditLog: `/home/me/.consentry/${String(params.product)}.jsonl`,
      setting: params.product === 'default' ? 'consentry.telemetry.enabled' : 'acme.telemetry.enabled',
      policy: params.product === 'acme.assistant' ? { level: 'off', by: 'Example Corp IT' } : null,
    }),
    [DashboardMethod.recentEvents]: () => [
      { event: 'suggestion_outcome', status: 'sent', timestamp: '2026-12-01T10:00:00Z', properties: { model: 'gpt-4o' } },
      { event: 'error', status: 'dropped', reason: 'invalid' },
    ],
    [DashboardMethod.resetId]: () => ({ deleted: true }),
    [DashboardMethod.purge]: () => ({ deleted: true }),
    [DashboardMethod.setConsent]: () => ({}),
  };
}

function deps(server: ReturnType<typeof fakeServer>, confirmAnswer = true): DashboardDeps & { written: [string, boolean][]; opened: string[] } {
  const written: [string, boolean][] = [];
  const opened: string[] = [];
  return {
    server,
    written,
    opened,
    writeSetting: (key, value) => {
      written.push([key, value]);
      return Promise.resolve();
    },
    confirm: () => Promise.resolve(confirmAnswer),
    openFile: (file) => {
      opened.push(file);
      return Promise.resolve(false);
    },
  };
}

function notices(messages: ToWebview[]): string[] {
  return messages.flatMap((m) => (m.type === 'notice' ? [m.text] : []));
}

describe('the dashboard model', () => {
  it('lists every product of a version 2 status, locked ones with who locked them', async () => {
    const model = await loadModel(fakeServer(answers()));
    assert.equal(model.problem, undefined);
    assert.deepEqual(
      model.products.map((p) => [p.product, p.state, p.locked, p.lockedBy]),
      [
        ['default', 'on', false, undefined],
        ['acme.assistant', 'off', true, 'Example Corp IT'],
      ],
    );
    const [first] = model.products;
    assert.ok(first);
    assert.deepEqual(first.days, [{ date: '2026-11-30', sent: 4, dropped: 1 }], 'a malformed day is left out');
    assert.equal(first.setting, 'consentry.telemetry.enabled');
    assert.deepEqual(first.dropped, { invalid: 2 });
    assert.deepEqual(model.catalog?.never, ['code']);
  });

  it('treats a version 1 status as the default product', () => {
    const entries = statusEntries({ state: 'undecided', decidedBy: 'profile', reason: 'r', destination: 'log-only', queued: 0, sent: 0, dropped: {} });
    assert.deepEqual(entries.map((e) => [e.product, e.state]), [['default', 'undecided']]);
    const [entry] = entries;
    assert.ok(entry);
    assert.equal(productView(entry, null, []).setting, 'consentry.telemetry.enabled');
  });

  it('never carries an event property into the webview', () => {
    const rows = recentRows([{ event: 'suggestion_outcome', status: 'sent', properties: { model: 'secret-model' }, distinct_id: 'x' }]);
    assert.deepEqual(rows, [{ event: 'suggestion_outcome', status: 'sent' }]);
    assert.ok(!JSON.stringify(rows).includes('secret-model'));
  });

  it('reports a server that does not answer instead of throwing', async () => {
    const model = await loadModel(fakeServer({}));
    assert.deepEqual(model.products, []);
    assert.match(model.problem ?? '', /did not answer/);
  });

  it('survives a server without the dashboard requests (older server)', async () => {
    const dashboardOnly: string[] = [DashboardMethod.catalog, DashboardMethod.history];
    const older = Object.fromEntries(Object.entries(answers()).filter(([method]) => !dashboardOnly.includes(method)));
    const model = await loadModel(fakeServer(older));
    assert.equal(model.catalog, null);
    assert.deepEqual(model.products[0]?.days, []);
  });
});

describe('messages from the webview', () => {
  const products = ['default', 'acme.assistant'];
  const cases: [unknown, unknown][] = [
    [{ type: 'ready' }, { type: 'ready' }],
    [{ type: 'setEnabled', product: 'default', enabled: false }, { type: 'setEnabled', product: 'default', enabled: false }],
    [{ type: 'setEnabled', product: 'default', enabled: 'no' }, undefined],
    [{ type: 'purge', product: 'other.product' }, undefined],
    [{ type: 'purge', product: 'acme.assistant' }, { type: 'purge', product: 'acme.assistant' }],
    [{ type: 'runCommand', product: 'default', command: 'workbench.action.terminal.new' }, undefined],
    ['ready', undefined],
    [null, undefined],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${expected === undefined ? 'ignored' : JSON.stringify(expected)}`, () => {
      assert.deepEqual(parseFromWebview(input, products), expected);
    });
  }
});

describe('the dashboard buttons', () => {
  async function loaded(): Promise<{ server: ReturnType<typeof fakeServer>; model: DashboardModel }> {
    const server = fakeServer(answers());
    return { server, model: await loadModel(server) };
  }

  it('the toggle writes the product’s own setting and sends a fresh model', async () => {
    const { server, model } = await loaded();
    const d = deps(server);
    const out = await handleMessage({ type: 'setEnabled', product: 'default', enabled: false }, model, d);
    assert.deepEqual(d.written, [['consentry.telemetry.enabled', false]]);
    assert.equal(out.at(-1)?.type, 'model');
  });

  it('the toggle of a product locked by policy writes nothing and says why', async () => {
    const { server, model } = await loaded();
    const d = deps(server);
    const out = await handleMessage({ type: 'setEnabled', product: 'acme.assistant', enabled: true }, model, d);
    assert.deepEqual(d.written, []);
    assert.deepEqual(notices(out), [`acme.assistant: ${POLICY_REASON}`]);
  });

  it('Purge asks first, then asks the server for that product only', async () => {
    const { server, model } = await loaded();
    await handleMessage({ type: 'purge', product: 'acme.assistant' }, model, deps(server, false));
    assert.ok(!server.calls.some((c) => c.method === DashboardMethod.purge), 'declined: nothing purged');
    const out = await handleMessage({ type: 'purge', product: 'acme.assistant' }, model, deps(server, true));
    assert.deepEqual(
      server.calls.filter((c) => c.method === DashboardMethod.purge).map((c) => c.params),
      [{ product: 'acme.assistant' }],
    );
    assert.match(notices(out)[0] ?? '', /deleted/);
  });

  it('Disable Permanently unchecks the setting and records the permanent choice', async () => {
    const { server, model } = await loaded();
    const d = deps(server);
    await handleMessage({ type: 'disablePermanently', product: 'default' }, model, d);
    assert.deepEqual(d.written, [['consentry.telemetry.enabled', false]]);
    assert.deepEqual(
      server.calls.filter((c) => c.method === DashboardMethod.setConsent).map((c) => c.params),
      [{ granted: false, permanent: true, product: 'default' }],
    );
  });

  it('Reset Anonymous Id names the product; Open Audit Log says where it will be', async () => {
    const { server, model } = await loaded();
    const d = deps(server);
    const reset = await handleMessage({ type: 'resetId', product: 'default' }, model, d);
    assert.match(notices(reset)[0] ?? '', /^default: the anonymous id was deleted/);
    const open = await handleMessage({ type: 'openAuditLog', product: 'default' }, model, d);
    assert.deepEqual(d.opened, ['/home/me/.consentry/default.jsonl']);
    assert.match(notices(open)[0] ?? '', /will be \/home\/me\/\.consentry\/default\.jsonl/);
  });

  it('a failing request becomes a notice, not a throw', async () => {
    const { model } = await loaded();
    const failing = fakeServer({ ...answers(), [DashboardMethod.resetId]: () => { throw new Error('boom'); } });
    const out = await handleMessage({ type: 'resetId', product: 'default' }, model, deps(failing));
    assert.deepEqual(notices(out), ['default: boom']);
  });
});

describe('the dashboard page', () => {
  it('allows scripts only with its nonce and nothing remote', () => {
    const csp = contentSecurityPolicy('abc', 'https://file+.vscode-resource.vscode-cdn.net');
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-abc'(;|$)/);
    assert.ok(!csp.includes('unsafe-inline') && !csp.includes('unsafe-eval'));
    assert.ok(!csp.includes('connect-src'), 'the page has no network');
  });

  it('puts the nonce on its one script and its style, and escapes what it is given', () => {
    const html = dashboardHtml({ nonce: 'n0nce', scriptUri: 'vscode-resource:/dist/dashboard.js', cspSource: 'vscode-resource:', title: 'A "quoted" <title>' });
    assert.equal((html.match(/<script /g) ?? []).length, 1);
    assert.match(html, /<script nonce="n0nce" src="vscode-resource:\/dist\/dashboard.js">/);
    assert.match(html, /<style nonce="n0nce">/);
    assert.ok(html.includes('A &quot;quoted&quot; &lt;title&gt;'));
    assert.ok(!/https?:\/\//.test(html), 'no remote URL in the page');
  });
});
