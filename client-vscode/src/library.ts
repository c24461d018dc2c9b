/**
 * The library a product embeds (the npm package `@consentry/vscode`): one call in the
 * product's `activate()` starts the Consentry server the product bundles, for that
 * product alone.
 *
 * ```ts
 * import { activateTelemetry } from '@consentry/vscode';
 * export function activate(context: vscode.ExtensionContext) {
 *   const telemetry = activateTelemetry(context, { profile: 'telemetry/acme.toml', commandPrefix: 'acme' });
 *   telemetry.featureUsed('chat_opened');
 * }
 * ```
 * The product's own "Telemetry Enabled" checkbox (`<commandPrefix>.telemetry.enabled`,
 * the profile's `setting`) is the consent setting; the prompt names the product; the
 * status-bar item and the commands (`<commandPrefix>.telemetry.showMenu`, …) carry its
 * prefix. `consentry manifest --prefix acme` prints the `contributes` block to paste into
 * the product's `package.json`.
 */
import * as path from 'node:path';
import type { ExtensionContext } from 'vscode';
import type { ConsentryApi } from './api';
import { consentSettingFor, declaredSettings, profileSetting } from './productsetup';
import { CONSENTRY_SECTION } from './settings';
import { extensionVersion, startTelemetry } from './telemetry';

export type { ConsentryApi, ErrorReport, ModelCommand, SuggestionOutcome } from './api';
export type { ConsentryHubApi, RegisterOptions } from './hub';

/** Options of {@link activateTelemetry}. */
export interface TelemetryOptions {
  /** The product's profile TOML: absolute, or relative to the extension's folder. */
  profile: string;
  /**
   * Prefix of the product's commands, status-bar item and consent setting, e.g. `acme`:
   * commands `acme.telemetry.showMenu`, …, setting `acme.telemetry.enabled`. Default: the
   * extension's `name` from its `package.json`.
   */
  commandPrefix?: string;
  /** Show the status-bar item (default true); the commands stay either way. */
  statusBar?: boolean;
  /**
   * The consent setting; must equal the profile's `setting`. Default: the profile's
   * `setting`, else `<commandPrefix>.telemetry.enabled`.
   */
  setting?: string;
}

/** What {@link activateTelemetry} returns: the product's API, and how to stop it. */
export interface ProductTelemetry extends ConsentryApi {
  /** Hands over what is queued and stops the server; return it from `deactivate()`. */
  dispose(): Promise<void>;
}

function packageField(context: Pick<ExtensionContext, 'extension'>, key: string): string | undefined {
  const packageJson: unknown = context.extension.packageJSON;
  if (typeof packageJson === 'object' && packageJson !== null && key in packageJson) {
    const value = (packageJson as Record<string, unknown>)[key];
    return typeof value === 'string' && value !== '' ? value : undefined;
  }
  return undefined;
}

/** The command prefix: the option, else the extension's `name`, made into a safe id. */
export function commandPrefixFor(option: string | undefined, extensionName: string | undefined): string {
  const raw = option ?? extensionName ?? 'product';
  return raw.replace(/[^A-Za-z0-9_-]/g, '-') || 'product';
}

/**
 * Starts telemetry for the product whose `activate()` calls it, on the server it bundles
 * (`bundled/libs`) and its own profile, from the first start on. Never throws for
 * telemetry's sake: a server that cannot start leaves the status bar saying why and
 * every call a no-op.
 */
export function activateTelemetry(context: ExtensionContext, options: TelemetryOptions): ProductTelemetry {
  const prefix = commandPrefixFor(options.commandPrefix, packageField(context, 'name'));
  const productName = packageField(context, 'displayName') ?? prefix;
  const displayName = `${productName} Telemetry`;
  const profile = path.resolve(context.extensionPath, options.profile);
  const consent = consentSettingFor({
    option: options.setting,
    prefix,
    profileSetting: profileSetting(profile),
    declared: declaredSettings(context.extension.packageJSON),
  });
  const telemetry = startTelemetry(context, {
    commandBase: `${prefix}.telemetry`,
    consentSetting: consent.setting,
    problems: consent.problems,
    productName,
    profile,
    displayName,
    statusBar: options.statusBar ?? true,
    // The profile is the product's own; only the person's interpreter choice restarts it.
    launchSettings: [`${CONSENTRY_SECTION}.server.python`],
  });
  return Object.freeze({ ...telemetry.api, dispose: telemetry.stop });
}

/** The product's version, as its events carry it (`extension_version`). */
export { extensionVersion };
