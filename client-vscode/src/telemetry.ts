/**
 * One product's telemetry client: the server, the status bar item, the prompt, the
 * commands and the API, wired together. The Consentry extension runs one for the default
 * product; a product that embeds the library runs one for itself (`library.ts`).
 */
import type { ExtensionContext } from 'vscode';
import { EventQueue, createApi, systemTimer, type ConsentryApi } from './api';
import { type ServerChannel, commandIds, loggedBecause, registerCommands, splitSettingKey } from './commands';
import { ConsentStatusBar, forwardVscodeTelemetry } from './consent';
import { registerDashboard } from './dashboard/panel';
import { ConsentPrompt, promptedProfile } from './prompt';
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
import { Hub, PRODUCT_MENU_COMMAND, TURN_OFF_ALL_COMMAND, hubMenuItems, summarize } from './hub';
import * as vscodeapi from './vscodeapi';

/** What differs between the Consentry extension and a product that embeds the library. */
export interface TelemetrySpec {
  /** Command ids are `<commandBase>.<name>`; also the status bar item's id prefix. */
  commandBase: string;
  /** The consent setting (the profile's `setting`), e.g. `acme.telemetry.enabled`. */
  consentSetting: string;
  /** The product's profile, absolute; `undefined`: the `consentry.profile` setting. */
  profile?: string;
  /** Name of the output channel and the status bar item. */
  displayName: string;
  /** Whether to show the status bar item. */
  statusBar: boolean;
  /** Settings whose change restarts the server (the ones that pick the program or profile). */
  launchSettings: readonly string[];
  /** Run the shared hub: other extensions register products through the API. */
  hub?: boolean;
  /** Whose telemetry the menu and messages name (default `Consentry`). */
  productName?: string;
  /** What is wrong with the product's set-up, written to its output channel at the start. */
  problems?: readonly string[];
}

/** A running telemetry client: the API, the language client, and how to stop it. */
export interface TelemetryHandle {
  api: ConsentryApi;
  /** The shared hub, if the spec asked for it. */
  hub?: Hub;
  /** The connection to the server, for requests beside the API. */
  channel: ServerChannel;
  /** Hands over what is still queued and stops the server (bounded). */
  stop: () => Promise<void>;
}

/** The version in the extension's `package.json` (`extension_version` of every event). */
export function extensionVersion(context: Pick<ExtensionContext, 'extension'>): string {
  const packageJson: unknown = context.extension.packageJSON;
  if (typeof packageJson === 'object' && packageJson !== null && 'version' in packageJson) {
    return String(packageJson.version);
  }
  return '0.0.0';
}

/** Starts one product's telemetry client; the server starts in the background. */
export function startTelemetry(context: ExtensionContext, spec: TelemetrySpec): TelemetryHandle {
  const output = vscodeapi.createOutputChannel(spec.displayName);
  for (const problem of spec.problems ?? []) {
    output.error(problem);
  }
  const queue = new EventQueue({ timer: systemTimer });
  const commands = commandIds(spec.commandBase);
  const statusBar = new ConsentStatusBar(`${spec.commandBase}.status`, spec.displayName, commands.showMenu, spec.statusBar);
  const version = extensionVersion(context);
  const executable = emptyExecutable();
  let hub: Hub | undefined;
  const consentKeys = (): ReadonlySet<string> => new Set([spec.consentSetting, ...(hub?.consentKeys() ?? [])]);
  const client = createLanguageClient(
    {
      extensionPath: context.extensionPath,
      extensionVersion: version,
      extensionMode: extensionModeName(context.extensionMode),
      outputChannel: output,
      consentKeys,
      ...(spec.profile === undefined ? {} : { profile: spec.profile }),
    },
    executable,
    { id: spec.commandBase, name: spec.displayName },
  );
  const consent = splitSettingKey(spec.consentSetting);
  const prompt = new ConsentPrompt({
    extensionVersion: version,
    storageDir: context.globalStorageUri.fsPath,
    globalState: context.globalState,
    isTelemetryEnabled: vscodeapi.isTelemetryEnabled,
    showMessage: vscodeapi.showNotification,
    writeConsentSetting: (granted) => vscodeapi.updateUserSetting(consent.section, consent.key, granted),
    openExternal: vscodeapi.openExternal,
    log: (message) => {
      output.info(message);
    },
  });
  if (spec.hub === true) {
    hub = new Hub({
      channel: client,
      storageDir: context.globalStorageUri.fsPath,
      globalState: context.globalState,
      log: (message) => {
        output.info(message);
      },
      changed: () => {
        statusBar.showSummary(hub?.active === true ? summarize(hub.views()) : undefined);
      },
    });
  }
  const showPromptFailure = (error: unknown): void => {
    output.error(`Consent prompt: ${error instanceof Error ? error.message : String(error)}`);
  };

  // Off the critical path: callers get the API at once and their events wait in the queue.
  const start = (): void => {
    statusBar.starting();
    startLanguageClient(client, executable, context.extensionPath, output)
      .then(() => {
        const profile = serverProfile(client);
        statusBar.setProfile(profile);
        if (profile?.destination === 'log-only') {
          // Said once where the vendor looks first when nothing reaches their endpoint.
          output.info(`${profile.product}: ${loggedBecause(profile.devRun)}, so events are only logged on this machine (the audit log); nothing is sent.`);
        }
        return prompt.setProfile(promptedProfile(profile, client.initializeResult, spec.hub === true));
      })
      .catch((error: unknown) => {
        statusBar.unavailable(error instanceof ServerUnavailableError ? error.message : String(error));
      });
  };

  const dashboard = registerDashboard({
    server: client,
    extensionPath: context.extensionPath,
    command: commands.showDashboard,
    title: `${spec.displayName}: Privacy Dashboard`,
  });

  context.subscriptions.push(
    output,
    statusBar,
    ...dashboard.disposables,
    statusBar.follow(
      client,
      (params) => {
        prompt.setState(params.state).catch(showPromptFailure);
        dashboard.refresh();
      },
      (params) => {
        const product = typeof params === 'object' && params !== null ? (params as { product?: unknown }).product : undefined;
        if (hub !== undefined && typeof product === 'string' && hub.owns(product)) {
          hub.stateChanged(params);
          return true;
        }
        return false;
      },
    ),
    ...registerCommands({
      channel: client,
      view: () => statusBar.view,
      commands,
      consentSetting: spec.consentSetting,
      collectedScheme: spec.commandBase.replace(/[^A-Za-z0-9+.-]/g, '-'),
      extraItems: () => (hub === undefined ? [] : hubMenuItems(hub.views())),
      ...(spec.productName === undefined ? {} : { productName: spec.productName }),
      outputChannel: spec.displayName,
    }),
    ...(hub === undefined ? [] : registerHubCommands(hub)),
    ...forwardVscodeTelemetry(client),
    ...signalConfigurationChanges(client, consentKeys),
    onRunningChanged(client, (running) => {
      hub?.setRunning(running);
      if (running) {
        queue.attach((method, params) => client.sendNotification(method, params));
      } else {
        queue.detach();
      }
    }),
    vscodeapi.onDidChangeConfiguration((event) => {
      if (spec.launchSettings.some((key) => event.affectsConfiguration(key))) {
        output.info('A launch setting changed; restarting the server.');
        stopLanguageClient(client).then(start, start);
      }
    }),
  );

  start();
  return {
    api: createApi(queue),
    ...(hub === undefined ? {} : { hub }),
    channel: client,
    stop: async () => {
      // Hand over what is still coalescing before the connection closes.
      await Promise.all([queue.flush(), hub?.dispose()]);
      queue.dispose();
      await stopLanguageClient(client);
    },
  };
}

/** The hub's commands: one product's Allow / Deny, and the global switch. */
function registerHubCommands(hub: Hub): { dispose(): unknown }[] {
  return [
    vscodeapi.registerCommand(PRODUCT_MENU_COMMAND, async (id: unknown) => {
      const product = hub.views().find((view) => view.id === id);
      if (product === undefined) {
        return;
      }
      const allow = `$(check) Allow ${product.name}`;
      const deny = `$(circle-slash) Deny ${product.name}`;
      const picked = await vscodeapi.showQuickPick(
        [
          { label: allow, detail: 'Send its anonymous usage data: never code, prompts, file names or keys.' },
          { label: deny, detail: 'Send nothing for it; its queued events are deleted at once.' },
        ],
        `${product.name}: ${product.state?.state ?? 'starting'}${product.state === undefined ? '' : ` (${product.state.reason})`}`,
      );
      if (picked !== undefined) {
        await hub.setConsent(product.id, picked.label === allow);
      }
    }),
    vscodeapi.registerCommand(TURN_OFF_ALL_COMMAND, () => hub.turnOffAll()),
  ];
}
