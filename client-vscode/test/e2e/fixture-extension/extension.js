// Test-only helper for the real-editor test: one command that calls Consentry's exported
// API the way an AI assistant's extension would, then says how many events it handed over.
// Each run is a "round"; its events carry the round in `feature` so the test can tell
// rounds apart at the capture endpoint.
'use strict';
const vscode = require('vscode');

let round = 0;

function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand('consentryTest.sendEvents', async () => {
      const consentry = vscode.extensions.getExtension('consentry.consentry');
      if (consentry === undefined) {
        await vscode.window.showErrorMessage('Consentry test: the Consentry extension is not installed.');
        return;
      }
      const api = consentry.isActive ? consentry.exports : await consentry.activate();
      round += 1;
      api.suggestionOutcome({
        outcome: 'accepted',
        model: 'gpt-4o',
        provider: 'openai',
        languageId: 'python',
        surface: 'inline',
        latencyMs: 120,
        linesSuggested: 3,
      });
      api.modelCommand({ model: 'claude-sonnet-4', command: 'explain', tokensGenerated: 420, promptTokens: 1830 });
      api.error({
        errorType: 'TypeError',
        message: 'cannot read /home/alice/project/secret.py with key sk-proj-abcdefghijklmnopqrstuvwx0123456789',
        component: 'inline',
      });
      api.featureUsed(`e2e_round_${round}`);
      await vscode.window.showInformationMessage(`Consentry test: handed over 4 events (round ${round}).`);
    }),
  );
}

module.exports = { activate };
