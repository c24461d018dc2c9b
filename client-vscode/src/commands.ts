/**
 * The commands (palette titles `Consentry: …`) and the status bar's quick pick.
 *
 * What each command shows is computed by pure functions ({@link formatStatus},
 * {@link menuItems}, {@link auditLogPath}, {@link collectedDocument}); the
 * registration at the end only connects them to the editor and the server.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import {
  Method,
  type RecentEvent,
  type ResetIdResult,
  type ServerProfile,
  type SetConsentParams,
  type StateChangedParams,
  type StatusResult,
} from './protocol';
import { CONSENTRY_SECTION, TELEMETRY_ENABLED_KEY, nonEmptyString, personalString } from './settings';
import * as vscodeapi from './vscodeapi';

/** The commands, by what they do; each id is `<base>.<name>`. */
export const COMMAND_NAMES = [
  'showMenu',
  'showDashboard',
  'showStatus',
  'showCollected',
  'openAuditLog',
  'allowTelemetry',
  'denyTelemetry',
  'disablePermanently',
  'resetAnonymousId',
] as const;

/** The command ids of one client, by what they do. */
export type CommandIds = Record<(typeof COMMAND_NAMES)[number], string>;

/**
 * The command ids under `base`: `consentry` for the Consentry extension, `<prefix>.telemetry`
 * for a product that embeds the library (so they carry the product's prefix).
 */
export function commandIds(base: string): CommandIds {
  return Object.freeze(Object.fromEntries(COMMAND_NAMES.map((name) => [name, `${base}.${name}`]))) as CommandIds;
}

/** Command ids contributed in `package.json`. */
export const Command: CommandIds = commandIds('consentry');

/** The scheme of the read-only "what is collected" document. */
export const COLLECTED_SCHEME = 'consentry';
/** The path of that document; `.json` gives it JSON highlighting. */
export const COLLECTED_PATH = '/What Is Collected.json';
/** How many recent events the document shows at most. */
export const COLLECTED_LIMIT = 200;

/** The part of the language client the commands use. */
export interface ServerChannel {
  isRunning(): boolean;
  sendNotification(method: string, params: object): Promise<void>;
  sendRequest<R>(method: string, params: object): Promise<R>;
  onNotification(method: string, handler: (params: unknown) => void): { dispose(): unknown };
}

/** Why a `log-only` product sends nothing: a development or test run, else no key. */
export function loggedBecause(devRun: string | null | undefined): string {
  return typeof devRun === 'string' && devRun !== ''
    ? `This is a development or test run (${devRun})`
    : 'No key is set';
}

/**
 * The message `Consentry: Show Status` displays for a `consentry/status` result. With
 * `log-only` (no key, or a development or test run) nothing leaves the machine, so it says
 * *logged*, never *sent*, and why.
 */
export function formatStatus(status: StatusResult, product = 'Consentry', devRun?: string): string {
  const delivered =
    status.destination === 'log-only'
      ? `Destination: none. ${loggedBecause(devRun)}, so events are only logged on this machine; queued: ${String(status.queued)}; logged: ${String(status.sent)}.`
      : `Destination: ${status.destination}; queued: ${String(status.queued)}; sent: ${String(status.sent)}.`;
  return `${product} telemetry: ${status.state} (decided by: ${status.decidedBy}). ${status.reason} ${delivered}`;
}

/** What the status bar knows: the server's latest decision, or why the server is not running. */
export interface ConsentView {
  state?: StateChangedParams;
  unavailable?: string | undefined;
  /** The profile the server announced, once known. */
  profile?: ServerProfile | undefined;
}

/** One entry of the status bar's quick pick. */
export interface MenuItem {
  label: string;
  description?: string;
  detail?: string;
  command: string;
  args?: unknown[];
}

/**
 * The quick pick's title for the current view; `product` names whose telemetry it is (an
 * embedding product's own name, so the person sees which of their extensions asks).
 */
export function menuTitle(view: ConsentView, product = 'Consentry'): string {
  if (view.unavailable !== undefined) {
    return `${product} telemetry: unavailable, nothing is sent`;
  }
  if (view.state === undefined) {
    return `${product} telemetry: starting, nothing is sent yet`;
  }
  return `${product} telemetry: ${view.state.state} (decided by: ${view.state.decidedBy})`;
}

/**
 * The status bar's quick pick: Allow, Deny, Show What Is Collected, Open Audit Log,
 * Disable Permanently; first, when the server cannot run, the way to fix it.
 */
export function menuItems(view: ConsentView, commands: CommandIds = Command): MenuItem[] {
  const bySetting = view.state?.decidedBy === 'setting';
  const items: MenuItem[] = [];
  if (view.unavailable !== undefined) {
    items.push({
      label: '$(gear) Set the Python Interpreter…',
      detail: view.unavailable,
      command: 'workbench.action.openSettings',
      args: ['consentry.server.python'],
    });
  }
  items.push(
    {
      label: '$(check) Allow',
      description: bySetting && view.state?.state !== 'off' ? 'your current choice' : undefined,
      detail: 'Send anonymous usage data: never code, prompts, file names or keys.',
      command: commands.allowTelemetry,
    },
    {
      label: '$(circle-slash) Deny',
      description: bySetting && view.state?.state === 'off' ? 'your current choice' : undefined,
      detail: 'Send nothing; queued events are deleted at once.',
      command: commands.denyTelemetry,
    },
    {
      label: '$(dashboard) Open Privacy Dashboard',
      detail: 'Each product: its state and who decided it, what is collected, what was sent or dropped, your controls.',
      command: commands.showDashboard,
    },
    {
      label: '$(eye) Show What Is Collected',
      detail: 'The last events exactly as sent, each marked queued, sent or dropped.',
      command: commands.showCollected,
    },
    {
      label: '$(output) Open Audit Log',
      detail: 'Every event that left this machine, as it left (JSON Lines).',
      command: commands.openAuditLog,
    },
    {
      label: '$(lock) Disable Permanently',
      detail: 'Off for every product that uses Consentry here, until removed by hand from config.json.',
      command: commands.disablePermanently,
    },
  );
  return items;
}

/** Expands a leading `~` the way the server's `Path.expanduser` does. */
export function expandUser(value: string, homedir: string): string {
  if (value === '~') {
    return homedir;
  }
  return value.startsWith('~/') || value.startsWith('~\\') ? path.join(homedir, value.slice(2)) : value;
}

/** The inputs of {@link auditLogPath}. */
export interface AuditLogInputs {
  /** `consentry.telemetry.analyticsLog`. */
  setting: unknown;
  /** The environment the server inherits (for `CONSENTRY_HOME`). */
  env: Readonly<Record<string, string | undefined>>;
  homedir: string;
}

/**
 * The audit log the server writes: the setting if set (a relative path is relative to
 * the state folder, as the server reads it), else `analytics.jsonl` in `CONSENTRY_HOME`,
 * by default `~/.consentry`.
 */
export function auditLogPath({ setting, env, homedir }: AuditLogInputs): string {
  const configuredHome = nonEmptyString(env.CONSENTRY_HOME);
  const home = configuredHome === undefined ? path.join(homedir, '.consentry') : path.resolve(expandUser(configuredHome, homedir));
  const configured = nonEmptyString(setting);
  return configured === undefined ? path.join(home, 'analytics.jsonl') : path.resolve(home, expandUser(configured, homedir));
}

/** What each event's `status` means, as the document explains it. */
export const STATUS_MEANINGS: Record<RecentEvent['status'], string> = {
  queued: 'stored in the outbox, not sent yet',
  sent: 'delivered, and written to the audit log exactly like this',
  dropped: 'not kept: only its name and the reason are shown',
};

/**
 * The read-only JSON document of `Consentry: Show What Is Collected`: the server's state
 * and its recent events, newest last, each beginning with its status.
 */
export function collectedDocument(events: unknown, status?: StatusResult): string {
  const list = Array.isArray(events) ? events : [];
  const marked = list.map((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) {
      return { status: 'dropped', reason: 'malformed' };
    }
    const { status: mark, ...rest } = entry as Record<string, unknown>;
    return { status: typeof mark === 'string' ? mark : 'unknown', ...rest };
  });
  const document = {
    about:
      'What Consentry collected in this session: the last events exactly as they were (or will be) sent. ' +
      'Never collected: code, prompts, completions, chat content, file names or paths, keys, account details.',
    statuses: STATUS_MEANINGS,
    ...(status === undefined
      ? {}
      : {
          consent: { state: status.state, decidedBy: status.decidedBy, reason: status.reason },
          destination: status.destination,
          counts: { queued: status.queued, sent: status.sent, dropped: status.dropped },
        }),
    events: marked,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What the commands need besides the server. */
export interface CommandContext {
  channel: ServerChannel;
  /** The status bar's current view, for the quick pick. */
  view: () => ConsentView;
  /** The ids to register (default: the Consentry extension's). */
  commands?: CommandIds;
  /** The consent setting Allow and Deny write (default `consentry.telemetry.enabled`). */
  consentSetting?: string;
  /** The scheme of the "what is collected" document (one per embedding product). */
  collectedScheme?: string;
  /** Entries put first in the quick pick (the hub's products, a dashboard). */
  extraItems?: () => MenuItem[];
  /** Whose telemetry the titles and messages name (default `Consentry`). */
  productName?: string;
  /** The output channel the messages point to (default `Consentry`). */
  outputChannel?: string;
}

/** Splits `acme.telemetry.enabled` into the section `acme` and the key `telemetry.enabled`. */
export function splitSettingKey(key: string): { section: string; key: string } {
  const dot = key.indexOf('.');
  return dot < 0 ? { section: key, key: '' } : { section: key.slice(0, dot), key: key.slice(dot + 1) };
}

/** Registers every command and the read-only document provider. */
export function registerCommands({
  channel,
  view,
  commands = Command,
  consentSetting = `${CONSENTRY_SECTION}.${TELEMETRY_ENABLED_KEY}`,
  collectedScheme = COLLECTED_SCHEME,
  extraItems = () => [],
  productName = 'Consentry',
  outputChannel = 'Consentry',
}: CommandContext): { dispose(): unknown }[] {
  const Command = commands;
  const collected = vscodeapi.createVirtualDocuments(collectedScheme);
  const collectedUri = `${collectedScheme}:${COLLECTED_PATH}`;
  const consent = splitSettingKey(consentSetting);

  const notRunning = async (error: unknown): Promise<void> => {
    // The user asked, so say why there is no answer.
    const problem = view().unavailable ?? errorMessage(error);
    await vscodeapi.showWarningMessage(`${productName}: the telemetry server is not running (${problem}). See the "${outputChannel}" output.`);
  };

  const writeSetting = (granted: boolean): Promise<void> =>
    // The user setting is the one source of a choice made in VS Code; the server pulls it.
    vscodeapi.updateUserSetting(consent.section, consent.key, granted);

  return [
    collected,
    vscodeapi.registerCommand(Command.showMenu, async () => {
      const current = view();
      const extra = extraItems();
      const title = extra.length > 0 ? 'AI telemetry: each product, then the default product\'s choices' : menuTitle(current, productName);
      const picked = await vscodeapi.showQuickPick([...extra, ...menuItems(current, commands)], title);
      if (picked !== undefined) {
        await vscodeapi.executeCommand(picked.command, ...(picked.args ?? []));
      }
    }),
    vscodeapi.registerCommand(Command.showStatus, async () => {
      try {
        const status = await channel.sendRequest<StatusResult>(Method.status, {});
        await vscodeapi.showInformationMessage(formatStatus(status, productName, view().profile?.devRun));
      } catch (error) {
        await notRunning(error);
      }
    }),
    vscodeapi.registerCommand(Command.showCollected, async () => {
      try {
        const events = await channel.sendRequest<unknown>(Method.recentEvents, { limit: COLLECTED_LIMIT });
        const status = await channel.sendRequest<StatusResult>(Method.status, {});
        collected.set(collectedUri, collectedDocument(events, status));
        await vscodeapi.showVirtualDocument(collectedUri);
      } catch (error) {
        await notRunning(error);
      }
    }),
    vscodeapi.registerCommand(Command.openAuditLog, async () => {
      const file = auditLogPath({
        // The person's own value: the setting is application-scoped, and a workspace's is ignored.
        setting: personalString(vscodeapi.getConfiguration(CONSENTRY_SECTION).inspect<unknown>('telemetry.analyticsLog')),
        env: process.env,
        homedir: os.homedir(),
      });
      if (!(await vscodeapi.openFileIfExists(file))) {
        await vscodeapi.showInformationMessage(`Consentry: nothing has been sent yet; the audit log will be ${file}.`);
      }
    }),
    vscodeapi.registerCommand(Command.allowTelemetry, () => writeSetting(true)),
    vscodeapi.registerCommand(Command.denyTelemetry, () => writeSetting(false)),
    vscodeapi.registerCommand(Command.disablePermanently, async () => {
      const confirm = 'Disable Permanently';
      const answer = await vscodeapi.showModalWarning(
        'Turn Consentry telemetry off permanently? It stays off for every product that uses Consentry on this ' +
          'machine until "permanentlyDisabled" is removed by hand from config.json.',
        confirm,
      );
      if (answer !== confirm) {
        return;
      }
      await writeSetting(false);
      try {
        const params: SetConsentParams = { granted: false, permanent: true };
        await channel.sendRequest<StatusResult>(Method.setConsent, params);
        await vscodeapi.showInformationMessage('Consentry: telemetry is off permanently.');
      } catch (error) {
        await vscodeapi.showWarningMessage(
          `Consentry: telemetry is off (setting), but the permanent record could not be written: ${errorMessage(error)}. ` +
            'Run `consentry disable --permanent` to write it.',
        );
      }
    }),
    vscodeapi.registerCommand(Command.resetAnonymousId, async () => {
      try {
        const result = await channel.sendRequest<ResetIdResult>(Method.resetId, {});
        await vscodeapi.showInformationMessage(
          result.deleted
            ? 'Consentry: the anonymous id was deleted; a new random one is made for the next event sent.'
            : 'Consentry: there was no anonymous id; a random one is made only when an event is sent.',
        );
      } catch (error) {
        await notRunning(error);
      }
    }),
  ];
}
