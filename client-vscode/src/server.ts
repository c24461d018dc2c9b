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
  LanguageClient,
  type LanguageClientOptions,
  ResponseError,
  RevealOutputChannelOn,
  type ServerOptions,
  State,
} from 'vscode-languageclient/node';
import { currentVscodeTelemetry } from './consent';
import { PROBE_SCRIPT, RestartBudget, judgeProbe, planServerLaunch, type ServerLaunch } from './launch';
import type { InitializationOptions } from './protocol';
import {
  CONSENTRY_SECTION,
  TELEMETRY_SECTION,
  readLaunchSettings,
  readUserTelemetryEnabled,
  rewriteConfigurationResult,
} from './settings';
import * as vscodeapi from './vscodeapi';

/** What the client needs to know about the extension. */
export interface ServerContext {
  extensionPath: string;
  extensionVersion: string;
  outputChannel: LogOutputChannel;
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

/** The server's launch plan under the current settings. */
export function currentLaunch(extensionPath: string): ServerLaunch {
  const settings = readLaunchSettings(vscodeapi.getConfiguration(CONSENTRY_SECTION));
  return planServerLaunch({ python: settings.python, extensionPath, env: process.env, exists: fs.existsSync });
}

/** `initializationOptions`, computed at every (re)start so they are never stale. */
export function initializationOptions(extensionVersion: string): InitializationOptions {
  const { profile } = readLaunchSettings(vscodeapi.getConfiguration(CONSENTRY_SECTION));
  return {
    extensionVersion,
    vscodeTelemetry: currentVscodeTelemetry(),
    ...(profile === undefined ? {} : { profile }),
  };
}

/** Builds the language client; nothing is launched until {@link startLanguageClient}. */
export function createLanguageClient(context: ServerContext, launch: ServerLaunch): LanguageClient {
  // stdio is the default; naming `TransportKind.stdio` would append `--stdio` to the
  // protocol's exact command line.
  const serverOptions: ServerOptions = {
    command: launch.command,
    args: launch.args,
    options: { env: launch.env, cwd: launch.cwd },
  };
  const clientOptions: LanguageClientOptions = {
    // The server works on no documents; it only needs the connection.
    documentSelector: [],
    outputChannel: context.outputChannel,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler: new QuietErrorHandler(context.outputChannel, () => client.state === State.Running),
    initializationFailedHandler: () => false,
    initializationOptions: () => initializationOptions(context.extensionVersion),
    // Makes the client send `workspace/didChangeConfiguration` when these change; the
    // server then pulls fresh values with `workspace/configuration`.
    synchronize: { configurationSection: [CONSENTRY_SECTION, TELEMETRY_SECTION] },
    middleware: {
      workspace: {
        configuration: async (params, token, next) => {
          const results: unknown = await next(params, token);
          if (results instanceof ResponseError || !Array.isArray(results)) {
            return results as ReturnType<typeof next>;
          }
          // `get()` reports the declared default (null) and cannot tell "unset" from a
          // value; the server must see only what the user actually chose.
          return rewriteConfigurationResult(params.items, results, (scopeUri) =>
            readUserTelemetryEnabled(vscodeapi.getConfiguration(CONSENTRY_SECTION, scopeUri)),
          );
        },
      },
    },
  };
  const client = new LanguageClient('consentry', 'Consentry', serverOptions, clientOptions);
  return client;
}

/**
 * Checks that the interpreter exists, is new enough and has the `consentry` package;
 * resolves to the reason it cannot run the server, or `undefined` if it can.
 */
export function probeInterpreter(launch: ServerLaunch): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(launch.command, ['-c', PROBE_SCRIPT], { env: launch.env, cwd: launch.cwd, timeout: 15_000 }, (error, stdout) => {
      if (error !== null && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        resolve(`Python interpreter "${launch.command}" not found; set consentry.server.python to Python 3.11 or newer.`);
      } else if (error !== null) {
        resolve(`"${launch.command}" failed: ${error.message}`);
      } else {
        resolve(judgeProbe(launch.command, stdout));
      }
    });
  });
}

/**
 * Starts the client. Throws {@link ServerUnavailableError} if the interpreter cannot run
 * the server or the server does not start; the details are in the output channel.
 */
export async function startLanguageClient(client: LanguageClient, launch: ServerLaunch, output: LogOutputChannel): Promise<void> {
  const problem = await probeInterpreter(launch);
  if (problem !== undefined) {
    output.error(`Not starting the Consentry server: ${problem}`);
    throw new ServerUnavailableError(problem);
  }
  output.info(`Starting the Consentry server: ${launch.command} ${launch.args.join(' ')}`);
  try {
    await client.start();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    output.error(`The Consentry server did not start: ${detail}`);
    throw new ServerUnavailableError(`the server did not start (${detail})`);
  }
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
