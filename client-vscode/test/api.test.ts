/**
 * The API's payloads and the event queue: bounded before the server is ready, ordered,
 * and coalesced into `consentry/track` / `consentry/trackBatch`.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EventQueue, createApi, definedProperties, makeEvent, type Stamp } from '../src/api';
import { Method, type TrackBatchParams, type TrackParams } from '../src/protocol';
import { FakeTimer, recordingSender } from './fakes';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function fixedStamp(): Stamp {
  let n = 0;
  return {
    now: () => new Date(Date.UTC(2025, 0, 2, 3, 4, 5, 678)),
    newId: () => `id-${String(++n)}`,
  };
}

function event(n: number): TrackParams {
  return { event: 'feature_used', properties: { feature: `f${String(n)}` }, id: `id-${String(n)}` };
}

/** The events in the order a server would receive them. */
function received(sent: { method: string; params: unknown }[]): TrackParams[] {
  return sent.flatMap(({ method, params }) =>
    method === Method.trackBatch ? (params as TrackBatchParams).events : [params as TrackParams],
  );
}

/** An API whose queue is ready and sends at once (no coalescing delay). */
function readyApi(): { sent: { method: string; params: unknown }[]; api: ReturnType<typeof createApi> } {
  const { sent, send } = recordingSender();
  const queue = new EventQueue({ timer: new FakeTimer(), maxBatch: 1 });
  queue.attach(send);
  return { sent, api: createApi(queue, fixedStamp()) };
}

describe('API payloads', () => {
  const cases: { name: string; call: (api: ReturnType<typeof createApi>) => void; expected: Omit<TrackParams, 'timestamp' | 'id'> }[] = [
    {
      name: 'suggestionOutcome',
      call: (api) => {
        api.suggestionOutcome({ outcome: 'accepted', model: 'gpt-4o', provider: 'openai', languageId: 'python', surface: 'inline', latencyMs: 120, linesSuggested: 3 });
      },
      expected: {
        event: 'suggestion_outcome',
        properties: { outcome: 'accepted', model: 'gpt-4o', provider: 'openai', languageId: 'python', surface: 'inline', latencyMs: 120, linesSuggested: 3 },
      },
    },
    {
      name: 'suggestionOutcome, required fields only',
      call: (api) => {
        api.suggestionOutcome({ outcome: 'rejected', model: 'claude-sonnet' });
      },
      expected: { event: 'suggestion_outcome', properties: { outcome: 'rejected', model: 'claude-sonnet' } },
    },
    {
      name: 'modelCommand',
      call: (api) => {
        api.modelCommand({ model: 'm1', command: 'explain', tokensGenerated: 42, promptTokens: 7, provider: 'p', durationMs: 900 });
      },
      expected: {
        event: 'model_command',
        properties: { model: 'm1', command: 'explain', tokensGenerated: 42, promptTokens: 7, provider: 'p', durationMs: 900 },
      },
    },
    {
      name: 'error',
      call: (api) => {
        api.error({ errorType: 'TimeoutError', message: 'took too long', stack: 'at f (a.ts:1)', component: 'chat' });
      },
      expected: {
        event: 'error',
        properties: { errorType: 'TimeoutError', message: 'took too long', stack: 'at f (a.ts:1)', component: 'chat' },
      },
    },
    {
      name: 'pageview',
      call: (api) => {
        api.pageview('settings');
      },
      expected: { event: 'pageview', properties: { page: 'settings' } },
    },
    {
      name: 'featureUsed',
      call: (api) => {
        api.featureUsed('inline_chat');
      },
      expected: { event: 'feature_used', properties: { feature: 'inline_chat' } },
    },
    {
      name: 'track with properties',
      call: (api) => {
        api.track('pageview', { page: 'home' });
      },
      expected: { event: 'pageview', properties: { page: 'home' } },
    },
    {
      name: 'track without properties',
      call: (api) => {
        api.track('feature_used');
      },
      expected: { event: 'feature_used', properties: {} },
    },
  ];

  for (const { name, call, expected } of cases) {
    it(name, () => {
      const { sent, api } = readyApi();
      call(api);
      assert.deepEqual(sent, [
        { method: Method.track, params: { ...expected, timestamp: '2025-01-02T03:04:05.678Z', id: 'id-1' } },
      ]);
    });
  }

  it('stamps each event with the current time and a fresh UUID', () => {
    const { sent, send } = recordingSender();
    const queue = new EventQueue({ timer: new FakeTimer(), maxBatch: 1 });
    queue.attach(send);
    const api = createApi(queue);
    const before = Date.now();
    api.pageview('a');
    api.pageview('b');
    const [first, second] = received(sent);
    assert.ok(first !== undefined && second !== undefined);
    assert.match(first.id ?? '', UUID);
    assert.match(second.id ?? '', UUID);
    assert.notEqual(first.id, second.id);
    const time = Date.parse(first.timestamp ?? '');
    assert.ok(time >= before - 1 && time <= Date.now() + 1, `timestamp ${String(first.timestamp)} is not now`);
    assert.equal(first.timestamp, new Date(time).toISOString());
  });

  it('copies properties, so later changes by the caller are not sent', () => {
    const stamp = fixedStamp();
    const properties = { page: 'a' };
    const made = makeEvent('pageview', properties, stamp);
    properties.page = 'b';
    assert.deepEqual(made.properties, { page: 'a' });
  });

  it('leaves out undefined values and ignores non-object properties', () => {
    assert.deepEqual(definedProperties({ a: 1, b: undefined, c: null }), { a: 1, c: null });
    assert.deepEqual(definedProperties(undefined), {});
    assert.deepEqual(definedProperties('text'), {});
    assert.deepEqual(definedProperties([1, 2]), {});
  });

  it('never throws into the caller when sending fails', async () => {
    const queue = new EventQueue({ timer: new FakeTimer(), maxBatch: 1 });
    queue.attach(() => {
      throw new Error('connection closed');
    });
    const api = createApi(queue, fixedStamp());
    assert.doesNotThrow(() => {
      api.featureUsed('x');
    });
    queue.attach(() => Promise.reject(new Error('client is not running')));
    api.featureUsed('y');
    await queue.flush();
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(queue.dropped, { overflow: 0, sendFailed: 2 });
  });
});

describe('EventQueue before the server is ready', () => {
  it('holds events and sends them in order once a sender is attached', () => {
    const timer = new FakeTimer();
    const queue = new EventQueue({ timer });
    for (let n = 1; n <= 5; n++) {
      queue.push(event(n));
    }
    assert.equal(queue.size, 5);
    assert.equal(timer.waiting, 0, 'no timer runs while nobody can send');
    const { sent, send } = recordingSender();
    queue.attach(send);
    assert.deepEqual(received(sent), [1, 2, 3, 4, 5].map(event));
    assert.equal(queue.size, 0);
  });

  it('keeps at most 1,000 events, drops the oldest, and counts the drops', () => {
    const queue = new EventQueue({ timer: new FakeTimer() });
    for (let n = 1; n <= 1_250; n++) {
      queue.push(event(n));
    }
    assert.equal(queue.size, 1_000);
    assert.deepEqual(queue.dropped, { overflow: 250, sendFailed: 0 });
    const { sent, send } = recordingSender();
    queue.attach(send);
    const ids = received(sent).map((e) => e.id);
    assert.equal(ids.length, 1_000);
    assert.equal(ids[0], 'id-251');
    assert.equal(ids.at(-1), 'id-1250');
    assert.deepEqual(
      ids,
      Array.from({ length: 1_000 }, (_, i) => `id-${String(i + 251)}`),
    );
  });

  it('sends the backlog in batches of at most 100', () => {
    const queue = new EventQueue({ timer: new FakeTimer() });
    for (let n = 1; n <= 250; n++) {
      queue.push(event(n));
    }
    const { sent, send } = recordingSender();
    queue.attach(send);
    assert.deepEqual(
      sent.map(({ method, params }) => [method, (params as TrackBatchParams).events.length]),
      [
        [Method.trackBatch, 100],
        [Method.trackBatch, 100],
        [Method.trackBatch, 50],
      ],
    );
  });

  it('holds events again while detached (server restarting)', () => {
    const timer = new FakeTimer();
    const queue = new EventQueue({ timer });
    const { sent, send } = recordingSender();
    queue.attach(send);
    queue.push(event(1));
    queue.detach();
    timer.advance(1_000);
    assert.deepEqual(sent, []);
    queue.push(event(2));
    queue.attach(send);
    assert.deepEqual(received(sent), [event(1), event(2)]);
  });

  it('honours a custom capacity', () => {
    const queue = new EventQueue({ timer: new FakeTimer(), capacity: 3 });
    for (let n = 1; n <= 5; n++) {
      queue.push(event(n));
    }
    const { sent, send } = recordingSender();
    queue.attach(send);
    assert.deepEqual(received(sent), [3, 4, 5].map(event));
    assert.equal(queue.dropped.overflow, 2);
  });
});

describe('EventQueue coalescing', () => {
  function attached(): { timer: FakeTimer; queue: EventQueue; sent: { method: string; params: unknown }[] } {
    const timer = new FakeTimer();
    const queue = new EventQueue({ timer });
    const { sent, send } = recordingSender();
    queue.attach(send);
    return { timer, queue, sent };
  }

  it('sends a lone event as consentry/track after the delay', () => {
    const { timer, queue, sent } = attached();
    queue.push(event(1));
    timer.advance(24);
    assert.deepEqual(sent, [], 'waits for others to join');
    timer.advance(1);
    assert.deepEqual(sent, [{ method: Method.track, params: event(1) }]);
  });

  it('sends a burst as one consentry/trackBatch, in order', () => {
    const { timer, queue, sent } = attached();
    queue.push(event(1));
    timer.advance(10);
    queue.push(event(2));
    queue.push(event(3));
    timer.advance(15);
    assert.deepEqual(sent, [{ method: Method.trackBatch, params: { events: [event(1), event(2), event(3)] } }]);
  });

  it('does not extend the delay for later events', () => {
    const { timer, queue, sent } = attached();
    queue.push(event(1));
    timer.advance(20);
    queue.push(event(2));
    timer.advance(5);
    assert.equal(sent.length, 1, 'the first event waited 25 ms at most');
  });

  it('sends at once when 100 events are waiting', () => {
    const { timer, queue, sent } = attached();
    for (let n = 1; n <= 100; n++) {
      queue.push(event(n));
    }
    assert.equal(sent.length, 1);
    assert.equal(sent[0]?.method, Method.trackBatch);
    assert.deepEqual(received(sent), Array.from({ length: 100 }, (_, i) => event(i + 1)));
    assert.equal(timer.waiting, 0);
    queue.push(event(101));
    timer.advance(25);
    assert.deepEqual(sent.at(-1), { method: Method.track, params: event(101) });
  });

  it('flush() sends what is waiting without waiting for the timer', async () => {
    const { timer, queue, sent } = attached();
    queue.push(event(1));
    queue.push(event(2));
    await queue.flush();
    assert.deepEqual(received(sent), [event(1), event(2)]);
    assert.equal(timer.waiting, 0);
  });

  it('keeps order across many batches', () => {
    const { timer, queue, sent } = attached();
    const expected: TrackParams[] = [];
    for (let n = 1; n <= 345; n++) {
      queue.push(event(n));
      expected.push(event(n));
      if (n % 7 === 0) {
        timer.advance(25);
      }
    }
    timer.advance(25);
    assert.deepEqual(received(sent), expected);
  });
});
