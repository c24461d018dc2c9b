/**
 * What the privacy dashboard shows and the messages between its webview and the extension.
 *
 * Shared by both sides (the extension host and the webview's script), so it imports
 * nothing and uses no Node or DOM types. The server's requests it builds on are in
 * docs/PROTOCOL.md: `consentry/status`, `consentry/recentEvents`, `consentry/catalog` and
 * `consentry/history`.
 */

/** Result of `consentry/catalog`: what is collected and what never is. */
export interface CatalogResult {
  version: number;
  events: {
    name: string;
    kind: string;
    description: string;
    properties: { name: string; required: boolean; description: string }[];
  }[];
  /** Properties every sent event carries. */
  context: { name: string; description: string }[];
  never: string[];
}

/** Events of one day: sent (or, without a key, logged) and dropped. */
export interface DayCount {
  /** `YYYY-MM-DD`, the server machine's local date. */
  date: string;
  sent: number;
  dropped: number;
}

/** Result of `consentry/history`: one product's daily counts and where its records are. */
export interface HistoryResult {
  product: string;
  days: DayCount[];
  /** The audit log's absolute path. */
  auditLog: string;
  /** The setting that is this product's "Telemetry Enabled" checkbox. */
  setting: string;
  /** The administrator's limit on this product, if any. */
  policy: { level: 'off' | 'errors-only'; by: string } | null;
}

/** One recent event as the dashboard lists it: never its values, only what happened. */
export interface RecentRow {
  event: string;
  status: string;
  /** Why it was dropped (dropped events only). */
  reason?: string;
  /** When it happened, as the event says (ISO-8601), if it says. */
  time?: string;
}

/** One product's card. */
export interface ProductView {
  product: string;
  state: string;
  decidedBy: string;
  reason: string;
  /** Decided by a source no setting can overrule (policy, environment, permanent, VS Code). */
  locked: boolean;
  /** Who locked it, when an administrator's policy did. */
  lockedBy?: string;
  destination: string;
  queued: number;
  sent: number;
  dropped: Record<string, number>;
  setting: string;
  auditLog: string;
  recent: RecentRow[];
  days: DayCount[];
}

/** Everything the webview renders. */
export interface DashboardModel {
  products: ProductView[];
  catalog: CatalogResult | null;
  /** Set when the server could not be asked (not running, or an error). */
  problem?: string;
}

/** Actions the webview asks for; each names the product it is about. */
export type ProductAction = 'setEnabled' | 'resetId' | 'purge' | 'disablePermanently' | 'openAuditLog';

/** Webview → extension. */
export type FromWebview =
  | { type: 'ready' }
  | { type: 'refresh' }
  | { type: 'setEnabled'; product: string; enabled: boolean }
  | { type: Exclude<ProductAction, 'setEnabled'>; product: string };

/** Extension → webview. */
export type ToWebview = { type: 'model'; model: DashboardModel } | { type: 'notice'; text: string };

const PRODUCT_ACTIONS: readonly string[] = ['resetId', 'purge', 'disablePermanently', 'openAuditLog'];

/**
 * The message as the extension may act on it, or undefined. A webview is a web page: what
 * it posts is checked like any input, and product ids must be ones the dashboard showed.
 */
export function parseFromWebview(value: unknown, products: readonly string[]): FromWebview | undefined {
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  const message = value as Record<string, unknown>;
  const type = message.type;
  if (type === 'ready' || type === 'refresh') {
    return { type };
  }
  const product = message.product;
  if (typeof product !== 'string' || !products.includes(product)) {
    return undefined;
  }
  if (type === 'setEnabled') {
    return typeof message.enabled === 'boolean' ? { type, product, enabled: message.enabled } : undefined;
  }
  if (typeof type === 'string' && PRODUCT_ACTIONS.includes(type)) {
    return { type: type as Exclude<ProductAction, 'setEnabled'>, product };
  }
  return undefined;
}
