/**
 * Method names and payload types of the Consentry protocol, version 1.
 *
 * A mirror of the server's protocol module: PROTOCOL.md is the contract, and both sides
 * spell the names exactly as it does. No runtime dependencies, so every module and test
 * can import it.
 */

/** Method names, client → server and server → client. */
export const Method = {
  track: 'consentry/track',
  trackBatch: 'consentry/trackBatch',
  vscodeTelemetry: 'consentry/vscodeTelemetry',
  stateChanged: 'consentry/stateChanged',
  status: 'consentry/status',
  flush: 'consentry/flush',
  recentEvents: 'consentry/recentEvents',
  setConsent: 'consentry/setConsent',
  resetId: 'consentry/resetId',
  registerProduct: 'consentry/registerProduct',
} as const;

/** Any of the protocol's method names. */
export type MethodName = (typeof Method)[keyof typeof Method];

/** VS Code's `telemetry.telemetryLevel` values. */
export type TelemetryLevel = 'all' | 'error' | 'crash' | 'off';

/** The editor's own telemetry state (`initializationOptions.vscodeTelemetry` and
 * `consentry/vscodeTelemetry`). */
export interface VscodeTelemetryParams {
  isTelemetryEnabled: boolean;
  level: TelemetryLevel;
}

/** `initializationOptions` of the `initialize` request. */
export interface InitializationOptions {
  profile?: string;
  extensionVersion?: string;
  /** Absolute folder of the embedding extension (version 2). */
  extensionPath?: string;
  /** How the embedding extension runs (version 2). */
  extensionMode?: 'production' | 'development' | 'test';
  vscodeTelemetry?: VscodeTelemetryParams;
}

/** Event names of the catalog. */
export type CatalogEvent = 'suggestion_outcome' | 'model_command' | 'error' | 'pageview' | 'feature_used';

/** Params of `consentry/track`; also one element of `consentry/trackBatch`. */
export interface TrackParams {
  event: string;
  properties: Record<string, unknown>;
  /** ISO-8601 time the event happened. */
  timestamp?: string;
  /** UUID; becomes the PostHog `uuid`, so a retried event is counted once. */
  id?: string;
}

/** Params of `consentry/trackBatch`: the same as several `consentry/track`, in order. */
export interface TrackBatchParams {
  events: TrackParams[];
}

/** The consent state the server decided. */
export type ConsentState = 'on' | 'errors-only' | 'off' | 'undecided';

/** The source that decided the state (`decidedBy`). */
export type ConsentSource = 'env' | 'permanent' | 'vscode' | 'setting' | 'config' | 'profile';

/** Params of the server's `consentry/stateChanged` notification. */
export interface StateChangedParams {
  state: ConsentState;
  /** One of {@link ConsentSource}; kept a string so a newer server cannot break the client. */
  decidedBy: string;
  reason: string;
}

/** Result of `consentry/status` (and of `consentry/setConsent`). */
export interface StatusResult extends StateChangedParams {
  destination: 'posthog' | 'log-only';
  queued: number;
  sent: number;
  dropped: Record<string, number>;
}

/** Params of `consentry/setConsent`, for clients without settings. */
export interface SetConsentParams {
  granted: boolean;
  permanent?: boolean;
}

/** Params of `consentry/recentEvents`. */
export interface RecentEventsParams {
  limit?: number;
}

/** One entry of the `consentry/recentEvents` result: the event as sent, or for a dropped
 * event only its catalog name and the reason. */
export interface RecentEvent {
  status: 'queued' | 'sent' | 'dropped';
  [key: string]: unknown;
}

/** Result of `consentry/flush`, after one delivery attempt. */
export interface FlushResult {
  sent: number;
  queued: number;
}

/** Result of `consentry/resetId`: whether an anonymous id existed and was deleted (a new
 * one is made for the next event kept). */
export interface ResetIdResult {
  deleted: boolean;
}

/** When the product asks for consent. */
export type PromptStyle = 'first-run' | 'install-and-update' | 'never';

/** The product profile as the server announces it in the `initialize` result
 * (`capabilities.experimental.consentry`). */
export interface ServerProfile {
  protocolVersion: number;
  catalogVersion: number;
  product: string;
  consent: 'opt-in' | 'opt-out';
  prompt: PromptStyle;
  privacyUrl: string;
  destination: string;
  /** Why this is a development or test run, whose events stay on the machine by default. */
  devRun?: string;
}
