/**
 * The dashboard's script, running inside the webview (bundled into `dist/dashboard.js`).
 *
 * It renders the model the extension posts and posts back what the person asks for.
 * Everything is built with DOM calls and `textContent`, never from HTML strings, so
 * nothing the server says can become markup. Widgets are `@vscode-elements/elements`
 * (toggle, buttons, collapsibles), which follow the editor's theme and keyboard rules.
 */
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-checkbox/index.js';
import '@vscode-elements/elements/dist/vscode-collapsible/index.js';
import '@vscode-elements/elements/dist/vscode-divider/index.js';
import type { CatalogResult, DashboardModel, DayCount, FromWebview, ProductView, ToWebview } from '../messages';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();

type Child = Node | string;

function el(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag: string, attributes: Record<string, string>, text?: string): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    node.setAttribute(name, value);
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

function stateLabel(state: string): string {
  return state === 'errors-only' ? 'errors only' : state;
}

function button(label: string, onClick: () => void, secondary = true): HTMLElement {
  const node = el('vscode-button', secondary ? { secondary: '' } : {}, label);
  node.addEventListener('click', onClick);
  return node;
}

/** Bars of sent and dropped events per day, with the same numbers as a table for screen readers. */
function chart(days: DayCount[], product: string): HTMLElement {
  const width = 28 * Math.max(days.length, 1) + 40;
  const height = 120;
  const top = Math.max(1, ...days.map((day) => Math.max(day.sent, day.dropped)));
  const total = days.reduce((sum, day) => sum + day.sent + day.dropped, 0);
  const figure = el('figure', { class: 'chart-figure' });
  const image = svg('svg', {
    class: 'chart',
    width: String(width),
    height: String(height + 24),
    role: 'img',
    'aria-label': `Events per day for ${product}: ${String(total)} in ${String(days.length)} days; the table below has the numbers.`,
  });
  image.append(svg('line', { class: 'chart-axis', x1: '30', y1: String(height), x2: String(width), y2: String(height) }));
  image.append(svg('text', { x: '0', y: '10' }, String(top)));
  image.append(svg('text', { x: '0', y: String(height) }, '0'));
  days.forEach((day, index) => {
    const x = 34 + index * 28;
    const sentHeight = Math.round((day.sent / top) * (height - 10));
    const droppedHeight = Math.round((day.dropped / top) * (height - 10));
    const sent = svg('rect', { class: 'chart-bar-sent', x: String(x), y: String(height - sentHeight), width: '11', height: String(sentHeight) });
    sent.append(svg('title', {}, `${day.date}: ${String(day.sent)} sent`));
    const dropped = svg('rect', {
      class: 'chart-bar-dropped',
      x: String(x + 12),
      y: String(height - droppedHeight),
      width: '11',
      height: String(droppedHeight),
    });
    dropped.append(svg('title', {}, `${day.date}: ${String(day.dropped)} dropped`));
    image.append(sent, dropped);
    // Every other day is labelled, counting back from today, which always is.
    if ((days.length - 1 - index) % 2 === 0 || days.length < 8) {
      image.append(svg('text', { x: String(x), y: String(height + 14) }, day.date.slice(5)));
    }
  });
  const legend = el(
    'figcaption',
    {},
    'Events per day',
    el('span', { class: 'legend-swatch swatch-sent', 'aria-hidden': 'true' }),
    'sent',
    el('span', { class: 'legend-swatch swatch-dropped', 'aria-hidden': 'true' }),
    'dropped',
  );
  const table = el(
    'table',
    { class: 'sr-only' },
    el('caption', {}, `Events per day for ${product}`),
    el('tr', {}, el('th', { scope: 'col' }, 'Day'), el('th', { scope: 'col' }, 'Sent'), el('th', { scope: 'col' }, 'Dropped')),
    ...days.map((day) => el('tr', {}, el('td', {}, day.date), el('td', {}, String(day.sent)), el('td', {}, String(day.dropped)))),
  );
  figure.append(image, legend, table);
  return figure;
}

function recentTable(view: ProductView): HTMLElement {
  if (view.recent.length === 0) {
    return el('p', { class: 'muted' }, 'No events in this session yet.');
  }
  return el(
    'table',
    {},
    el('caption', { class: 'sr-only' }, `Recent events of ${view.product}`),
    el('tr', {}, el('th', { scope: 'col' }, 'Event'), el('th', { scope: 'col' }, 'Status'), el('th', { scope: 'col' }, 'Why / when')),
    ...view.recent
      .slice()
      .reverse()
      .map((row) => el('tr', {}, el('td', {}, el('code', {}, row.event)), el('td', {}, row.status), el('td', {}, row.reason ?? row.time ?? ''))),
  );
}

function catalogSection(catalog: CatalogResult | null): HTMLElement {
  const section = el('section', { 'aria-labelledby': 'catalog-heading' }, el('h2', { id: 'catalog-heading' }, 'What is collected'));
  if (catalog === null) {
    section.append(el('p', { class: 'muted' }, 'The catalog is not available from this server.'));
    return section;
  }
  const collected = el('vscode-collapsible', { heading: `Events (catalog version ${String(catalog.version)})`, open: '' });
  for (const event of catalog.events) {
    collected.append(
      el('h3', {}, el('code', {}, event.name), ` (${event.kind}) — ${event.description}`),
      el(
        'table',
        {},
        el('tr', {}, el('th', { scope: 'col' }, 'Property'), el('th', { scope: 'col' }, 'What it is')),
        ...event.properties.map((property) =>
          el('tr', {}, el('td', {}, el('code', {}, property.name), property.required ? ' (required)' : ''), el('td', {}, property.description)),
        ),
      ),
    );
  }
  const context = el(
    'vscode-collapsible',
    { heading: 'Every event also carries' },
    el('ul', {}, ...catalog.context.map((item) => el('li', {}, el('code', {}, item.name), `: ${item.description}`))),
  );
  const never = el(
    'vscode-collapsible',
    { heading: 'Never collected', open: '' },
    el('ul', {}, ...catalog.never.map((item) => el('li', {}, item))),
  );
  section.append(collected, context, never);
  return section;
}

function productCard(view: ProductView): HTMLElement {
  const headingId = `product-${view.product.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const card = el('section', { class: 'product', 'aria-labelledby': headingId, 'data-product': view.product });
  card.append(
    el('h2', { id: headingId }, view.product === 'default' ? 'Consentry (default product)' : view.product),
    el(
      'p',
      {},
      el('span', { class: `state state-${view.state}`, 'data-testid': 'state' }, stateLabel(view.state)),
      ` decided by `,
      el('strong', {}, view.decidedBy),
      `. ${view.reason}`,
    ),
  );
  if (view.decidedBy === 'policy') {
    card.append(
      el(
        'p',
        { class: 'lock', role: 'note', 'data-testid': 'locked' },
        `Locked by ${view.lockedBy ?? 'your administrator'}: an administrator's policy on this machine decides, and no setting here can change it.`,
      ),
    );
  }
  const toggle = el('vscode-checkbox', { toggle: '', label: 'Telemetry enabled', 'data-testid': 'toggle' }) as HTMLElement & {
    checked: boolean;
    disabled: boolean;
  };
  toggle.checked = view.state === 'on' || view.state === 'errors-only';
  toggle.disabled = view.locked;
  toggle.addEventListener('change', () => {
    vscode.postMessage({ type: 'setEnabled', product: view.product, enabled: toggle.checked });
  });
  const counts = Object.entries(view.dropped)
    .map(([reason, n]) => `${reason} ${String(n)}`)
    .join(', ');
  card.append(
    el('div', { class: 'row' }, toggle, view.locked ? el('span', { class: 'muted' }, `(set by ${view.decidedBy})`) : ''),
    el(
      'p',
      { class: 'muted' },
      view.destination === 'log-only'
        ? `Destination: none — events are only written to the audit log on this machine. Logged: ${String(view.sent)}; queued: ${String(view.queued)}.`
        : `Destination: ${view.destination}. Sent: ${String(view.sent)}; queued: ${String(view.queued)}.`,
      counts ? ` Dropped: ${counts}.` : '',
    ),
    el('h3', {}, 'Events per day'),
    chart(view.days, view.product),
    el('h3', {}, 'Recent events'),
    recentTable(view),
    el('p', {}, 'Audit log: ', el('code', {}, view.auditLog || '(in the state folder)')),
    el(
      'div',
      { class: 'row' },
      button('Open Audit Log', () => {
        vscode.postMessage({ type: 'openAuditLog', product: view.product });
      }),
      button('Reset Anonymous Id', () => {
        vscode.postMessage({ type: 'resetId', product: view.product });
      }),
      button('Purge', () => {
        vscode.postMessage({ type: 'purge', product: view.product });
      }),
      button('Disable Permanently', () => {
        vscode.postMessage({ type: 'disablePermanently', product: view.product });
      }),
    ),
  );
  return card;
}

function render(model: DashboardModel): void {
  const app = document.getElementById('app');
  if (app === null) {
    return;
  }
  // Keep keyboard focus where it was across a re-render (same product, same control).
  const active = document.activeElement;
  const focusProduct = active?.closest('[data-product]')?.getAttribute('data-product');
  const focusLabel = active?.textContent ?? active?.getAttribute('label') ?? '';
  const header = el(
    'header',
    {},
    el('h1', {}, 'Privacy dashboard'),
    el('p', { class: 'muted' }, 'What Consentry collects for each product on this machine, what it sent, and your controls.'),
    el('div', { class: 'row' }, button('Refresh', () => {
      vscode.postMessage({ type: 'refresh' });
    })),
  );
  const parts: Child[] = [header];
  if (model.problem !== undefined) {
    parts.push(el('p', { class: 'lock', role: 'alert' }, model.problem));
  }
  parts.push(...model.products.map(productCard), el('vscode-divider', {}), catalogSection(model.catalog));
  app.replaceChildren(...parts);
  app.setAttribute('aria-busy', 'false');
  if (focusProduct) {
    const again = [...app.querySelectorAll(`[data-product] vscode-button, [data-product] vscode-checkbox`)].find(
      (node) => node.closest('[data-product]')?.getAttribute('data-product') === focusProduct && (node.textContent === focusLabel || node.getAttribute('label') === focusLabel),
    );
    (again as HTMLElement | undefined)?.focus();
  }
}

function notice(text: string): void {
  const box = document.getElementById('notices');
  if (box !== null) {
    box.textContent = text;
  }
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (message.type === 'model') {
    render(message.model);
  } else {
    notice(message.text);
  }
});

vscode.postMessage({ type: 'ready' });
