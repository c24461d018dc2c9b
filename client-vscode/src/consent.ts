/**
 * What the user sees of consent: the status bar item that follows the server's decision
 * (a click opens the quick pick of `commands.ts`), and forwarding the editor's own
 * telemetry state to the server.
 *
 * The server decides; this module only shows the decision and passes inputs on.
 */
import type { Disposable, StatusBarItem } from 'vscode';
import { Command, type ConsentView, type ServerChannel, loggedBecause } from './commands';
import { Method, type ServerProfile, type StateChangedParams, type VscodeTelemetryParams } from './protocol';
import { TELEMETRY_SECTION, readVscodeTelemetry } from './settings';
import * as vscodeapi from './vscodeapi';

/** Text and tooltip of the status bar item. */
export interface StatusView {
  text: string;
  tooltip: string;
}

const STATE_TEXT: Record<StateChangedParams['state'], string> = {
  on: '$(pulse) Telemetry: On',
  'errors-only': '$(shield) Telemetry: Errors only',
  off: '$(circle-slash) Telemetry: Off',
  undecided: '$(question) Telemetry: Ask',
};

/** Shown until the server's first decision: nothing is sent before it. */
export const STARTING_VIEW: StatusView = {
  text: '$(sync~spin) Telemetry',
  tooltip: 'Consentry is starting; nothing is sent until consent is known.',
};

/**
 * The status bar's text and tooltip for a decision of the server, naming the product when
 * its profile is known; with destination `log-only` (no key, or a development or test run)
 * "on" means *logged*: events are written to the audit log on this machine and nothing is
 * sent, and the tooltip says which of the two.
 */
export function describeState(params: StateChangedParams, profile?: ServerProfile): StatusView {
  const logOnly = profile?.destination === 'log-only';
  // An administrator's policy decides: shown as locked; the reason says who locked it.
  const locked = params.decidedBy === 'policy' && (params.state === 'off' || params.state === 'errors-only');
  const text = locked
    ? `$(lock) ${STATE_TEXT[params.state].replace(/^\$\([a-z-]+\) /, '')} (locked)`
    : params.state === 'on' && logOnly
      ? '$(pulse) Telemetry: On (logged only)'
      : Object.hasOwn(STATE_TEXT, params.state)
        ? STATE_TEXT[params.state]
        : '$(question) Telemetry';
  const who = profile === undefined ? '' : `${profile.product}: `;
  const where =
    logOnly && (params.state === 'on' || params.state === 'errors-only')
      ? ` ${loggedBecause(profile.devRun)}, so events are only logged on this machine (the audit log); nothing is sent.`
      : '';
  return { text, tooltip: `${who}${params.reason} (decided by: ${params.decidedBy})${where}` };
}

/** The status bar's text and tooltip when the server could not run: nothing is sent. */
export function describeUnavailable(detail: string): StatusView {
  return {
    text: '$(warning) Telemetry: Unavailable',
    tooltip: `The Consentry server is not running, so nothing is sent: ${detail}`,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Checks the params of `consentry/stateChanged`; `undefined` if they are malformed. */
export function parseStateChanged(value: unknown): StateChangedParams | undefined {
  if (!isRecord(value) || typeof value.state !== 'string') {
    return undefined;
  }
  return {
    state: value.state as StateChangedParams['state'],
    decidedBy: typeof value.decidedBy === 'string' ? value.decidedBy : 'unknown',
    reason: typeof value.reason === 'string' ? value.reason : '',
  };
}

/** The status bar item; it follows `consentry/stateChanged`; a click opens the quick pick. */
export class ConsentStatusBar implements Disposable {
  private readonly item: StatusBarItem;
  private current: ConsentView = {};
  private summary: StatusView | undefined;

  /**
   * @param id the item's id (one per product that embeds the library)
   * @param name what the editor calls it in its status bar menu
   * @param menuCommand the command a click runs
   * @param visible whether to show it (a product may keep only its commands)
   */
  constructor(id = 'consentry.status', name = 'Consentry Telemetry', menuCommand: string = Command.showMenu, visible = true) {
    this.item = vscodeapi.createStatusBarItem(id, 100);
    this.item.name = name;
    this.item.command = menuCommand;
    this.show(STARTING_VIEW);
    if (visible) {
      this.item.show();
    }
  }

  /** What the item shows now, for the quick pick. */
  get view(): ConsentView {
    return this.current;
  }

  /** Shows a decision of the server. */
  update(params: StateChangedParams): void {
    this.current = { ...this.current, state: params, unavailable: undefined };
    this.show(describeState(params, this.current.profile));
  }

  /** The profile the server announced: its product name and destination go in the tooltip. */
  setProfile(profile: ServerProfile | undefined): void {
    this.current = { ...this.current, profile };
    if (this.current.state !== undefined) {
      this.show(describeState(this.current.state, profile));
    }
  }

  /** Shows that the server is starting (again). */
  starting(): void {
    this.current = { profile: this.current.profile };
    this.show(STARTING_VIEW);
  }

  /** Shows that the server is not running. */
  unavailable(detail: string): void {
    this.current = { unavailable: detail };
    this.show(describeUnavailable(detail));
  }

  /**
   * Follows the server's decisions, passing each on to `listener` too; register before
   * the client starts so none is missed. Notifications for which `elsewhere` returns true
   * are left to it.
   */
  follow(
    channel: ServerChannel,
    listener?: (params: StateChangedParams) => void,
    elsewhere?: (params: unknown) => boolean,
  ): { dispose(): unknown } {
    return channel.onNotification(Method.stateChanged, (params) => {
      // Another product's state (the hub's) is not the default product's.
      if (elsewhere?.(params) === true) {
        return;
      }
      const parsed = parseStateChanged(params);
      if (parsed !== undefined) {
        this.update(parsed);
        listener?.(parsed);
      }
    });
  }

  dispose(): void {
    this.item.dispose();
  }

  /** Shows `view` (the hub's summary of every product) instead of the default product's state; `undefined` goes back. */
  showSummary(view: StatusView | undefined): void {
    this.summary = view;
    this.show(view ?? this.viewOfCurrent());
  }

  private viewOfCurrent(): StatusView {
    if (this.current.unavailable !== undefined) {
      return describeUnavailable(this.current.unavailable);
    }
    return this.current.state === undefined ? STARTING_VIEW : describeState(this.current.state, this.current.profile);
  }

  private show(own: StatusView): void {
    // A summary of several products, once there is one, stands for all of them; a server
    // that cannot run is still shown, since then no product sends anything.
    const view = this.summary !== undefined && this.current.unavailable === undefined ? this.summary : own;
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
  }
}

/** The editor's telemetry state now. */
export function currentVscodeTelemetry(): VscodeTelemetryParams {
  return readVscodeTelemetry(vscodeapi.getConfiguration(TELEMETRY_SECTION), vscodeapi.isTelemetryEnabled());
}

/**
 * Sends `consentry/vscodeTelemetry` whenever the editor's telemetry is switched or any
 * `telemetry.*` setting changes (the event alone does not carry the level).
 */
export function forwardVscodeTelemetry(channel: ServerChannel): Disposable[] {
  const send = (): void => {
    // A server that is not running gets the current state in its next `initialize`.
    if (channel.isRunning()) {
      channel.sendNotification(Method.vscodeTelemetry, currentVscodeTelemetry()).catch(() => undefined);
    }
  };
  return [
    vscodeapi.onDidChangeTelemetryEnabled(send),
    vscodeapi.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(TELEMETRY_SECTION)) {
        send();
      }
    }),
  ];
}
