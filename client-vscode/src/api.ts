/**
 * The API that `activate()` returns to other extensions, and the event queue behind it.
 *
 * Calls never throw and never wait: an event is stamped (time and id) and handed to an
 * {@link EventQueue}, which holds it until the server is ready and then coalesces bursts
 * into one `consentry/trackBatch`. Consent is the server's decision alone; the client
 * forwards everything and the server drops what consent does not allow.
 */
import { randomUUID } from 'node:crypto';
import { Method, type TrackParams } from './protocol';

/** Sends one notification to the server; may return a promise that rejects on failure. */
export type SendNotification = (method: string, params: object) => void | Promise<void>;

/** The timers the queue uses; injected so tests control time. */
export interface Timer {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The real timers. */
export const systemTimer: Timer = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => {
    clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
};

/** Options of {@link EventQueue}. */
export interface EventQueueOptions {
  timer: Timer;
  /** Events held at most; when full, the oldest is dropped (default 1,000). */
  capacity?: number;
  /** Events sent in one notification at most (default 100). */
  maxBatch?: number;
  /** How long a first event waits for others to join its batch (default 25 ms). */
  delayMs?: number;
}

/** Counts of events that were given up, by reason. */
export interface DropCounts {
  /** Dropped because the queue was full. */
  overflow: number;
  /** Handed to a sender that failed (e.g. the server stopped meanwhile). */
  sendFailed: number;
}

/**
 * A bounded, ordered queue of events between the API and the server.
 *
 * With no sender attached (before the language client is ready, or while it restarts)
 * events are held, up to `capacity`, dropping the oldest. Once a sender is attached,
 * everything held is sent in order at once, and new events are coalesced for up to
 * `delayMs` or `maxBatch` events: one event goes as `consentry/track`, several as one
 * `consentry/trackBatch`.
 */
export class EventQueue {
  private readonly events: TrackParams[] = [];
  private readonly capacity: number;
  private readonly maxBatch: number;
  private readonly delayMs: number;
  private readonly timer: Timer;
  private send: SendNotification | undefined;
  private pendingTimer: unknown;
  private timerScheduled = false;
  private readonly drops: DropCounts = { overflow: 0, sendFailed: 0 };

  constructor(options: EventQueueOptions) {
    this.timer = options.timer;
    this.capacity = Math.max(1, options.capacity ?? 1000);
    this.maxBatch = Math.max(1, options.maxBatch ?? 100);
    this.delayMs = Math.max(0, options.delayMs ?? 25);
  }

  /** Number of events held and not yet sent. */
  get size(): number {
    return this.events.length;
  }

  /** Events given up so far, by reason. */
  get dropped(): Readonly<DropCounts> {
    return { ...this.drops };
  }

  /** Whether a sender is attached. */
  get ready(): boolean {
    return this.send !== undefined;
  }

  /** Adds an event; sends it (with others) soon if a sender is attached. */
  push(event: TrackParams): void {
    if (this.events.length >= this.capacity) {
      this.events.shift();
      this.drops.overflow += 1;
    }
    this.events.push(event);
    if (this.send === undefined) {
      return;
    }
    if (this.events.length >= this.maxBatch) {
      void this.flush();
    } else {
      this.schedule();
    }
  }

  /** Attaches the sender and sends everything held, in order. */
  attach(send: SendNotification): void {
    this.send = send;
    void this.flush();
  }

  /** Detaches the sender: events are held again until the next {@link attach}. */
  detach(): void {
    this.send = undefined;
    this.cancelTimer();
  }

  /**
   * Sends everything held now, in batches of at most `maxBatch`; a no-op without a sender.
   * The promise settles once every send has (it never rejects).
   */
  flush(): Promise<void> {
    this.cancelTimer();
    const send = this.send;
    const deliveries: Promise<void>[] = [];
    while (send !== undefined && this.events.length > 0) {
      deliveries.push(this.deliver(send, this.events.splice(0, this.maxBatch)));
    }
    return Promise.all(deliveries).then(() => undefined);
  }

  /** Stops the timer; held events stay held. */
  dispose(): void {
    this.detach();
  }

  private async deliver(send: SendNotification, batch: TrackParams[]): Promise<void> {
    const [first] = batch;
    try {
      // Called synchronously (before the first await), so batches go out in order.
      const sent =
        batch.length === 1 && first !== undefined
          ? send(Method.track, first)
          : send(Method.trackBatch, { events: batch });
      await sent;
    } catch {
      // A telemetry fault must never reach the calling extension: count it, nothing more.
      this.drops.sendFailed += batch.length;
    }
  }

  private schedule(): void {
    if (this.timerScheduled) {
      return;
    }
    this.timerScheduled = true;
    this.pendingTimer = this.timer.setTimeout(() => {
      this.timerScheduled = false;
      void this.flush();
    }, this.delayMs);
  }

  private cancelTimer(): void {
    if (this.timerScheduled) {
      this.timer.clearTimeout(this.pendingTimer);
      this.timerScheduled = false;
    }
  }
}

/** Params of {@link ConsentryApi.suggestionOutcome}. */
export interface SuggestionOutcome {
  outcome: 'accepted' | 'rejected';
  model: string;
  provider?: string;
  languageId?: string;
  surface?: 'inline' | 'chat' | 'edit';
  latencyMs?: number;
  linesSuggested?: number;
}

/** Params of {@link ConsentryApi.modelCommand}. */
export interface ModelCommand {
  model: string;
  command: string;
  tokensGenerated: number;
  promptTokens?: number;
  provider?: string;
  durationMs?: number;
}

/** Params of {@link ConsentryApi.error}. */
export interface ErrorReport {
  errorType: string;
  message?: string;
  stack?: string;
  component?: string;
}

/** What `activate()` returns: the calls an AI assistant's extension makes. */
export interface ConsentryApi {
  /** Records any catalog event; the server drops names and properties outside the catalog. */
  track(event: string, properties?: Record<string, unknown>): void;
  /** A suggestion was accepted or rejected. */
  suggestionOutcome(p: SuggestionOutcome): void;
  /** A model ran a command. */
  modelCommand(p: ModelCommand): void;
  /** An error happened; `message` and `stack` are scrubbed by the server. */
  error(p: ErrorReport): void;
  /** A page (view, panel) was shown. */
  pageview(page: string): void;
  /** A feature was used. */
  featureUsed(feature: string): void;
}

/** Sources of time and ids; injected so tests get fixed values. */
export interface Stamp {
  now: () => Date;
  newId: () => string;
}

/** The real clock and UUIDs. */
export const systemStamp: Stamp = { now: () => new Date(), newId: () => randomUUID() };

/** Copies `properties` without `undefined` values, which would not survive JSON anyway. */
export function definedProperties(properties: unknown): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) {
    return result;
  }
  for (const [key, value] of Object.entries(properties)) {
    if (value !== undefined) {
      result[key] = value;
    }
  }
  return result;
}

/** Builds one event as the protocol sends it: name, properties, timestamp and id. */
export function makeEvent(event: string, properties: unknown, stamp: Stamp = systemStamp): TrackParams {
  return {
    event,
    properties: definedProperties(properties),
    timestamp: stamp.now().toISOString(),
    id: stamp.newId(),
  };
}

/** Creates the API over a queue. */
export function createApi(queue: EventQueue, stamp: Stamp = systemStamp): ConsentryApi {
  const track = (event: string, properties?: unknown): void => {
    try {
      queue.push(makeEvent(event, properties, stamp));
    } catch {
      // Never let telemetry break the calling extension.
    }
  };
  return Object.freeze({
    track(event: string, properties?: Record<string, unknown>): void {
      track(event, properties);
    },
    suggestionOutcome(p: SuggestionOutcome): void {
      track('suggestion_outcome', p);
    },
    modelCommand(p: ModelCommand): void {
      track('model_command', p);
    },
    error(p: ErrorReport): void {
      track('error', p);
    },
    pageview(page: string): void {
      track('pageview', { page });
    },
    featureUsed(feature: string): void {
      track('feature_used', { feature });
    },
  });
}
