/**
 * Entry point of the Consentry extension: wiring only. It runs the default product's
 * telemetry client (`telemetry.ts`) and returns its API, to which the shared hub adds
 * `register()` (`hub.ts`).
 */
import type { ExtensionContext } from 'vscode';
import type { ConsentryApi } from './api';
import type { ConsentryHubApi, RegisterOptions } from './hub';
import { CONSENTRY_CONSENT_SETTING, CONSENTRY_SECTION } from './settings';
import { startTelemetry } from './telemetry';

// VS Code awaits `deactivate()` but not the disposal of subscriptions, and the server
// needs its shutdown to make its last flush, so the stop step is kept here.
let stopOnDeactivate: (() => Promise<void>) | undefined;

/** Settings that change how the server is launched: a change restarts it. */
const LAUNCH_SETTINGS = [`${CONSENTRY_SECTION}.server.python`, `${CONSENTRY_SECTION}.profile`];

/** Activates the extension and returns the API other extensions call. */
export function activate(context: ExtensionContext): ConsentryHubApi {
  const telemetry = startTelemetry(context, {
    commandBase: CONSENTRY_SECTION,
    consentSetting: CONSENTRY_CONSENT_SETTING,
    displayName: 'Consentry',
    statusBar: true,
    launchSettings: LAUNCH_SETTINGS,
    hub: true,
  });
  stopOnDeactivate = telemetry.stop;
  const { hub } = telemetry;
  return Object.freeze({
    ...telemetry.api,
    register: (options: RegisterOptions): ConsentryApi => {
      if (hub === undefined) {
        throw new Error('the hub is not running');
      }
      return hub.register(options);
    },
  });
}

/** Flushes pending events and stops the server. */
export async function deactivate(): Promise<void> {
  const stop = stopOnDeactivate;
  stopOnDeactivate = undefined;
  await stop?.();
}
