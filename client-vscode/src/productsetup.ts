/**
 * A product's set-up as the library sees it before the server answers: which consent
 * setting Allow and Deny write, and what in the product's `package.json` or profile would
 * make them fail. Pure but for reading the profile file; no `vscode` import, so the unit
 * tests load it directly.
 */
import * as fs from 'node:fs';
import { readProfileKeys } from './hub';

/** The keys of `contributes.configuration.properties` in a `package.json` (one object or a list). */
export function declaredSettings(packageJson: unknown): ReadonlySet<string> {
  const keys = new Set<string>();
  const record = (value: unknown): Record<string, unknown> | undefined =>
    typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  const configuration = record(record(packageJson)?.contributes)?.configuration;
  const blocks: unknown[] = Array.isArray(configuration) ? configuration : [configuration];
  for (const block of blocks) {
    for (const key of Object.keys(record(record(block)?.properties) ?? {})) {
      keys.add(key);
    }
  }
  return keys;
}

/** The inputs of {@link consentSettingFor}. */
export interface ConsentSettingInputs {
  /** `TelemetryOptions.setting`, if given. */
  option: string | undefined;
  /** The command prefix in use. */
  prefix: string;
  /** The profile's `setting` key, if the file could be read and names one. */
  profileSetting: string | undefined;
  /** The settings the product's `package.json` declares. */
  declared: ReadonlySet<string>;
}

/**
 * The consent setting the client writes (Allow / Deny) and watches, and what is wrong with
 * the product's set-up. The server reads the profile's `setting`, so the profile decides
 * when the option is not given; a setting the product does not declare cannot be written
 * (the editor refuses), so Allow would silently do nothing: say so, with the fix.
 */
export function consentSettingFor(inputs: ConsentSettingInputs): { setting: string; problems: string[] } {
  const setting = inputs.option ?? inputs.profileSetting ?? `${inputs.prefix}.telemetry.enabled`;
  const problems: string[] = [];
  if (inputs.profileSetting !== undefined && inputs.profileSetting !== setting) {
    problems.push(
      `The option setting '${setting}' is not the profile's setting '${inputs.profileSetting}': ` +
        'the prompt would write one and the server read the other. Make them equal.',
    );
  }
  if (!inputs.declared.has(setting)) {
    problems.push(
      `The consent setting '${setting}' is not declared in this extension's package.json ` +
        '(contributes.configuration), so Allow and Deny cannot be saved. Paste the block ' +
        `\`consentry manifest --prefix ${inputs.prefix}\` prints.`,
    );
  }
  return { setting, problems };
}

/** The `setting` key of the profile file, if it can be read and names one. */
export function profileSetting(profile: string): string | undefined {
  try {
    return readProfileKeys(fs.readFileSync(profile, 'utf8')).setting;
  } catch {
    return undefined; // the server says why a profile cannot be loaded
  }
}
