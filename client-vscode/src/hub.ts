/**
 * The shared hub (PROTOCOL version 2): every AI extension that calls the Consentry
 * extension's `register()` becomes a product of the one server of this window, with its
 * own consent setting, prompt, destination and anonymous id.
 *
 * The pure parts ({@link readProfileKeys}, {@link summarize}, {@link hubMenuItems},
 * {@link withProduct}) are unit-tested in plain Node; {@link Hub} applies them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EventQueue, createApi, systemTimer, type ConsentryApi, type SendNotification } from './api';
import { loggedBecause, splitSettingKey, type MenuItem, type ServerChannel } from './commands';
import { parseStateChanged, type StatusView } from './consent';
import { ConsentPrompt, PROMPT_SHOWN_KEY, type MementoLike } from './prompt';
import { Method, type ConsentState, type PromptStyle, type StateChangedParams, type TrackParams } from './protocol';
import { CONSENTRY_CONSENT_SETTING } from './settings';
import * as vscodeapi from './vscodeapi';

/** What a product passes to `register()`. */
export interface RegisterOptions {
  /** Path of the product's profile TOML: absolute, or relative to `extensionPath`. */
  profile: string;
  /** The product's own version (`extension_version` of its events). */
  extensionVersion: string;
  /** The product extension's folder (`context.extensionPath`). */
  extensionPath?: string;
  /** `context.extensionMode` of the product: 1 production, 2 development, 3 test (or the name). */
  extensionMode?: number | 'production' | 'development' | 'test';
}

/** The Consentry extension's API: the default product's calls, and `register()`. */
export interface ConsentryHubApi extends ConsentryApi {
  /** Registers a product with the shared server and returns its API (events wait until it is registered). */
  register(options: RegisterOptions): ConsentryApi;
}

/** The keys of a profile the client needs before the server answers. */
export interface ProfileKeys {
  id?: string;
  setting?: string;
  product?: string;
}

/**
 * Reads the top-level `id`, `setting` and `product` strings of a profile TOML (basic
 * strings on one line, before any table); the server validates the whole file.
 */
export function readProfileKeys(text: string): ProfileKeys {
  const keys: ProfileKeys = {};
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed.startsWith('[')) {
      break;
    }
    const match = /^(id|setting|product)\s*=\s*"((?:[^"\\]|\\.)*)"\s*(?:#.*)?$/.exec(trimmed);
    if (match?.[1] !== undefined && match[2] !== undefined) {
      keys[match[1] as keyof ProfileKeys] = match[2].replace(/\\(["\\])/g, '$1');
    }
  }
  return keys;
}

/** Adds `product` to a track notification's params (each event of a batch). */
export function withProduct(method: string, params: object, product: string): object {
  if (method === Method.trackBatch) {
    const events = (params as { events?: TrackParams[] }).events ?? [];
    return { events: events.map((event) => ({ ...event, product })) };
  }
  return { ...params, product };
}

/** What the hub knows of one product, for the status bar and the quick pick. */
export interface ProductView {
  id: string;
  name: string;
  setting: string;
  state?: StateChangedParams;
  /** Why it could not be registered (its profile), if so. */
  problem?: string;
  /** Why its events are only logged on this machine (no key, a development run), if so. */
  logged?: string;
}

const SUMMARY_WORDS: Record<ConsentState, string> = { on: 'on', 'errors-only': 'errors only', off: 'off', undecided: 'ask' };

/** The status bar's text and tooltip for all products: "AI telemetry: 2 on · 1 ask". */
export function summarize(products: readonly ProductView[]): StatusView {
  const counts = new Map<string, number>();
  for (const product of products) {
    const word = product.problem !== undefined ? 'off' : product.state === undefined ? 'starting' : SUMMARY_WORDS[product.state.state];
    // "On" for a product whose events only reach the audit log would promise what is not done.
    const shown = product.logged !== undefined && (word === 'on' || word === 'errors only') ? `${word} (logged only)` : word;
    counts.set(shown, (counts.get(shown) ?? 0) + 1);
  }
  const order = ['on', 'on (logged only)', 'errors only', 'errors only (logged only)', 'ask', 'off', 'starting'];
  const parts = order.filter((word) => counts.has(word)).map((word) => `${String(counts.get(word))} ${word}`);
  const tooltip = products
    .map((product) => {
      const said = product.problem ?? (product.state === undefined ? 'starting' : `${product.state.state}, ${product.state.reason}`);
      const sends = product.problem === undefined && product.state !== undefined && product.state.state !== 'off' && product.state.state !== 'undecided';
      const logged = product.logged !== undefined && sends ? ` — ${product.logged}, so its events are only logged on this machine.` : '';
      return `${product.name}: ${said}${logged}`;
    })
    .join('\n');
  return { text: `$(pulse) AI telemetry: ${parts.join(' · ')}`, tooltip };
}

/** The command that shows one product's choices (Allow / Deny for it). */
export const PRODUCT_MENU_COMMAND = 'consentry.productMenu';
/** The command that turns every product off. */
export const TURN_OFF_ALL_COMMAND = 'consentry.turnOffAll';

/** The quick pick's entries for the products: one per product with its state and reason, then the global switch. */
export function hubMenuItems(products: readonly ProductView[]): MenuItem[] {
  if (products.length === 0) {
    return [];
  }
  const items: MenuItem[] = products.map((product) => ({
    label: `$(symbol-event) ${product.name}`,
    description: product.problem !== undefined ? 'off (profile not loaded)' : (product.state?.state ?? 'starting'),
    detail: product.problem ?? product.state?.reason ?? 'Nothing is sent until consent is known.',
    command: PRODUCT_MENU_COMMAND,
    args: [product.id],
  }));
  items.push({
    label: '$(circle-slash) Turn off all AI telemetry',
    detail: 'Unchecks the "Telemetry Enabled" setting of every product listed here.',
    command: TURN_OFF_ALL_COMMAND,
  });
  return items;
}

/** What the hub needs from the extension. */
export interface HubDeps {
  channel: ServerChannel;
  /** The Consentry extension's global storage folder (prompt locks, one folder per product). */
  storageDir: string;
  globalState: MementoLike;
  log: (message: string) => void;
  /** Called whenever a product's view changes (to redraw the status bar). */
  changed: () => void;
}

interface HubProduct {
  options: RegisterOptions;
  profilePath: string;
  keys: ProfileKeys;
  queue: EventQueue;
  prompt: ConsentPrompt;
  id?: string;
  state?: StateChangedParams;
  problem?: string;
  /** Why its events are only logged (the server's destination `log-only`), once registered. */
  logged?: string;
}

/** Why a product's run is a development or test run, in the server's words, from its mode. */
function devRunOf(mode: 'production' | 'development' | 'test' | undefined): string | undefined {
  if (mode === 'development') {
    return 'the extension runs in an Extension Development Host';
  }
  return mode === 'test' ? 'the extension runs under its tests' : undefined;
}

function modeName(mode: RegisterOptions['extensionMode']): 'production' | 'development' | 'test' | undefined {
  if (mode === 2 || mode === 'development') {
    return 'development';
  }
  if (mode === 3 || mode === 'test') {
    return 'test';
  }
  return mode === undefined ? undefined : 'production';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The products registered through the API, over the one server of the window. */
export class Hub {
  private readonly products: HubProduct[] = [];
  private running = false;

  constructor(private readonly deps: HubDeps) {}

  /** Whether any product registered. */
  get active(): boolean {
    return this.products.length > 0;
  }

  /** The registered products' consent setting keys (the server pulls them). */
  consentKeys(): Set<string> {
    return new Set(this.products.map((product) => this.settingOf(product)));
  }

  /** Whether `product` (a `stateChanged` param) is one of the hub's. */
  owns(product: string | undefined): boolean {
    return product !== undefined && this.products.some((entry) => entry.id === product);
  }

  /** Views of every product, in registration order. */
  views(): ProductView[] {
    return this.products.map((product) => ({
      id: product.id ?? product.keys.id ?? product.profilePath,
      name: product.keys.product ?? product.id ?? path.basename(product.profilePath),
      setting: this.settingOf(product),
      ...(product.state === undefined ? {} : { state: product.state }),
      ...(product.problem === undefined ? {} : { problem: product.problem }),
      ...(product.logged === undefined ? {} : { logged: product.logged }),
    }));
  }

  /** Registers a product (again, on an update) and returns its API. */
  register(options: RegisterOptions): ConsentryApi {
    const profilePath = path.resolve(options.extensionPath ?? '', options.profile);
    const existing = this.products.find((product) => product.profilePath === profilePath);
    if (existing !== undefined) {
      existing.options = options;
      if (this.running) {
        void this.registerOne(existing);
      }
      return createApi(existing.queue);
    }
    let keys: ProfileKeys = {};
    try {
      keys = readProfileKeys(fs.readFileSync(profilePath, 'utf8'));
    } catch {
      // The server names the problem when it is registered.
    }
    const product: HubProduct = {
      options,
      profilePath,
      keys,
      queue: new EventQueue({ timer: systemTimer }),
      prompt: this.promptFor(keys, options),
    };
    this.products.push(product);
    this.deps.changed();
    if (this.running) {
      void this.registerOne(product);
    }
    return createApi(product.queue);
  }

  /** The server is running (again): register every product; or it stopped: hold events. */
  setRunning(running: boolean): void {
    this.running = running;
    for (const product of this.products) {
      if (running) {
        void this.registerOne(product);
      } else {
        product.queue.detach();
      }
    }
  }

  /** A `consentry/stateChanged` for one of the hub's products. */
  stateChanged(params: unknown): void {
    const parsed = parseStateChanged(params);
    const id = isRecord(params) && typeof params.product === 'string' ? params.product : undefined;
    const product = this.products.find((entry) => entry.id === id);
    if (parsed === undefined || product === undefined) {
      return;
    }
    product.state = parsed;
    this.deps.changed();
    product.prompt.setState(parsed.state).catch((error: unknown) => {
      this.deps.log(`Consent prompt: ${String(error)}`);
    });
  }

  /** Writes `granted` to one product's consent setting (user settings). */
  async setConsent(id: string, granted: boolean): Promise<void> {
    const product = this.views().find((view) => view.id === id);
    if (product !== undefined) {
      const { section, key } = splitSettingKey(product.setting);
      await vscodeapi.updateUserSetting(section, key, granted);
    }
  }

  /** The global switch: every product's consent setting is set to false. */
  async turnOffAll(): Promise<void> {
    for (const setting of new Set([...this.consentKeys(), CONSENTRY_CONSENT_SETTING])) {
      const { section, key } = splitSettingKey(setting);
      await vscodeapi.updateUserSetting(section, key, false);
    }
  }

  /** Flushes every product's queue and stops the timers. */
  async dispose(): Promise<void> {
    await Promise.all(this.products.map((product) => product.queue.flush()));
    for (const product of this.products) {
      product.queue.dispose();
    }
  }

  private settingOf(product: HubProduct): string {
    return product.keys.setting ?? CONSENTRY_CONSENT_SETTING;
  }

  private promptFor(keys: ProfileKeys, options: RegisterOptions): ConsentPrompt {
    const slug = (keys.id ?? keys.product ?? 'product').replace(/[^A-Za-z0-9._-]/g, '_');
    const { section, key } = splitSettingKey(keys.setting ?? CONSENTRY_CONSENT_SETTING);
    return new ConsentPrompt({
      extensionVersion: options.extensionVersion,
      storageDir: path.join(this.deps.storageDir, 'products', slug),
      globalState: this.deps.globalState,
      stateKey: `${PROMPT_SHOWN_KEY}.${slug}`,
      isTelemetryEnabled: vscodeapi.isTelemetryEnabled,
      showMessage: vscodeapi.showNotification,
      writeConsentSetting: (granted) => vscodeapi.updateUserSetting(section, key, granted),
      openExternal: vscodeapi.openExternal,
      log: this.deps.log,
    });
  }

  private async registerOne(product: HubProduct): Promise<void> {
    product.queue.detach();
    const mode = modeName(product.options.extensionMode);
    const params = {
      profile: product.profilePath,
      extensionVersion: product.options.extensionVersion,
      ...(product.options.extensionPath === undefined ? {} : { extensionPath: product.options.extensionPath }),
      ...(mode === undefined ? {} : { extensionMode: mode }),
    };
    let result: unknown;
    try {
      result = await this.deps.channel.sendRequest<unknown>(Method.registerProduct, params);
    } catch (error) {
      product.problem = `its profile could not be loaded, so nothing is sent: ${error instanceof Error ? error.message : String(error)}`;
      this.deps.log(`Product ${product.keys.product ?? product.profilePath}: ${product.problem}`);
      this.deps.changed();
      return;
    }
    if (!isRecord(result) || typeof result.product !== 'string') {
      product.problem = 'the server did not register it';
      this.deps.changed();
      return;
    }
    const id = result.product;
    product.id = id;
    delete product.problem;
    // The answer says where, not why: the mode it was given is known here, the key and the
    // server's environment are not.
    const devRun = devRunOf(mode);
    if (result.destination === 'log-only') {
      product.logged = devRun === undefined ? 'No key is set in its profile, or CI is set in the environment' : loggedBecause(devRun);
    } else {
      delete product.logged;
    }
    const state = parseStateChanged(result);
    if (state !== undefined) {
      product.state = state;
    }
    this.deps.log(`Registered ${product.keys.product ?? id} (${id}) ${product.options.extensionVersion}.`);
    const send: SendNotification = (method, params) => this.deps.channel.sendNotification(method, withProduct(method, params, id));
    product.queue.attach(send);
    this.deps.changed();
    const prompt = typeof result.prompt === 'string' ? (result.prompt as PromptStyle) : 'never';
    await product.prompt.setProfile({
      protocolVersion: 2,
      catalogVersion: 0,
      product: product.keys.product ?? id,
      consent: 'opt-in',
      prompt,
      privacyUrl: typeof result.privacyUrl === 'string' ? result.privacyUrl : '',
      destination: typeof result.destination === 'string' ? result.destination : 'log-only',
      ...(devRun === undefined ? {} : { devRun }),
    });
    if (state !== undefined) {
      await product.prompt.setState(state.state);
    }
  }
}
