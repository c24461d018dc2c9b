/**
 * The client's only door to the `vscode` module.
 *
 * Other modules import types from `vscode` and call these wrappers, so their logic is
 * plain TypeScript. `vscode` exists only inside the editor's extension host; it is loaded
 * on first use, which lets unit tests load modules like `consent.ts` in plain Node as long
 * as they do not call into the editor.
 */
import type * as vscodeTypes from 'vscode';
import type { ConfigurationLike } from './settings';

let loaded: typeof vscodeTypes | undefined;

function vscode(): typeof vscodeTypes {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily, see the module comment
  loaded ??= require('vscode') as typeof vscodeTypes;
  return loaded;
}

/** The configuration of `section`, for the resource `scopeUri` if given. */
export function getConfiguration(section: string, scopeUri?: string): vscodeTypes.WorkspaceConfiguration & ConfigurationLike {
  const api = vscode();
  return api.workspace.getConfiguration(section, scopeUri === undefined ? undefined : api.Uri.parse(scopeUri));
}

/** Writes a setting for the user (all workspaces), which is where a consent choice belongs. */
export async function updateUserSetting(section: string, key: string, value: unknown): Promise<void> {
  const api = vscode();
  await api.workspace.getConfiguration(section).update(key, value, api.ConfigurationTarget.Global);
}

/** Fires when any setting changes. */
export function onDidChangeConfiguration(
  listener: (e: vscodeTypes.ConfigurationChangeEvent) => unknown,
): vscodeTypes.Disposable {
  return vscode().workspace.onDidChangeConfiguration(listener);
}

/** Whether the editor's telemetry is on (`vscode.env.isTelemetryEnabled`). */
export function isTelemetryEnabled(): boolean {
  return vscode().env.isTelemetryEnabled;
}

/** Fires when the editor's telemetry is turned on or off. */
export function onDidChangeTelemetryEnabled(listener: (enabled: boolean) => unknown): vscodeTypes.Disposable {
  return vscode().env.onDidChangeTelemetryEnabled(listener);
}

/** A status bar item on the right-hand side. */
export function createStatusBarItem(id: string, priority?: number): vscodeTypes.StatusBarItem {
  const api = vscode();
  return api.window.createStatusBarItem(id, api.StatusBarAlignment.Right, priority);
}

/** An output channel with log levels and timestamps. */
export function createOutputChannel(name: string): vscodeTypes.LogOutputChannel {
  return vscode().window.createOutputChannel(name, { log: true });
}

/** Registers a command. */
export function registerCommand(command: string, callback: (...args: unknown[]) => unknown): vscodeTypes.Disposable {
  return vscode().commands.registerCommand(command, callback);
}

/** Shows an information message. */
export async function showInformationMessage(message: string): Promise<void> {
  await vscode().window.showInformationMessage(message);
}

/** Shows a warning message. */
export async function showWarningMessage(message: string): Promise<void> {
  await vscode().window.showWarningMessage(message);
}
