/**
 * What the user sees and does about consent: the status bar item that follows the
 * server's decision, the commands, and forwarding the editor's own telemetry state.
 *
 * The server decides; this module only shows the decision and passes inputs on.
 */
import type { Disposable, StatusBarItem } from 'vscode';
import { Method, type StateChangedParams, type StatusResult, type VscodeTelemetryParams } from './protocol';
import { CONSENTRY_SECTION, TELEMETRY_ENABLED_KEY, TELEMETRY_SECTION, readVscodeTelemetry } from './settings';
import * as vscodeapi from './vscodeapi';

/** Command ids contributed in `package.json`. */
export const Command = {
  showStatus: 'consentry.showStatus',
  allowTelemetry: 'consentry.allowTelemetry',
  denyTelemetry: 'consentry.denyTelemetry',
} as const;

/** The part of the language client this module uses. */
export interface ServerChannel {
  isRunning(): boolean;
  sendNotification(method: string, params: object): Promise<void>;
  sendRequest<R>(method: string, params: object): Promise<R>;
  onNotification(method: string, handler: (params: unknown) => void): { dispose(): unknown };
}

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

/** The status bar's text and tooltip for a decision of the server. */
export function describeState(params: StateChangedParams): StatusView {
  const text = Object.hasOwn(STATE_TEXT, params.state) ? STATE_TEXT[params.state] : '$(question) Telemetry';
  return { text, tooltip: `${params.reason} (decided by: ${params.decidedBy})` };
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

/** The message `Consentry: Show Status` displays for a `consentry/status` result. */
export function formatStatus(status: StatusResult): string {
  return (
    `Consentry telemetry: ${status.state} (decided by: ${status.decidedBy}). ${status.reason} ` +
    `Destination: ${status.destination}; queued: ${String(status.queued)}; sent: ${String(status.sent)}.`
  );
}

/** The status bar item; it follows `consentry/stateChanged`. */
export class ConsentStatusBar implements Disposable {
  private readonly item: StatusBarItem;

  constructor() {
    this.item = vscodeapi.createStatusBarItem('consentry.status', 100);
    this.item.name = 'Consentry Telemetry';
    this.item.command = Command.showStatus;
    this.show(STARTING_VIEW);
    this.item.show();
  }

  /** Shows a decision of the server. */
  update(params: StateChangedParams): void {
    this.show(describeState(params));
  }

  /** Shows that the server is not running. */
  unavailable(detail: string): void {
    this.show(describeUnavailable(detail));
  }

  /** Follows the server's decisions; register before the client starts so none is missed. */
  follow(channel: ServerChannel): { dispose(): unknown } {
    return channel.onNotification(Method.stateChanged, (params) => {
      const parsed = parseStateChanged(params);
      if (parsed !== undefined) {
        this.update(parsed);
      }
    });
  }

  dispose(): void {
    this.item.dispose();
  }

  private show(view: StatusView): void {
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

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Registers the consent commands. */
export function registerConsentCommands(channel: ServerChannel): Disposable[] {
  return [
    vscodeapi.registerCommand(Command.showStatus, async () => {
      try {
        const status = await channel.sendRequest<StatusResult>(Method.status, {});
        await vscodeapi.showInformationMessage(formatStatus(status));
      } catch (error) {
        // The user asked, so say why there is no answer.
        await vscodeapi.showWarningMessage(
          `Consentry: no status, the server is not running (${errorMessage(error)}). See the "Consentry" output.`,
        );
      }
    }),
    // The user setting is the one source of a choice made in VS Code; the server pulls it.
    vscodeapi.registerCommand(Command.allowTelemetry, () =>
      vscodeapi.updateUserSetting(CONSENTRY_SECTION, TELEMETRY_ENABLED_KEY, true),
    ),
    vscodeapi.registerCommand(Command.denyTelemetry, () =>
      vscodeapi.updateUserSetting(CONSENTRY_SECTION, TELEMETRY_ENABLED_KEY, false),
    ),
  ];
}
