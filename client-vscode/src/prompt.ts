/**
 * The consent prompt: one notification, shown when the server says consent is undecided
 * and the product's profile asks for it.
 *
 * When to show it is a pure function of plain values ({@link decidePrompt}); the
 * {@link ConsentPrompt} class applies it through injected editor calls, so all of it is
 * unit-tested in plain Node. Rules:
 * - never while the editor's own telemetry is off, never for `prompt = "never"`;
 * - `first-run`: once ever; `install-and-update`: once per extension version;
 * - dismissing is not consent, and the prompt is not shown again until the next
 *   install or update (it is recorded as shown before it appears);
 * - two windows never both show it: the first to create a lock file in the extension's
 *   global storage wins (the shared `globalState` alone is racy between windows).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ConsentState, PromptStyle, ServerProfile } from './protocol';

/** The `globalState` key that remembers what the prompt was last shown for. */
export const PROMPT_SHOWN_KEY = 'consentry.prompt.shownFor';

/** The buttons of the prompt, in order. */
export const PromptChoice = {
  allow: 'Allow',
  deny: 'Deny',
  learnMore: 'Learn more',
} as const;

/** How often "Learn more" may bring the prompt back in one session. */
export const MAX_LEARN_MORE = 2;

const PROMPT_STYLES: readonly PromptStyle[] = ['first-run', 'install-and-update', 'never'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads `capabilities.experimental.consentry` from an `initialize` result; `undefined` if
 * it is missing or malformed (then no prompt is shown: the server did not ask for one).
 */
export function parseServerProfile(initializeResult: unknown): ServerProfile | undefined {
  if (!isRecord(initializeResult) || !isRecord(initializeResult.capabilities)) {
    return undefined;
  }
  const experimental = initializeResult.capabilities.experimental;
  const raw = isRecord(experimental) ? experimental.consentry : undefined;
  if (!isRecord(raw) || typeof raw.product !== 'string' || !PROMPT_STYLES.includes(raw.prompt as PromptStyle)) {
    return undefined;
  }
  return {
    protocolVersion: typeof raw.protocolVersion === 'number' ? raw.protocolVersion : 0,
    catalogVersion: typeof raw.catalogVersion === 'number' ? raw.catalogVersion : 0,
    product: raw.product,
    consent: raw.consent === 'opt-out' ? 'opt-out' : 'opt-in',
    prompt: raw.prompt as PromptStyle,
    privacyUrl: typeof raw.privacyUrl === 'string' ? raw.privacyUrl : '',
    destination: typeof raw.destination === 'string' ? raw.destination : 'log-only',
    ...(typeof raw.devRun === 'string' ? { devRun: raw.devRun } : {}),
  };
}

/**
 * The profile the prompt works from. A hub whose own product is the built-in default
 * (no profile file) with nothing that could leave (`log-only`) has no product of its own
 * to ask about: it never prompts for it, while each registered product still asks.
 */
export function promptedProfile(
  profile: ServerProfile | undefined,
  initializeResult: unknown,
  hub: boolean,
): ServerProfile | undefined {
  if (profile === undefined || !hub || profile.destination !== 'log-only') {
    return profile;
  }
  const capabilities = isRecord(initializeResult) ? initializeResult.capabilities : undefined;
  const experimental = isRecord(capabilities) ? capabilities.experimental : undefined;
  const raw = isRecord(experimental) ? experimental.consentry : undefined;
  return isRecord(raw) && raw.builtInProfile === true ? { ...profile, prompt: 'never' } : profile;
}

/** What `globalState` keeps about the last prompt: the extension version it was shown for. */
export interface PromptRecord {
  version: string;
}

/** The inputs of {@link decidePrompt}. */
export interface PromptInputs {
  /** The server's latest decision; `undefined` before the first one. */
  state: ConsentState | undefined;
  /** The profile from the `initialize` result. */
  profile: ServerProfile | undefined;
  /** `vscode.env.isTelemetryEnabled`. */
  vscodeTelemetryEnabled: boolean;
  /** The version of the extension running now. */
  extensionVersion: string;
  /** What `globalState` holds under {@link PROMPT_SHOWN_KEY} (anything, or undefined). */
  shownFor: unknown;
}

/** Whether to show the prompt: if so, the lock file that claims it; if not, why not. */
export type PromptDecision = { show: true; lockName: string; record: PromptRecord } | { show: false; why: string };

/** A file name made of the version's safe characters only. */
export function lockNameFor(style: PromptStyle, extensionVersion: string): string {
  const safe = extensionVersion.replace(/[^0-9A-Za-z.+-]/g, '_').slice(0, 64) || 'unknown';
  return style === 'first-run' ? 'prompt-first-run.lock' : `prompt-${safe}.lock`;
}

/** Decides whether the consent prompt is due (see the module comment for the rules). */
export function decidePrompt(inputs: PromptInputs): PromptDecision {
  const { state, profile, vscodeTelemetryEnabled, extensionVersion, shownFor } = inputs;
  if (profile === undefined) {
    return { show: false, why: 'the server announced no product profile' };
  }
  if (state !== 'undecided') {
    return { show: false, why: state === undefined ? 'consent is not known yet' : `consent is already ${state}` };
  }
  if (!vscodeTelemetryEnabled) {
    return { show: false, why: "the editor's telemetry is off" };
  }
  const record: PromptRecord = { version: extensionVersion };
  switch (profile.prompt) {
    case 'never':
      return { show: false, why: 'the product never prompts' };
    case 'first-run':
      if (shownFor !== undefined) {
        return { show: false, why: 'already shown once (first-run)' };
      }
      return { show: true, lockName: lockNameFor('first-run', extensionVersion), record };
    case 'install-and-update':
      if (isRecord(shownFor) && shownFor.version === extensionVersion) {
        return { show: false, why: `already shown for version ${extensionVersion}` };
      }
      return { show: true, lockName: lockNameFor('install-and-update', extensionVersion), record };
  }
}

/** The text of the notification. */
export function promptMessage(product: string): string {
  return `Help improve ${product}? Anonymous usage data, never code or prompts.`;
}

/** The file operations {@link claimPrompt} uses; injected so tests can fail them. */
export interface LockFs {
  mkdirSync(dir: string, options: { recursive: true }): unknown;
  openSync(file: string, flags: 'wx'): number;
  closeSync(fd: number): void;
}

/**
 * Claims the prompt for this window by creating `dir/lockName` exclusively: true for
 * the one window that created it, false for every other (and when the folder cannot be
 * written, since then two windows could not be told apart and not asking is the safe side).
 */
export function claimPrompt(dir: string, lockName: string, ops: LockFs = fs): boolean {
  try {
    ops.mkdirSync(dir, { recursive: true });
    ops.closeSync(ops.openSync(path.join(dir, lockName), 'wx'));
    return true;
  } catch {
    return false;
  }
}

/** The part of `vscode.Memento` the prompt uses. */
export interface MementoLike {
  get(key: string): unknown;
  update(key: string, value: unknown): Thenable<void>;
}

/** The editor calls the prompt makes; injected so the class is testable without the editor. */
export interface PromptDeps {
  extensionVersion: string;
  /** The extension's global storage folder (`ExtensionContext.globalStorageUri.fsPath`). */
  storageDir: string;
  globalState: MementoLike;
  /** The `globalState` key of this product's record (default {@link PROMPT_SHOWN_KEY}). */
  stateKey?: string;
  isTelemetryEnabled: () => boolean;
  /** Shows a notification with buttons; resolves to the button chosen, or undefined. */
  showMessage: (message: string, ...buttons: string[]) => Thenable<string | undefined>;
  /** Writes the user setting `consentry.telemetry.enabled` (Global). */
  writeConsentSetting: (granted: boolean) => Promise<void>;
  openExternal: (url: string) => Thenable<unknown>;
  log: (message: string) => void;
  claim?: (dir: string, lockName: string) => boolean;
}

/** Shows the consent prompt at most once per session, when {@link decidePrompt} says so. */
export class ConsentPrompt {
  private state: ConsentState | undefined;
  private profile: ServerProfile | undefined;
  private asked = false;

  constructor(private readonly deps: PromptDeps) {}

  /** The profile from the `initialize` result (each time the server starts). */
  setProfile(profile: ServerProfile | undefined): Promise<void> {
    this.profile = profile;
    return this.consider();
  }

  /** The server's latest decision. */
  setState(state: ConsentState): Promise<void> {
    this.state = state;
    return this.consider();
  }

  private async consider(): Promise<void> {
    if (this.asked) {
      return;
    }
    const decision = decidePrompt({
      state: this.state,
      profile: this.profile,
      vscodeTelemetryEnabled: this.deps.isTelemetryEnabled(),
      extensionVersion: this.deps.extensionVersion,
      shownFor: this.deps.globalState.get(this.deps.stateKey ?? PROMPT_SHOWN_KEY),
    });
    // Only a real "not now" (or a prompt) ends the session's interest; "not known yet"
    // waits for the next state.
    if (!decision.show) {
      if (this.state !== undefined && this.profile !== undefined) {
        this.asked = true;
        this.deps.log(`Consent prompt not shown: ${decision.why}.`);
      }
      return;
    }
    this.asked = true;
    const claim = this.deps.claim ?? claimPrompt;
    if (!claim(this.deps.storageDir, decision.lockName)) {
      this.deps.log('Consent prompt not shown: another window has shown it for this version.');
      return;
    }
    // Recorded before it appears: a dismissed (or never answered) prompt is not shown
    // again until the next install or update.
    await this.deps.globalState.update(this.deps.stateKey ?? PROMPT_SHOWN_KEY, decision.record);
    await this.ask(this.profile);
  }

  private async ask(profile: ServerProfile | undefined): Promise<void> {
    if (profile === undefined) {
      return;
    }
    const buttons = [PromptChoice.allow, PromptChoice.deny, ...(profile.privacyUrl === '' ? [] : [PromptChoice.learnMore])];
    for (let round = 0; round <= MAX_LEARN_MORE; round += 1) {
      const choice = await this.deps.showMessage(promptMessage(profile.product), ...buttons);
      if (choice === PromptChoice.allow || choice === PromptChoice.deny) {
        this.deps.log(`Consent prompt: ${choice}.`);
        await this.deps.writeConsentSetting(choice === PromptChoice.allow);
        return;
      }
      if (choice !== PromptChoice.learnMore) {
        // Dismissed: not consent, and not asked again until the next version.
        this.deps.log('Consent prompt dismissed; nothing changes.');
        return;
      }
      // Opening the page closes the notification: bring it back so a choice can follow.
      await this.deps.openExternal(profile.privacyUrl);
    }
  }
}
