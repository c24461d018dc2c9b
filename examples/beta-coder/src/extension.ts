// Beta Coder: an AI extension that uses the shared Consentry extension (the hub) instead
// of shipping a server: it declares "extensionDependencies": ["consentry.consentry"] and
// registers its profile; its "Telemetry Enabled" checkbox is beta.telemetry.enabled.
import * as vscode from 'vscode';
import type { ConsentryApi, ConsentryHubApi } from '@consentry/vscode';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const consentry = vscode.extensions.getExtension<ConsentryHubApi>('consentry.consentry');
  const hub = consentry === undefined ? undefined : consentry.isActive ? consentry.exports : await consentry.activate();
  const beta: ConsentryApi | undefined = hub?.register({
    profile: context.asAbsolutePath('telemetry/beta.toml'),
    extensionVersion: String((context.extension.packageJSON as { version?: unknown }).version),
    extensionPath: context.extensionPath,
    extensionMode: context.extensionMode,
  });
  let round = 0;
  context.subscriptions.push(
    vscode.commands.registerCommand('beta.sendSampleEvents', async () => {
      round += 1;
      beta?.suggestionOutcome({ outcome: 'rejected', model: 'codestral', languageId: 'go', surface: 'chat' });
      beta?.pageview('chat');
      beta?.featureUsed(`beta_round_${String(round)}`);
      await vscode.window.showInformationMessage(`Beta Coder: handed over 3 events (round ${String(round)}).`);
    }),
  );
}
