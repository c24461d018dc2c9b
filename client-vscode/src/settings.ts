/**
 * The one reader of configuration.
 *
 * Every setting the client uses is read here. The editor's configuration object is passed
 * in (see `vscodeapi.ts`), and the decisions are pure functions of plain values, so all of
 * it is unit-tested in plain Node.
 */
import type { TelemetryLevel, VscodeTelemetryParams } from './protocol';

/** Our configuration section. */
export const CONSENTRY_SECTION = 'consentry';
/** VS Code's own telemetry section. */
export const TELEMETRY_SECTION = 'telemetry';
/** Key of the consent setting inside {@link CONSENTRY_SECTION}. */
export const TELEMETRY_ENABLED_KEY = 'telemetry.enabled';

/** The part of `WorkspaceConfiguration.inspect()`'s result that says who set a value. */
export interface InspectedValue<T> {
  globalValue?: T;
  workspaceValue?: T;
  workspaceFolderValue?: T;
}

/** The part of `vscode.WorkspaceConfiguration` this module reads. */
export interface ConfigurationLike {
  get(key: string): unknown;
  inspect<T>(key: string): InspectedValue<T> | undefined;
}

/** Returns the configuration of a section, optionally for a resource (a URI string). */
export type ConfigurationProvider = (section: string, scopeUri?: string) => ConfigurationLike;

/**
 * The consent setting as the user set it: `true` or `false` from the most specific scope
 * that holds a boolean (folder, then workspace, then user), `null` if none does.
 *
 * `get()` cannot tell "unset" from the declared default, and only an explicit choice
 * may grant or deny consent.
 */
export function userSetBoolean(inspected: InspectedValue<unknown> | undefined): boolean | null {
  if (inspected === undefined) {
    return null;
  }
  for (const value of [inspected.workspaceFolderValue, inspected.workspaceValue, inspected.globalValue]) {
    if (typeof value === 'boolean') {
      return value;
    }
  }
  return null;
}

/** Reads `consentry.telemetry.enabled` as the user set it (see {@link userSetBoolean}). */
export function readUserTelemetryEnabled(consentry: ConfigurationLike): boolean | null {
  return userSetBoolean(consentry.inspect<unknown>(TELEMETRY_ENABLED_KEY));
}

/** Maps any `telemetry.telemetryLevel` value to a protocol level; VS Code's default is `all`. */
export function normalizeTelemetryLevel(value: unknown): TelemetryLevel {
  return value === 'all' || value === 'error' || value === 'crash' || value === 'off' ? value : 'all';
}

/** The editor's telemetry state, as sent at start and on every change. */
export function readVscodeTelemetry(telemetry: ConfigurationLike, isTelemetryEnabled: boolean): VscodeTelemetryParams {
  return { isTelemetryEnabled, level: normalizeTelemetryLevel(telemetry.get('telemetryLevel')) };
}

/** A non-empty trimmed string, or `undefined` for anything else (empty means "use the default"). */
export function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The settings the client needs to launch the server. */
export interface LaunchSettings {
  /** `consentry.server.python`, if set. */
  python?: string;
  /** `consentry.profile`, if set. */
  profile?: string;
}

/** Reads the launch settings from the `consentry` section. */
export function readLaunchSettings(consentry: ConfigurationLike): LaunchSettings {
  return {
    python: nonEmptyString(consentry.get('server.python')),
    profile: nonEmptyString(consentry.get('profile')),
  };
}

/** One item of a `workspace/configuration` request. */
export interface ConfigurationItemLike {
  section?: string | null;
  scopeUri?: string | null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Returns a copy of `result` (the `consentry` section as the editor resolved it) whose
 * `telemetry.enabled` is `enabled`. The input is not modified.
 */
export function withTelemetryEnabled(result: unknown, enabled: boolean | null): Record<string, unknown> {
  const section = isPlainObject(result) ? result : {};
  const telemetry = isPlainObject(section.telemetry) ? section.telemetry : {};
  return { ...section, telemetry: { ...telemetry, enabled } };
}

/**
 * Rewrites the answer to a `workspace/configuration` request so that, for every item of
 * the `consentry` section, `telemetry.enabled` is the value the user set (`null` while
 * unset) rather than the declared default. Other items pass through unchanged.
 *
 * @param userTelemetryEnabled reads the user's value for an item's scope.
 */
export function rewriteConfigurationResult(
  items: readonly ConfigurationItemLike[],
  results: readonly unknown[],
  userTelemetryEnabled: (scopeUri: string | undefined) => boolean | null,
): unknown[] {
  return results.map((result, index) => {
    const item = items[index];
    if (item?.section !== CONSENTRY_SECTION) {
      return result;
    }
    return withTelemetryEnabled(result, userTelemetryEnabled(item.scopeUri ?? undefined));
  });
}
