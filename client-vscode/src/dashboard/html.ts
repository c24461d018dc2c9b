/**
 * The dashboard's page: a strict Content-Security-Policy (one nonce, nothing remote, no
 * inline script or style without it) and the bundled script that renders the model.
 */

/** The inputs of {@link dashboardHtml}. */
export interface PageInputs {
  /** A fresh random nonce per page. */
  nonce: string;
  /** The webview URI of `dist/dashboard.js`. */
  scriptUri: string;
  /** `webview.cspSource`: the only origin resources may come from. */
  cspSource: string;
  title: string;
}

/**
 * The policy: nothing by default; scripts only with the nonce; styles from the extension
 * or with the nonce; images and fonts from the extension (and `data:` images). No
 * `connect-src`: the page talks to the extension by messages, never to a network.
 */
export function contentSecurityPolicy(nonce: string, cspSource: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `img-src ${cspSource} data:`,
    `font-src ${cspSource}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Theme-aware styles: only VS Code's CSS variables, so light, dark and high contrast follow. */
export const PAGE_STYLE = `
  body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground);
         background: var(--vscode-editor-background); padding: 0 20px 24px; line-height: 1.45; }
  h1 { font-size: 1.5em; font-weight: 600; margin: 16px 0 4px; }
  h2 { font-size: 1.2em; font-weight: 600; margin: 0 0 6px; }
  h3 { font-size: 1em; font-weight: 600; margin: 14px 0 6px; }
  .muted { color: var(--vscode-descriptionForeground); }
  .product { border: 1px solid var(--vscode-panel-border, var(--vscode-contrastBorder, transparent));
             border-radius: 4px; padding: 12px 16px; margin: 16px 0; background: var(--vscode-sideBar-background, transparent); }
  .state { display: inline-block; padding: 1px 8px; border-radius: 10px; font-weight: 600;
           border: 1px solid var(--vscode-contrastBorder, transparent); }
  .state-on { background: var(--vscode-testing-iconPassed, #388a34); color: var(--vscode-editor-background); }
  .state-off, .state-undecided { background: var(--vscode-badge-background); color: var(--vscode-badge-foreground); }
  .state-errors-only { background: var(--vscode-editorWarning-foreground); color: var(--vscode-editor-background); }
  .lock { margin: 8px 0; padding: 6px 10px; border-left: 3px solid var(--vscode-editorWarning-foreground);
          background: var(--vscode-inputValidation-warningBackground, transparent); }
  .row { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 8px 0; }
  table { border-collapse: collapse; margin: 4px 0 8px; }
  th, td { text-align: left; padding: 2px 12px 2px 0; vertical-align: top; }
  th { font-weight: 600; color: var(--vscode-descriptionForeground); }
  code { font-family: var(--vscode-editor-font-family); }
  .chart-bar-sent { fill: var(--vscode-charts-blue); }
  .chart-bar-dropped { fill: var(--vscode-charts-red); }
  .chart-axis { stroke: var(--vscode-descriptionForeground); }
  .chart text { fill: var(--vscode-descriptionForeground); font-size: 10px; }
  .legend-swatch { display: inline-block; width: 10px; height: 10px; margin: 0 4px 0 12px;
                   border: 1px solid var(--vscode-contrastBorder, transparent); }
  .swatch-sent { background: var(--vscode-charts-blue); }
  .swatch-dropped { background: var(--vscode-charts-red); }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  #notices:empty { display: none; }
  #notices { margin: 8px 0; padding: 6px 10px; border-left: 3px solid var(--vscode-focusBorder); }
  :focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
`;

/** The whole page; the script fills `#app` from the messages it receives. */
export function dashboardHtml({ nonce, scriptUri, cspSource, title }: PageInputs): string {
  const safeNonce = escapeAttribute(nonce);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy(nonce, cspSource))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeAttribute(title)}</title>
<style nonce="${safeNonce}">${PAGE_STYLE}</style>
</head>
<body>
<div id="notices" role="status" aria-live="polite"></div>
<main id="app" aria-busy="true"><h1>${escapeAttribute(title)}</h1><p class="muted">Loading…</p></main>
<script nonce="${safeNonce}" src="${escapeAttribute(scriptUri)}"></script>
</body>
</html>
`;
}
