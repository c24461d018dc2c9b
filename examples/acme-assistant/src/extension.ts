// Acme Assistant: an AI extension that embeds Consentry (the @consentry/vscode library).
// It ships the server in bundled/libs (npx consentry-bundle-server) and its profile in
// telemetry/acme.toml; its "Telemetry Enabled" checkbox is acme.telemetry.enabled.
import * as vscode from 'vscode';
import { activateTelemetry, type ProductTelemetry } from '@consentry/vscode';

let telemetry: ProductTelemetry | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const acme = activateTelemetry(context, { profile: 'telemetry/acme.toml', commandPrefix: 'acme' });
  telemetry = acme;
  let round = 0;
  context.subscriptions.push(
    vscode.commands.registerCommand('acme.sendSampleEvents', async () => {
      round += 1;
      acme.suggestionOutcome({ outcome: 'accepted', model: 'gpt-4o', languageId: 'python', surface: 'inline', latencyMs: 90 });
      acme.modelCommand({ model: 'claude-sonnet-4', command: 'explain', tokensGenerated: 320 });
      acme.featureUsed(`acme_round_${String(round)}`);
      await vscode.window.showInformationMessage(`Acme Assistant: handed over 3 events (round ${String(round)}).`);
    }),
  );
}

export function deactivate(): Promise<void> | undefined {
  return telemetry?.dispose();
}
