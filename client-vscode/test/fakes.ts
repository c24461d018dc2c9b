/**
 * Test doubles shared by the client's unit tests: a manual timer and a recording sender.
 */
import type { Timer } from '../src/api';

/** A timer that fires only when the test advances time. */
export class FakeTimer implements Timer {
  private nowMs = 0;
  private nextHandle = 1;
  private readonly pending = new Map<number, { at: number; callback: () => void }>();

  setTimeout(callback: () => void, ms: number): unknown {
    const handle = this.nextHandle++;
    this.pending.set(handle, { at: this.nowMs + ms, callback });
    return handle;
  }

  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }

  /** Number of timers waiting. */
  get waiting(): number {
    return this.pending.size;
  }

  /** Moves time on by `ms`, firing every timer that falls due, in order. */
  advance(ms: number): void {
    const target = this.nowMs + ms;
    for (;;) {
      const due = [...this.pending.entries()]
        .filter(([, timer]) => timer.at <= target)
        .sort(([, a], [, b]) => a.at - b.at)[0];
      if (due === undefined) {
        break;
      }
      const [handle, timer] = due;
      this.pending.delete(handle);
      this.nowMs = timer.at;
      timer.callback();
    }
    this.nowMs = target;
  }
}

/** One notification a sender was asked to send. */
export interface Sent {
  method: string;
  params: unknown;
}

/** A sender that records what it is given. */
export function recordingSender(): { sent: Sent[]; send: (method: string, params: object) => Promise<void> } {
  const sent: Sent[] = [];
  return {
    sent,
    send: (method, params) => {
      sent.push({ method, params: structuredClone(params) });
      return Promise.resolve();
    },
  };
}

/** A value as test names show it (`JSON.stringify` returns undefined for undefined). */
export function show(value: unknown): string {
  return value === undefined ? 'undefined' : JSON.stringify(value);
}
