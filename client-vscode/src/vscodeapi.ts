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

/** The configuration of `section` (every setting if undefined), for the resource `scopeUri` if given. */
export function getConfiguration(section: string | undefined, scopeUri?: string): vscodeTypes.WorkspaceConfiguration & ConfigurationLike {
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

/** Shows an information message with buttons; resolves to the button chosen, if any. */
export function showNotification(message: string, ...buttons: string[]): Thenable<string | undefined> {
  return vscode().window.showInformationMessage(message, ...buttons);
}

/** Shows a modal warning with one or more buttons; resolves to the button chosen, if any. */
export function showModalWarning(message: string, ...buttons: string[]): Thenable<string | undefined> {
  return vscode().window.showWarningMessage(message, { modal: true }, ...buttons);
}

/** Shows a quick pick; resolves to the item chosen, if any. */
export function showQuickPick<T extends vscodeTypes.QuickPickItem>(items: T[], title: string): Thenable<T | undefined> {
  return vscode().window.showQuickPick(items, { title, placeHolder: title, matchOnDetail: true });
}

/** Runs a command. */
export function executeCommand(command: string, ...args: unknown[]): Thenable<unknown> {
  return vscode().commands.executeCommand(command, ...args);
}

/** Opens a URL in the browser. */
export function openExternal(url: string): Thenable<boolean> {
  const api = vscode();
  return api.env.openExternal(api.Uri.parse(url));
}

/** Opens a file in an editor if it exists; resolves to whether it did. */
export async function openFileIfExists(file: string): Promise<boolean> {
  const api = vscode();
  const uri = api.Uri.file(file);
  try {
    await api.workspace.fs.stat(uri);
  } catch {
    return false;
  }
  await api.window.showTextDocument(await api.workspace.openTextDocument(uri), { preview: false });
  return true;
}

/** Read-only documents under one URI scheme, whose text the extension sets. */
export interface VirtualDocuments {
  /** Sets (or replaces) the text of the document at `uri`; an open editor follows. */
  set(uri: string, text: string): void;
  dispose(): void;
}

/** Registers a content provider for `scheme`: its documents are read-only in the editor. */
export function createVirtualDocuments(scheme: string): VirtualDocuments {
  const api = vscode();
  const texts = new Map<string, string>();
  const changed = new api.EventEmitter<vscodeTypes.Uri>();
  const registration = api.workspace.registerTextDocumentContentProvider(scheme, {
    onDidChange: changed.event,
    provideTextDocumentContent: (uri) => texts.get(uri.toString()) ?? '',
  });
  return {
    set(uri: string, text: string): void {
      const parsed = api.Uri.parse(uri);
      texts.set(parsed.toString(), text);
      changed.fire(parsed);
    },
    dispose(): void {
      registration.dispose();
      changed.dispose();
    },
  };
}

/** Opens a document of a registered scheme (see {@link createVirtualDocuments}). */
export async function showVirtualDocument(uri: string): Promise<void> {
  const api = vscode();
  const document = await api.workspace.openTextDocument(api.Uri.parse(uri));
  await api.window.showTextDocument(document, { preview: false });
}

/**
 * The API another extension exports, activating it first; `undefined` if it is not
 * installed. Whatever the other extension does wrong ends here as an exception.
 */
export async function extensionExports(id: string): Promise<unknown> {
  const extension = vscode().extensions.getExtension<unknown>(id);
  if (extension === undefined) {
    return undefined;
  }
  return extension.isActive ? extension.exports : await extension.activate();
}

/** A workspace settings document: a folder's `.vscode/settings.json`, or the `.code-workspace` file (`nested`). */
export interface WorkspaceSettingsDocument {
  text: string;
  nested: boolean;
}

async function readText(uri: vscodeTypes.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode().workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** The settings files of the open workspace, as text (missing files are left out). */
export async function workspaceSettingsDocuments(): Promise<WorkspaceSettingsDocument[]> {
  const api = vscode();
  const documents: WorkspaceSettingsDocument[] = [];
  for (const folder of api.workspace.workspaceFolders ?? []) {
    const text = await readText(api.Uri.joinPath(folder.uri, '.vscode', 'settings.json'));
    if (text !== undefined) {
      documents.push({ text, nested: false });
    }
  }
  const workspaceFile = api.workspace.workspaceFile;
  if (workspaceFile !== undefined && workspaceFile.scheme !== 'untitled') {
    const text = await readText(workspaceFile);
    if (text !== undefined) {
      documents.push({ text, nested: true });
    }
  }
  return documents;
}

/** Calls `listener` when a workspace settings file is created, changed or deleted. */
export function watchWorkspaceSettingsFiles(listener: () => unknown): vscodeTypes.Disposable[] {
  const api = vscode();
  const watchers = [
    api.workspace.createFileSystemWatcher('**/.vscode/settings.json'),
    api.workspace.createFileSystemWatcher('**/*.code-workspace'),
  ];
  const subscriptions = watchers.flatMap((watcher) => [
    watcher.onDidCreate(listener),
    watcher.onDidChange(listener),
    watcher.onDidDelete(listener),
  ]);
  return [...subscriptions, ...watchers];
}
