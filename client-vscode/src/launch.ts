/**
 * How the server process is launched: interpreter, arguments, environment, the check that
 * the interpreter can run the server, and how often it may be restarted. Pure functions of
 * their inputs, so they are unit-tested without the editor; `server.ts` applies them.
 */
import * as path from 'node:path';

/** The interpreter used when `consentry.server.python` is empty and the Python extension names none. */
export const DEFAULT_PYTHON = 'python3';
/** The Python extension, whose active interpreter is the second choice. */
export const PYTHON_EXTENSION_ID = 'ms-python.python';
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

/** Where an interpreter to try came from. */
export type InterpreterSource = 'setting' | 'python-extension' | 'default';

/** One interpreter to try, in order. */
export interface InterpreterCandidate {
  command: string;
  source: InterpreterSource;
}

/**
 * The interpreters to try, in order: the `consentry.server.python` setting alone when it
 * is set (the user chose it, so no other is tried behind their back); else the Python
 * extension's active interpreter, if any, then `python3`.
 */
export function interpreterCandidates(configured: string | undefined, fromPythonExtension: string | undefined): InterpreterCandidate[] {
  const setting = configured?.trim();
  if (setting !== undefined && setting !== '') {
    return [{ command: setting, source: 'setting' }];
  }
  const candidates: InterpreterCandidate[] = [];
  const active = fromPythonExtension?.trim();
  if (active !== undefined && active !== '' && active !== DEFAULT_PYTHON) {
    candidates.push({ command: active, source: 'python-extension' });
  }
  candidates.push({ command: DEFAULT_PYTHON, source: 'default' });
  return candidates;
}

const SOURCE_NAMES: Record<InterpreterSource, string> = {
  setting: 'consentry.server.python',
  'python-extension': "the Python extension's interpreter",
  default: 'python3 on PATH',
};

/** The message (status bar tooltip, output, quick pick) when no candidate can run the server. */
export function noPythonMessage(tried: readonly { candidate: InterpreterCandidate; problem: string }[]): string {
  const details = tried.map(({ candidate, problem }) => `${SOURCE_NAMES[candidate.source]}: ${problem}`).join(' ');
  return (
    `No Python ${MIN_PYTHON.join('.')} or newer could run the Consentry server, so nothing is sent. ${details} ` +
    `Fix: install Python ${MIN_PYTHON.join('.')} or newer and set consentry.server.python to its full path ` +
    '(e.g. /usr/bin/python3.11 or C:\\Python311\\python.exe).'
  );
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/**
 * The active interpreter from the Python extension's exported API
 * (`environments.getActiveEnvironmentPath()`, resolved to its executable when the API
 * can); `undefined` if the API is missing or answers anything unexpected.
 */
export async function interpreterFromPythonApi(exports: unknown): Promise<string | undefined> {
  const environments = field(exports, 'environments');
  const getActive = field(environments, 'getActiveEnvironmentPath');
  if (typeof getActive !== 'function') {
    return undefined;
  }
  const active: unknown = await Promise.resolve(getActive.call(environments));
  const resolve = field(environments, 'resolveEnvironment');
  if (typeof resolve === 'function') {
    // `path` may name an environment's folder; the resolved executable is the interpreter.
    const resolved: unknown = await Promise.resolve(resolve.call(environments, active));
    const executable = field(field(field(resolved, 'executable'), 'uri'), 'fsPath');
    if (typeof executable === 'string' && executable !== '') {
      return executable;
    }
  }
  const activePath = field(active, 'path');
  return typeof activePath === 'string' && activePath !== '' ? activePath : undefined;
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

/** A short description of a successful probe, e.g. `Python 3.11.7 (/usr/bin/python3.11)`. */
export function describeProbe(stdout: string): string | undefined {
  try {
    const { version, executable } = JSON.parse(stdout.trim()) as { version?: unknown; executable?: unknown };
    if (!Array.isArray(version)) {
      return undefined;
    }
    const where = typeof executable === 'string' && executable !== '' ? ` (${executable})` : '';
    return `Python ${version.map(String).join('.')}${where}`;
  } catch {
    return undefined;
  }
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
