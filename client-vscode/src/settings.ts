/**
 * The one reader of configuration.
 *
 * Every setting the client uses is read here. The editor's configuration object is passed
 * in (see `vscodeapi.ts`), and the decisions are pure functions of plain values, so all of
 * it is unit-tested in plain Node.
 */
import { parse as parseJsonc } from 'jsonc-parser';
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

/** The full key of the Consentry extension's own consent setting. */
export const CONSENTRY_CONSENT_SETTING = `${CONSENTRY_SECTION}.${TELEMETRY_ENABLED_KEY}`;

/**
 * A consent setting as the person set it in their own (user) settings: `true` or `false`
 * from `globalValue`, `null` while unset. A workspace or folder value never grants: the
 * repository one opens is not the person. Only an explicit `false` there counts, as a deny
 * for that workspace ({@link personalConsent}).
 *
 * `get()` cannot tell "unset" from the declared default, and it merges the workspace's
 * values in, so it is never used for consent.
 */
export function userSetBoolean(inspected: InspectedValue<unknown> | undefined): boolean | null {
  const value = inspected?.globalValue;
  return typeof value === 'boolean' ? value : null;
}

/**
 * The consent a setting gives in this window: `false` if the workspace (its settings,
 * a folder's, or its `.vscode/settings.json` as read by {@link workspaceFileSaysFalse})
 * turns it off, else the person's own value ({@link userSetBoolean}).
 */
export function personalConsent(inspected: InspectedValue<unknown> | undefined, workspaceDenies: boolean): boolean | null {
  if (workspaceDenies || inspected?.workspaceValue === false || inspected?.workspaceFolderValue === false) {
    return false;
  }
  return userSetBoolean(inspected);
}

/** Reads `consentry.telemetry.enabled` as the person set it (see {@link userSetBoolean}). */
export function readUserTelemetryEnabled(consentry: ConfigurationLike): boolean | null {
  return userSetBoolean(consentry.inspect<unknown>(TELEMETRY_ENABLED_KEY));
}

/**
 * Whether a workspace settings document (`.vscode/settings.json`, or with `nested` the
 * `settings` object of a `.code-workspace` file) sets `key` to exactly `false`.
 *
 * Consent settings are application-scoped, so the editor drops a workspace's value of them
 * before any extension sees it; the file is read here for the one thing a workspace may
 * do, which is to say no. A document that cannot be parsed says nothing.
 */
export function workspaceFileSaysFalse(text: string, key: string, nested = false): boolean {
  let parsed: unknown;
  try {
    parsed = parseJsonc(text, undefined, { allowTrailingComma: true, disallowComments: false });
  } catch {
    return false;
  }
  const settings = nested && isPlainObject(parsed) ? parsed.settings : parsed;
  return isPlainObject(settings) && settings[key] === false;
}

/** The person's own string value of a setting (user settings only), if non-empty. */
export function personalString(inspected: InspectedValue<unknown> | undefined): string | undefined {
  return nonEmptyString(inspected?.globalValue);
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

/**
 * Reads the launch settings from the `consentry` section: the person's own values only,
 * since they pick the program that runs and where events go (the settings are
 * application-scoped, and a workspace value is ignored here too).
 */
export function readLaunchSettings(consentry: ConfigurationLike): LaunchSettings {
  return {
    python: personalString(consentry.inspect<unknown>('server.python')),
    profile: personalString(consentry.inspect<unknown>('profile')),
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
 * `telemetry.enabled` is `enabled` and `telemetry.analyticsLog` is `analyticsLog` (the
 * person's own value, or empty). The input is not modified.
 */
export function withTelemetryEnabled(result: unknown, enabled: boolean | null, analyticsLog?: string): Record<string, unknown> {
  const section = isPlainObject(result) ? result : {};
  const telemetry = isPlainObject(section.telemetry) ? section.telemetry : {};
  return { ...section, telemetry: { ...telemetry, enabled, analyticsLog: analyticsLog ?? '' } };
}

/** What the person chose, as the rewrite of `workspace/configuration` answers it. */
export interface PersonalValues {
  /** The consent a setting key (e.g. `acme.telemetry.enabled`) gives for an item's scope. */
  consent: (key: string, scopeUri: string | undefined) => boolean | null;
  /** `consentry.telemetry.analyticsLog` from user settings, if set. */
  analyticsLog: () => string | undefined;
}

/**
 * Rewrites the answer to a `workspace/configuration` request so that the server sees only
 * the person's choices: for items of the `consentry` section, `telemetry.enabled` (`null`
 * while unset) and `telemetry.analyticsLog`; for items naming a product's consent setting
 * (one of `consentKeys`, PROTOCOL version 2), that setting's value. Other items pass
 * through unchanged.
 */
export function rewriteConfigurationResult(
  items: readonly ConfigurationItemLike[],
  results: readonly unknown[],
  personal: PersonalValues,
  consentKeys: ReadonlySet<string> = new Set(),
): unknown[] {
  return results.map((result, index) => {
    const item = items[index];
    const section = item?.section ?? undefined;
    const scopeUri = item?.scopeUri ?? undefined;
    if (section === CONSENTRY_SECTION) {
      return withTelemetryEnabled(result, personal.consent(CONSENTRY_CONSENT_SETTING, scopeUri), personal.analyticsLog());
    }
    if (section !== undefined && (consentKeys.has(section) || section === CONSENTRY_CONSENT_SETTING)) {
      return personal.consent(section, scopeUri);
    }
    return result;
  });
}
