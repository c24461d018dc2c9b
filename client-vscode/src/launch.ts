/**
 * How the server process is launched: interpreter, arguments, environment, the check that
 * the interpreter can run the server, and how often it may be restarted. Pure functions of
 * their inputs, so they are unit-tested without the editor; `server.ts` applies them.
 */
import * as path from 'node:path';

/** The interpreter used when `consentry.server.python` is empty. */
export const DEFAULT_PYTHON = 'python3';
/** Arguments that start the server (LSP over stdio). */
export const SERVER_ARGS: readonly string[] = ['-m', 'consentry', 'serve'];
/** Where a packaged extension keeps the server's Python libraries. */
export const BUNDLED_LIBS = path.join('bundled', 'libs');

/** The server's command line and environment. */
export interface ServerLaunch {
  command: string;
  args: string[];
  env: Record<string, string | undefined>;
  /**
   * The working directory: the extension's folder. `python -m` puts it first on
   * `sys.path`, so it must never be the user's workspace, whose files could shadow ours.
   */
  cwd: string;
}

/** The inputs of {@link planServerLaunch}. */
export interface LaunchInputs {
  /** `consentry.server.python`, if set. */
  python?: string;
  /** Absolute path of the extension's folder. */
  extensionPath: string;
  /** The environment to start from (the extension host's). */
  env: Readonly<Record<string, string | undefined>>;
  /** Whether a path exists; injected so the plan stays testable. */
  exists: (candidate: string) => boolean;
  /** `path.delimiter` of the platform; `:` or `;`. */
  delimiter?: string;
}

/** The interpreter to run: the configured one if any, else `python3`. */
export function selectInterpreter(configured: string | undefined): string {
  const trimmed = configured?.trim();
  return trimmed !== undefined && trimmed !== '' ? trimmed : DEFAULT_PYTHON;
}

/**
 * Returns `env` with `dir` put first on `PYTHONPATH`, keeping what was there, so the
 * bundled libraries win over whatever the user's interpreter has installed.
 */
export function prependPythonPath(
  env: Readonly<Record<string, string | undefined>>,
  dir: string,
  delimiter: string = path.delimiter,
): Record<string, string | undefined> {
  const existing = env.PYTHONPATH;
  const value = existing !== undefined && existing !== '' ? `${dir}${delimiter}${existing}` : dir;
  return { ...env, PYTHONPATH: value };
}

/** Plans the server's launch from the settings and the extension's folder. */
export function planServerLaunch(inputs: LaunchInputs): ServerLaunch {
  const libs = path.join(inputs.extensionPath, BUNDLED_LIBS);
  const env = inputs.exists(libs) ? prependPythonPath(inputs.env, libs, inputs.delimiter) : { ...inputs.env };
  return { command: selectInterpreter(inputs.python), args: [...SERVER_ARGS], env, cwd: inputs.extensionPath };
}

/** The oldest Python the server runs on. */
export const MIN_PYTHON: readonly [number, number] = [3, 11];

/**
 * A one-line script that reports the interpreter's version and whether the `consentry`
 * package can be found, without importing it.
 */
export const PROBE_SCRIPT =
  'import importlib.util, json, sys; ' +
  'print(json.dumps({"version": list(sys.version_info[:3]), "executable": sys.executable, ' +
  '"consentry": importlib.util.find_spec("consentry") is not None}))';

/**
 * Judges the output of {@link PROBE_SCRIPT}: `undefined` if the server can run, else why not.
 *
 * Checked before launching because the language client reports a server that fails to
 * start with pop-ups, and a telemetry library must never show UI for that: it just stays off.
 */
export function judgeProbe(command: string, stdout: string): string | undefined {
  let report: unknown;
  try {
    report = JSON.parse(stdout.trim());
  } catch {
    return `"${command}" did not answer like a Python interpreter.`;
  }
  const { version, executable, consentry } = (typeof report === 'object' && report !== null ? report : {}) as {
    version?: unknown;
    executable?: unknown;
    consentry?: unknown;
  };
  if (!Array.isArray(version) || !version.every((part) => typeof part === 'number')) {
    return `"${command}" did not answer like a Python interpreter.`;
  }
  const [major = 0, minor = 0] = version;
  // Name the resolved interpreter too: "python3" alone does not say which one ran.
  const named =
    typeof executable === 'string' && executable !== '' && executable !== command
      ? `"${command}" (${executable})`
      : `"${command}"`;
  const [minMajor, minMinor] = MIN_PYTHON;
  if (major < minMajor || (major === minMajor && minor < minMinor)) {
    return `${named} is Python ${version.join('.')}; the server needs Python ${MIN_PYTHON.join('.')} or newer (setting consentry.server.python).`;
  }
  if (consentry !== true) {
    return `the consentry package is not installed for ${named}.`;
  }
  return undefined;
}

/**
 * Allows at most `limit` restarts within a sliding window of `windowMs`, so a server that
 * keeps crashing is not restarted forever, while one that crashes rarely comes back.
 */
export class RestartBudget {
  private readonly restarts: number[] = [];

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a restart and returns true if one is still allowed now. */
  tryRestart(): boolean {
    const now = this.now();
    while (this.restarts.length > 0 && now - (this.restarts[0] ?? now) >= this.windowMs) {
      this.restarts.shift();
    }
    if (this.restarts.length >= this.limit) {
      return false;
    }
    this.restarts.push(now);
    return true;
  }
}
