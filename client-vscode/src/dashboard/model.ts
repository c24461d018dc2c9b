/**
 * The privacy dashboard's logic, without the editor: what it shows (built from the
 * server's answers) and what each button does. The panel (`panel.ts`) only connects
 * this to a webview; the unit tests drive it with fakes.
 */
import type {
  CatalogResult,
  DashboardModel,
  DayCount,
  FromWebview,
  HistoryResult,
  ProductView,
  RecentRow,
  ToWebview,
} from './messages';

/** The server's methods the dashboard uses (docs/PROTOCOL.md). */
export const DashboardMethod = {
  status: 'consentry/status',
  recentEvents: 'consentry/recentEvents',
  setConsent: 'consentry/setConsent',
  resetId: 'consentry/resetId',
  catalog: 'consentry/catalog',
  history: 'consentry/history',
  purge: 'consentry/purge',
} as const;

/** Days in the chart. */
export const HISTORY_DAYS = 14;
/** Recent events listed per product. */
export const RECENT_LIMIT = 20;
/** The default product's id and setting (version 1's only product). */
export const DEFAULT_PRODUCT = 'default';
export const DEFAULT_SETTING = 'consentry.telemetry.enabled';

/** Sources no setting can overrule: the dashboard's toggle is shown but cannot change them. */
const LOCKING_SOURCES: ReadonlySet<string> = new Set(['policy', 'env', 'permanent', 'vscode']);

/** The part of the language client the dashboard needs. */
export interface DashboardServer {
  sendRequest<R>(method: string, params: object): Promise<R>;
}

/** What the dashboard's buttons need from the editor. */
export interface DashboardDeps {
  server: DashboardServer;
  /** Writes a boolean user setting (the product's "Telemetry Enabled"). */
  writeSetting(key: string, value: boolean): Promise<void>;
  /** A modal question; true when the person chose `action`. */
  confirm(message: string, action: string): Promise<boolean>;
  /** Opens a file in an editor; false when it does not exist. */
  openFile(path: string): Promise<boolean>;
}

/** One product's entry of `consentry/status` (version 2's `products`, or version 1's whole answer). */
interface StatusEntry {
  product: string;
  state: string;
  decidedBy: string;
  reason: string;
  destination: string;
  queued: number;
  sent: number;
  dropped: Record<string, number>;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function text(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : fallback;
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : 0;
}

function counts(value: unknown): Record<string, number> {
  return Object.fromEntries(Object.entries(record(value)).map(([key, n]) => [key, count(n)]));
}

function statusEntry(value: unknown, product: string): StatusEntry {
  const entry = record(value);
  return {
    product: text(entry.product, product),
    state: text(entry.state, 'off'),
    decidedBy: text(entry.decidedBy, 'unknown'),
    reason: text(entry.reason),
    destination: text(entry.destination, 'log-only'),
    queued: count(entry.queued),
    sent: count(entry.sent),
    dropped: counts(entry.dropped),
  };
}

/**
 * Every product of a `consentry/status` answer: version 2 lists them in `products`; a
 * version 1 server answers for its one product, the default.
 */
export function statusEntries(status: unknown): StatusEntry[] {
  const products = record(status).products;
  if (Array.isArray(products) && products.length > 0) {
    return products.map((entry) => statusEntry(entry, DEFAULT_PRODUCT));
  }
  return [statusEntry(status, DEFAULT_PRODUCT)];
}

/** The recent events as the dashboard lists them: the name, the status, why, when; never a value. */
export function recentRows(events: unknown, limit = RECENT_LIMIT): RecentRow[] {
  const list = Array.isArray(events) ? events : [];
  return list.slice(-limit).map((value) => {
    const entry = record(value);
    const row: RecentRow = { event: text(entry.event, '(unnamed)'), status: text(entry.status, 'unknown') };
    const reason = text(entry.reason);
    if (reason) {
      row.reason = reason;
    }
    const time = text(entry.timestamp);
    if (time) {
      row.time = time;
    }
    return row;
  });
}

/** The days of a `consentry/history` answer, checked. */
export function dayCounts(value: unknown): DayCount[] {
  const list = Array.isArray(value) ? value : [];
  return list
    .map((day) => record(day))
    .filter((day) => typeof day.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day.date))
    .map((day) => ({ date: day.date as string, sent: count(day.sent), dropped: count(day.dropped) }));
}

/** One product's card from its status, history and recent events. */
export function productView(entry: StatusEntry, history: unknown, recent: unknown): ProductView {
  const facts = record(history);
  const policy = record(facts.policy);
  const view: ProductView = {
    ...entry,
    locked: LOCKING_SOURCES.has(entry.decidedBy),
    setting: text(facts.setting, entry.product === DEFAULT_PRODUCT ? DEFAULT_SETTING : ''),
    auditLog: text(facts.auditLog),
    recent: recentRows(recent),
    days: dayCounts(facts.days),
  };
  if (entry.decidedBy === 'policy' || typeof policy.by === 'string') {
    view.lockedBy = text(policy.by, 'your administrator');
  }
  return view;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Asks the server for everything the dashboard shows; a failure becomes `problem`, not a throw. */
export async function loadModel(server: DashboardServer): Promise<DashboardModel> {
  let entries: StatusEntry[];
  try {
    entries = statusEntries(await server.sendRequest<unknown>(DashboardMethod.status, {}));
  } catch (error) {
    return { products: [], catalog: null, problem: `The Consentry server did not answer: ${message(error)}` };
  }
  const catalog = await server.sendRequest<CatalogResult>(DashboardMethod.catalog, {}).catch(() => null);
  const products = await Promise.all(
    entries.map(async (entry) => {
      const [history, recent] = await Promise.all([
        server
          .sendRequest<HistoryResult>(DashboardMethod.history, { product: entry.product, days: HISTORY_DAYS })
          .catch(() => null),
        server
          .sendRequest<unknown>(DashboardMethod.recentEvents, { product: entry.product, limit: RECENT_LIMIT })
          .catch(() => []),
      ]);
      return productView(entry, history, recent);
    }),
  );
  return { products, catalog };
}

/** The products a model shows, by id: the only ids a webview message may name. */
export function productIds(model: DashboardModel | undefined): string[] {
  return model === undefined ? [] : model.products.map((product) => product.product);
}

/**
 * Does what a webview message asks and returns what to post back: notices first, then
 * the fresh model. Nothing here throws: a failure is a notice.
 */
export async function handleMessage(
  request: FromWebview,
  model: DashboardModel | undefined,
  deps: DashboardDeps,
): Promise<ToWebview[]> {
  const notices: string[] = [];
  const view = 'product' in request ? model?.products.find((p) => p.product === request.product) : undefined;
  try {
    switch (request.type) {
      case 'ready':
      case 'refresh':
        break;
      case 'setEnabled':
        if (view === undefined) {
          break;
        }
        if (view.locked) {
          notices.push(`${view.product}: ${view.reason}`);
        } else if (!view.setting) {
          notices.push(`${view.product}: its setting is not known, so it cannot be changed here.`);
        } else {
          await deps.writeSetting(view.setting, request.enabled);
        }
        break;
      case 'resetId': {
        const result = record(await deps.server.sendRequest<unknown>(DashboardMethod.resetId, { product: request.product }));
        notices.push(
          result.deleted === true
            ? `${request.product}: the anonymous id was deleted; a new random one is made for the next event sent.`
            : `${request.product}: there was no anonymous id to delete.`,
        );
        break;
      }
      case 'purge':
        if (
          await deps.confirm(
            `Delete everything Consentry keeps for ${request.product} on this machine: queued events, the audit log and the anonymous id?`,
            'Purge',
          )
        ) {
          await deps.server.sendRequest<unknown>(DashboardMethod.purge, { product: request.product });
          notices.push(`${request.product}: queued events, audit log and anonymous id deleted.`);
        }
        break;
      case 'disablePermanently':
        if (
          await deps.confirm(
            `Turn telemetry off permanently for ${request.product}? It stays off until "permanentlyDisabled" is removed by hand from config.json.`,
            'Disable Permanently',
          )
        ) {
          if (view?.setting) {
            await deps.writeSetting(view.setting, false);
          }
          await deps.server.sendRequest<unknown>(DashboardMethod.setConsent, {
            granted: false,
            permanent: true,
            product: request.product,
          });
          notices.push(`${request.product}: telemetry is off permanently.`);
        }
        break;
      case 'openAuditLog':
        if (view !== undefined && !(view.auditLog && (await deps.openFile(view.auditLog)))) {
          notices.push(`${view.product}: nothing has been written yet; the audit log will be ${view.auditLog || 'in the state folder'}.`);
        }
        break;
    }
  } catch (error) {
    notices.push(`${'product' in request ? `${request.product}: ` : ''}${message(error)}`);
  }
  const fresh = await loadModel(deps.server);
  return [...notices.map((text): ToWebview => ({ type: 'notice', text })), { type: 'model', model: fresh }];
}
