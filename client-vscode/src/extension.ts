/**
 * Entry point: wires the modules together and returns the API. No logic of its own.
 */
import type { ExtensionContext } from 'vscode';
import { EventQueue, createApi, systemTimer, type ConsentryApi } from './api';
import { ConsentStatusBar, forwardVscodeTelemetry, registerConsentCommands } from './consent';
import {
  ServerUnavailableError,
  createLanguageClient,
  currentLaunch,
  onRunningChanged,
  startLanguageClient,
  stopLanguageClient,
} from './server';
import * as vscodeapi from './vscodeapi';

// VS Code awaits `deactivate()` but not the disposal of subscriptions, and the server
// needs its shutdown to make its last flush, so the stop step is kept here.
let stopOnDeactivate: (() => Promise<void>) | undefined;

/** Activates the extension and returns the API other extensions call. */
export function activate(context: ExtensionContext): ConsentryApi {
  const output = vscodeapi.createOutputChannel('Consentry');
  const queue = new EventQueue({ timer: systemTimer });
  const statusBar = new ConsentStatusBar();
  const launch = currentLaunch(context.extensionPath);
  const client = createLanguageClient(
    { extensionPath: context.extensionPath, extensionVersion: extensionVersion(context), outputChannel: output },
    launch,
  );

  context.subscriptions.push(
    output,
    statusBar,
    statusBar.follow(client),
    ...registerConsentCommands(client),
    ...forwardVscodeTelemetry(client),
    onRunningChanged(client, (running) => {
      if (running) {
        queue.attach((method, params) => client.sendNotification(method, params));
      } else {
        queue.detach();
      }
    }),
  );

  stopOnDeactivate = async () => {
    // Hand over what is still coalescing before the connection closes.
    await queue.flush();
    queue.dispose();
    await stopLanguageClient(client);
  };

  // Off the critical path: callers get the API at once and their events wait in the queue.
  startLanguageClient(client, launch, output).catch((error: unknown) => {
    statusBar.unavailable(error instanceof ServerUnavailableError ? error.message : String(error));
  });

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
