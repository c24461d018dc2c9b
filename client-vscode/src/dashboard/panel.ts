/**
 * The privacy dashboard's panel: one webview per client, opened by a command and from the
 * status bar's quick pick. Wiring only: what it shows and what its buttons do is
 * `model.ts`; the page is `html.ts`; the webview's script is `webview/main.ts`.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type * as vscodeTypes from 'vscode';
import { dashboardHtml } from './html';
import { type DashboardDeps, type DashboardServer, handleMessage, loadModel, productIds } from './model';
import { type DashboardModel, type ToWebview, parseFromWebview } from './messages';

let loaded: typeof vscodeTypes | undefined;

function vscode(): typeof vscodeTypes {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily, as in vscodeapi.ts, so tests load this module in plain Node
  loaded ??= require('vscode') as typeof vscodeTypes;
  return loaded;
}

/** How often an open dashboard refreshes its counts and recent events. */
export const REFRESH_MS = 5000;

/** What the panel needs from the client it belongs to. */
export interface DashboardContext {
  server: DashboardServer & { isRunning(): boolean };
  /** The extension's folder (the page loads `dist/dashboard.js` from it, nothing else). */
  extensionPath: string;
  /** The command that opens it, e.g. `consentry.showDashboard`. */
  command: string;
  /** The panel's title. */
  title: string;
}

/** An open or closed dashboard; `refresh` is called when the server's state changes. */
export interface Dashboard {
  disposables: { dispose(): unknown }[];
  refresh(): void;
}

function editorDeps(server: DashboardServer): DashboardDeps {
  const api = vscode();
  return {
    server,
    writeSetting: async (key, value) => {
      const dot = key.indexOf('.');
      await api.workspace
        .getConfiguration(key.slice(0, dot))
        .update(key.slice(dot + 1), value, api.ConfigurationTarget.Global);
    },
    confirm: async (message, action) => (await api.window.showWarningMessage(message, { modal: true }, action)) === action,
    openFile: async (file) => {
      try {
        await api.workspace.fs.stat(api.Uri.file(file));
      } catch {
        return false;
      }
      await api.window.showTextDocument(api.Uri.file(file), { preview: true });
      return true;
    },
  };
}

/** Registers the command and returns the dashboard's refresh hook. */
export function registerDashboard(context: DashboardContext): Dashboard {
  const api = vscode();
  let panel: vscodeTypes.WebviewPanel | undefined;
  let model: DashboardModel | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;
  let inFlight = false;

  const post = async (messages: ToWebview[]): Promise<void> => {
    for (const message of messages) {
      if (message.type === 'model') {
        model = message.model;
      }
      await panel?.webview.postMessage(message);
    }
  };

  const refresh = (): void => {
    if (panel === undefined || inFlight || !context.server.isRunning()) {
      return;
    }
    inFlight = true;
    loadModel(context.server)
      .then((fresh) => post([{ type: 'model', model: fresh }]))
      .catch(() => undefined)
      .finally(() => {
        inFlight = false;
      });
  };

  const open = (): void => {
    if (panel !== undefined) {
      panel.reveal();
      refresh();
      return;
    }
    const dist = api.Uri.file(path.join(context.extensionPath, 'dist'));
    if (!existsSync(path.join(context.extensionPath, 'dist', 'dashboard.js'))) {
      // A product that embeds the library without shipping the page: say so, show nothing broken.
      void api.window.showInformationMessage(`${context.title}: its page (dist/dashboard.js) is not part of this extension's package.`);
      return;
    }
    panel = api.window.createWebviewPanel('consentry.dashboard', context.title, api.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [dist],
    });
    const nonce = randomBytes(18).toString('base64');
    panel.webview.html = dashboardHtml({
      nonce,
      scriptUri: panel.webview.asWebviewUri(api.Uri.joinPath(dist, 'dashboard.js')).toString(),
      cspSource: panel.webview.cspSource,
      title: context.title,
    });
    const deps = editorDeps(context.server);
    panel.webview.onDidReceiveMessage((value: unknown) => {
      const request = parseFromWebview(value, productIds(model));
      if (request === undefined) {
        return;
      }
      handleMessage(request, model, deps)
        .then(post)
        .catch(() => undefined);
    });
    timer = setInterval(refresh, REFRESH_MS);
    panel.onDidDispose(() => {
      panel = undefined;
      model = undefined;
      if (timer !== undefined) {
        clearInterval(timer);
        timer = undefined;
      }
    });
  };

  return {
    disposables: [
      api.commands.registerCommand(context.command, open),
      {
        dispose: () => {
          panel?.dispose();
        },
      },
    ],
    refresh,
  };
}
