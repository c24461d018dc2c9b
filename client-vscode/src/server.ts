/**
 * Builds, starts and stops the language client that runs the Consentry server.
 *
 * The launch plan comes from `launch.ts`, the settings from `settings.ts`; this module
 * only applies them to `vscode-languageclient`.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import type { LogOutputChannel } from 'vscode';
import {
  CloseAction,
  ErrorAction,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
  type Executable,
  LanguageClient,
  type LanguageClientOptions,
  ResponseError,
  RevealOutputChannelOn,
  type ServerOptions,
  State,
} from 'vscode-languageclient/node';
import { currentVscodeTelemetry } from './consent';
import {
  DEFAULT_PYTHON,
  PROBE_SCRIPT,
  PYTHON_EXTENSION_ID,
  describeProbe,
  RestartBudget,
  interpreterCandidates,
  interpreterFromPythonApi,
  judgeProbe,
  noPythonMessage,
  planServerLaunch,
  type InterpreterCandidate,
  type ServerLaunch,
} from './launch';
import { parseServerProfile } from './prompt';
import type { InitializationOptions, ServerProfile } from './protocol';
import {
  CONSENTRY_SECTION,
  type PersonalValues,
  TELEMETRY_SECTION,
  personalConsent,
  personalString,
  readLaunchSettings,
  rewriteConfigurationResult,
  workspaceFileSaysFalse,
} from './settings';
import * as vscodeapi from './vscodeapi';

/** How the extension runs (`ExtensionContext.extensionMode`), as the protocol spells it. */
export type ExtensionModeName = 'production' | 'development' | 'test';

/** `ExtensionContext.extensionMode` (1, 2, 3) as the protocol spells it; unknown values are `production`. */
export function extensionModeName(mode: number): ExtensionModeName {
  return mode === 2 ? 'development' : mode === 3 ? 'test' : 'production';
}

/** What the client needs to know about the extension. */
export interface ServerContext {
  extensionPath: string;
  extensionVersion: string;
  extensionMode: ExtensionModeName;
  outputChannel: LogOutputChannel;
  /**
   * The profile an embedding product ships (absolute path): it is used from the first
   * start on. Without it the person's `consentry.profile` setting, else the server's default.
   */
  profile?: string;
  /** Consent setting keys of the products this server serves, beside `consentry.telemetry.enabled`. */
  consentKeys: () => ReadonlySet<string>;
}

/** The server could not be launched; the message says why, for the status bar tooltip. */
export class ServerUnavailableError extends Error {
  override readonly name = 'ServerUnavailableError';
}

/**
 * Keeps connection trouble out of the user's way: errors are logged, a server that crashes
 * after it ran is restarted a few times, one that never came up is left stopped.
 * Telemetry must never show pop-ups.
 */
class QuietErrorHandler implements ErrorHandler {
  private readonly budget = new RestartBudget(3, 3 * 60_000);

  constructor(
    private readonly output: LogOutputChannel,
    private readonly wasRunning: () => boolean,
  ) {}

  error(error: Error): ErrorHandlerResult {
    this.output.error(`Connection to the Consentry server: ${error.message}`);
    return { action: ErrorAction.Continue, handled: true };
  }

  closed(): CloseHandlerResult {
    // Restarting a server that fails during start would fail again, and the client
    // reports each failed restart with a pop-up.
    if (this.wasRunning() && this.budget.tryRestart()) {
      this.output.warn('The Consentry server stopped; restarting it.');
      return { action: CloseAction.Restart, handled: true };
    }
    this.output.error('The Consentry server stopped; not restarting it. Nothing is sent until the editor restarts.');
    return { action: CloseAction.DoNotRestart, handled: true };
  }
}

/** How long the Python extension may take to name its interpreter before `python3` is used. */
const PYTHON_EXTENSION_TIMEOUT_MS = 10_000;

function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      resolve(fallback);
    }, ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}

/** The Python extension's active interpreter, if it is installed and answers in time. */
async function pythonExtensionInterpreter(output: LogOutputChannel): Promise<string | undefined> {
  const found = await withTimeout(
    vscodeapi.extensionExports(PYTHON_EXTENSION_ID).then(interpreterFromPythonApi),
    PYTHON_EXTENSION_TIMEOUT_MS,
    undefined,
  );
  if (found !== undefined) {
    output.info(`The Python extension's active interpreter: ${found}`);
  }
  return found;
}

/**
 * The server's launch plan under the current settings: the first interpreter (setting,
 * Python extension, `python3`) that is Python ≥ 3.11 and finds the `consentry` package
 * (bundled in the extension). Throws {@link ServerUnavailableError} saying how to fix it.
 */
export async function resolveLaunch(extensionPath: string, output: LogOutputChannel): Promise<ServerLaunch> {
  const settings = readLaunchSettings(vscodeapi.getConfiguration(CONSENTRY_SECTION));
  const fromExtension = settings.python === undefined ? await pythonExtensionInterpreter(output) : undefined;
  const tried: { candidate: InterpreterCandidate; problem: string }[] = [];
  for (const candidate of interpreterCandidates(settings.python, fromExtension)) {
    const launch = planServerLaunch({ python: candidate.command, extensionPath, env: process.env, exists: fs.existsSync });
    const { problem, found } = await probeInterpreter(launch);
    if (problem === undefined) {
      output.info(`Python for the server: ${candidate.command} (from ${candidate.source}): ${found ?? 'ready'}`);
      return launch;
    }
    output.warn(`Cannot use ${candidate.command} (from ${candidate.source}): ${problem}`);
    tried.push({ candidate, problem });
  }
  throw new ServerUnavailableError(noPythonMessage(tried));
}

/** `initializationOptions`, computed at every (re)start so they are never stale. */
export function initializationOptions(context: Pick<ServerContext, 'extensionVersion' | 'extensionPath' | 'extensionMode' | 'profile'>): InitializationOptions {
  const profile = context.profile ?? readLaunchSettings(vscodeapi.getConfiguration(CONSENTRY_SECTION)).profile;
  return {
    extensionVersion: context.extensionVersion,
    extensionPath: context.extensionPath,
    extensionMode: context.extensionMode,
    vscodeTelemetry: currentVscodeTelemetry(),
    ...(profile === undefined ? {} : { profile }),
  };
}

/**
 * The person's choices as the server may see them: consent settings from user settings
 * only, a workspace able only to say no (its settings files are read for that), and the
 * audit log file from user settings only.
 */
export async function personalValues(): Promise<PersonalValues> {
  const documents = await vscodeapi.workspaceSettingsDocuments();
  return {
    consent: (key, scopeUri) => {
      const denies = documents.some((document) => workspaceFileSaysFalse(document.text, key, document.nested));
      return personalConsent(vscodeapi.getConfiguration(undefined, scopeUri).inspect<unknown>(key), denies);
    },
    analyticsLog: () => personalString(vscodeapi.getConfiguration(CONSENTRY_SECTION).inspect<unknown>('telemetry.analyticsLog')),
  };
}

/**
 * Builds the language client; nothing is launched until {@link startLanguageClient}.
 * `executable` is read at every (re)start, so {@link applyLaunch} can fill it in once
 * the interpreter is known.
 */
export function createLanguageClient(
  context: ServerContext,
  executable: Executable,
  names: { id: string; name: string } = { id: 'consentry', name: 'Consentry' },
): LanguageClient {
  // stdio is the default; naming `TransportKind.stdio` would append `--stdio` to the
  // protocol's exact command line.
  const serverOptions: ServerOptions = executable;
  const clientOptions: LanguageClientOptions = {
    // The server works on no documents; it only needs the connection.
    documentSelector: [],
    outputChannel: context.outputChannel,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler: new QuietErrorHandler(context.outputChannel, () => client.state === State.Running),
    initializationFailedHandler: () => false,
    initializationOptions: () => initializationOptions(context),
    // No `synchronize`: `signalConfigurationChanges` sends `workspace/didChangeConfiguration`
    // for the products' own setting keys too, which a fixed list of sections cannot name.
    middleware: {
      workspace: {
        configuration: async (params, token, next) => {
          const results: unknown = await next(params, token);
          if (results instanceof ResponseError || !Array.isArray(results)) {
            return results as ReturnType<typeof next>;
          }
          // `get()` reports the declared default (null), cannot tell "unset" from a value,
          // and merges in the workspace's values: the server must see only what the person
          // chose, with a workspace able to say no and never yes.
          return rewriteConfigurationResult(params.items, results, await personalValues(), context.consentKeys());
        },
      },
    },
  };
  const client = new LanguageClient(names.id, names.name, serverOptions, clientOptions);
  return client;
}

/** What the interpreter check found: why it cannot run the server, or which Python it is. */
export interface ProbeResult {
  problem?: string;
  /** e.g. `Python 3.11.7 (/usr/bin/python3.11)`, for the output channel. */
  found?: string;
}

/**
 * Checks that the interpreter exists, is new enough and has the `consentry` package
 * (bundled or installed); says why not, or which Python it is.
 */
export function probeInterpreter(launch: ServerLaunch): Promise<ProbeResult> {
  return new Promise((resolve) => {
    execFile(launch.command, ['-c', PROBE_SCRIPT], { env: launch.env, cwd: launch.cwd, timeout: 15_000 }, (error, stdout) => {
      if (error !== null && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        resolve({ problem: `Python interpreter "${launch.command}" not found.` });
      } else if (error !== null) {
        resolve({ problem: `"${launch.command}" failed: ${error.message}` });
      } else {
        const problem = judgeProbe(launch.command, stdout);
        resolve(problem === undefined ? { found: describeProbe(stdout) } : { problem });
      }
    });
  });
}

/** An executable with no interpreter yet; see {@link applyLaunch}. */
export function emptyExecutable(): Executable {
  return { command: DEFAULT_PYTHON, args: [], options: {} };
}

/** Makes `executable` run `launch` (the client reads it when it next starts). */
export function applyLaunch(executable: Executable, launch: ServerLaunch): void {
  executable.command = launch.command;
  executable.args = [...launch.args];
  executable.options = { env: launch.env, cwd: launch.cwd };
}

/**
 * Picks the interpreter and starts the client. Throws {@link ServerUnavailableError} if
 * no interpreter can run the server or the server does not start; the details are in
 * the output channel.
 */
export async function startLanguageClient(
  client: LanguageClient,
  executable: Executable,
  extensionPath: string,
  output: LogOutputChannel,
): Promise<void> {
  let launch: ServerLaunch;
  try {
    launch = await resolveLaunch(extensionPath, output);
  } catch (error) {
    output.error(`Not starting the Consentry server: ${error instanceof Error ? error.message : String(error)}`);
    throw error;
  }
  applyLaunch(executable, launch);
  output.info(`Starting the Consentry server: ${launch.command} ${launch.args.join(' ')}`);
  try {
    await client.start();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    output.error(`The Consentry server did not start: ${detail}`);
    throw new ServerUnavailableError(`the server did not start (${detail})`);
  }
}

/** The product profile the running server announced (`capabilities.experimental.consentry`). */
export function serverProfile(client: LanguageClient): ServerProfile | undefined {
  return parseServerProfile(client.initializeResult);
}

/** Stops the client if it runs, giving the server its bounded shutdown flush. */
export async function stopLanguageClient(client: LanguageClient): Promise<void> {
  if (client.needsStop()) {
    await client.stop(5_000);
  }
}

/** Calls `listener(true)` when the client is running and `listener(false)` when it is not. */
export function onRunningChanged(client: LanguageClient, listener: (running: boolean) => void): { dispose(): unknown } {
  return client.onDidChangeState((event) => {
    listener(event.newState === State.Running);
  });
}

/** Sections whose change the server must hear about, beside the products' consent keys. */
const WATCHED_SECTIONS = [CONSENTRY_SECTION, TELEMETRY_SECTION, 'http'];

/**
 * Tells the running server to pull its configuration again whenever a setting it reads
 * changes (its sections or a product's consent key) or a workspace settings file changes
 * (the editor drops a workspace's value of an application-scoped setting without an event,
 * and a workspace's "no" is read from the file).
 */
export function signalConfigurationChanges(
  channel: { isRunning(): boolean; sendNotification(method: string, params: object): Promise<void> },
  consentKeys: () => ReadonlySet<string>,
): { dispose(): unknown }[] {
  const signal = (): void => {
    if (channel.isRunning()) {
      channel.sendNotification('workspace/didChangeConfiguration', { settings: null }).catch(() => undefined);
    }
  };
  return [
    vscodeapi.onDidChangeConfiguration((event) => {
      if ([...WATCHED_SECTIONS, ...consentKeys()].some((key) => event.affectsConfiguration(key))) {
        signal();
      }
    }),
    ...vscodeapi.watchWorkspaceSettingsFiles(signal),
  ];
}
