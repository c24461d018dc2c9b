/**
 * Entry point: wires the modules together and returns the API. No logic of its own.
 */
import type { ExtensionContext } from 'vscode';
import { EventQueue, createApi, systemTimer, type ConsentryApi } from './api';
import { registerCommands } from './commands';
import { ConsentStatusBar, forwardVscodeTelemetry } from './consent';
import { ConsentPrompt } from './prompt';
import {
  ServerUnavailableError,
  createLanguageClient,
  emptyExecutable,
  extensionModeName,
  onRunningChanged,
  serverProfile,
  signalConfigurationChanges,
  startLanguageClient,
  stopLanguageClient,
} from './server';
import { CONSENTRY_CONSENT_SETTING, CONSENTRY_SECTION, TELEMETRY_ENABLED_KEY } from './settings';
import * as vscodeapi from './vscodeapi';

// VS Code awaits `deactivate()` but not the disposal of subscriptions, and the server
// needs its shutdown to make its last flush, so the stop step is kept here.
let stopOnDeactivate: (() => Promise<void>) | undefined;

/** Settings that change how the server is launched: a change restarts it. */
const LAUNCH_SETTINGS = ['consentry.server.python', 'consentry.profile'];

/** Activates the extension and returns the API other extensions call. */
export function activate(context: ExtensionContext): ConsentryApi {
  const output = vscodeapi.createOutputChannel('Consentry');
  const queue = new EventQueue({ timer: systemTimer });
  const statusBar = new ConsentStatusBar();
  const version = extensionVersion(context);
  const executable = emptyExecutable();
  const consentKeys = (): ReadonlySet<string> => new Set([CONSENTRY_CONSENT_SETTING]);
  const client = createLanguageClient(
    {
      extensionPath: context.extensionPath,
      extensionVersion: version,
      extensionMode: extensionModeName(context.extensionMode),
      outputChannel: output,
      consentKeys,
    },
    executable,
  );
  const prompt = new ConsentPrompt({
    extensionVersion: version,
    storageDir: context.globalStorageUri.fsPath,
    globalState: context.globalState,
    isTelemetryEnabled: vscodeapi.isTelemetryEnabled,
    showMessage: vscodeapi.showNotification,
    writeConsentSetting: (granted) => vscodeapi.updateUserSetting(CONSENTRY_SECTION, TELEMETRY_ENABLED_KEY, granted),
    openExternal: vscodeapi.openExternal,
    log: (message) => {
      output.info(message);
    },
  });
  const showPromptFailure = (error: unknown): void => {
    output.error(`Consent prompt: ${error instanceof Error ? error.message : String(error)}`);
  };

  // Off the critical path: callers get the API at once and their events wait in the queue.
  const start = (): void => {
    statusBar.starting();
    startLanguageClient(client, executable, context.extensionPath, output)
      .then(() => prompt.setProfile(serverProfile(client)))
      .catch((error: unknown) => {
        statusBar.unavailable(error instanceof ServerUnavailableError ? error.message : String(error));
      });
  };

  context.subscriptions.push(
    output,
    statusBar,
    statusBar.follow(client, (params) => {
      prompt.setState(params.state).catch(showPromptFailure);
    }),
    ...registerCommands({ channel: client, view: () => statusBar.view }),
    ...forwardVscodeTelemetry(client),
    ...signalConfigurationChanges(client, consentKeys),
    onRunningChanged(client, (running) => {
      if (running) {
        queue.attach((method, params) => client.sendNotification(method, params));
      } else {
        queue.detach();
      }
    }),
    vscodeapi.onDidChangeConfiguration((event) => {
      if (LAUNCH_SETTINGS.some((key) => event.affectsConfiguration(key))) {
        output.info('A launch setting changed; restarting the Consentry server.');
        stopLanguageClient(client).then(start, start);
      }
    }),
  );

  stopOnDeactivate = async () => {
    // Hand over what is still coalescing before the connection closes.
    await queue.flush();
    queue.dispose();
    await stopLanguageClient(client);
  };

  start();
  return createApi(queue);
}

/** Flushes pending events and stops the server. */
export async function deactivate(): Promise<void> {
  const stop = stopOnDeactivate;
  stopOnDeactivate = undefined;
  await stop?.();
}

function extensionVersion(context: ExtensionContext): string {
  const packageJson: unknown = context.extension.packageJSON;
  if (typeof packageJson === 'object' && packageJson !== null && 'version' in packageJson) {
    return String(packageJson.version);
  }
  return '0.0.0';
}
