/**
 * How the server is launched: interpreter choice, bundled libraries on PYTHONPATH, the
 * interpreter check that avoids pop-ups when the server cannot run, and the restart budget.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import {
  DEFAULT_PYTHON,
  RestartBudget,
  interpreterCandidates,
  describeProbe,
  interpreterFromPythonApi,
  noPythonMessage,
  SERVER_ARGS,
  PROBE_SCRIPT,
  judgeProbe,
  planServerLaunch,
  prependPythonPath,
  selectInterpreter,
} from '../src/launch';
import { show } from './fakes';

describe('interpreter selection', () => {
  const cases: [string | undefined, string][] = [
    [undefined, 'python3'],
    ['', 'python3'],
    ['   ', 'python3'],
    ['/usr/bin/python3.12', '/usr/bin/python3.12'],
    ['  /opt/venv/bin/python  ', '/opt/venv/bin/python'],
    ['C:\\Python312\\python.exe', 'C:\\Python312\\python.exe'],
  ];
  for (const [configured, expected] of cases) {
    it(`${show(configured)} → ${expected}`, () => {
      assert.equal(selectInterpreter(configured), expected);
    });
  }
  it('defaults to python3', () => {
    assert.equal(DEFAULT_PYTHON, 'python3');
  });
});

describe('launch plan', () => {
  const extensionPath = path.join(path.sep, 'ext', 'consentry');
  const libs = path.join(extensionPath, 'bundled', 'libs');

  it('runs `-m consentry serve` from the extension folder, with the environment as it is', () => {
    const env = { PATH: '/usr/bin', HOME: '/home/u' };
    const plan = planServerLaunch({ extensionPath, env, exists: () => false });
    assert.deepEqual(plan, { command: 'python3', args: ['-m', 'consentry', 'serve'], env, cwd: extensionPath });
    assert.notEqual(plan.env, env, 'a copy, never the live process.env');
    assert.deepEqual(SERVER_ARGS, ['-m', 'consentry', 'serve']);
  });

  it('uses the configured interpreter', () => {
    const plan = planServerLaunch({ python: '/opt/py/bin/python', extensionPath, env: {}, exists: () => false });
    assert.equal(plan.command, '/opt/py/bin/python');
  });

  it('puts bundled/libs first on PYTHONPATH when the extension ships it', () => {
    const seen: string[] = [];
    const plan = planServerLaunch({
      extensionPath,
      env: { PYTHONPATH: '/site/extra' },
      exists: (candidate) => {
        seen.push(candidate);
        return candidate === libs;
      },
      delimiter: ':',
    });
    assert.deepEqual(seen, [libs]);
    assert.equal(plan.env.PYTHONPATH, `${libs}:/site/extra`);
  });

  it('sets PYTHONPATH to bundled/libs alone when it was unset or empty', () => {
    assert.equal(prependPythonPath({}, '/x/libs', ':').PYTHONPATH, '/x/libs');
    assert.equal(prependPythonPath({ PYTHONPATH: '' }, '/x/libs', ':').PYTHONPATH, '/x/libs');
    assert.equal(prependPythonPath({ PYTHONPATH: 'C:\\a' }, 'C:\\libs', ';').PYTHONPATH, 'C:\\libs;C:\\a');
  });
});

describe('interpreter probe', () => {
  const cases: [string, string, RegExp | undefined][] = [
    ['a ready interpreter', '{"version": [3, 11, 4], "consentry": true}\n', undefined],
    ['a newer one', '{"version": [3, 13, 0], "consentry": true}', undefined],
    ['Python 4', '{"version": [4, 0, 0], "consentry": true}', undefined],
    ['too old', '{"version": [3, 10, 12], "consentry": true}', /is Python 3\.10\.12; the server needs Python 3\.11 or newer/],
    ['Python 2', '{"version": [2, 7, 18], "consentry": true}', /needs Python 3\.11/],
    ['names the resolved interpreter', '{"version": [3, 9, 1], "executable": "/usr/bin/python3.9", "consentry": true}', /^"py" \(\/usr\/bin\/python3\.9\) is Python 3\.9\.1;/],
    ['not installed, naming it', '{"version": [3, 12, 0], "executable": "/opt/py/bin/python", "consentry": false}', /not installed for "py" \(\/opt\/py\/bin\/python\)\.$/],
    ['package missing', '{"version": [3, 12, 1], "consentry": false}', /consentry package is not installed for "py"/],
    ['not JSON', 'Python 3.12.1', /did not answer like a Python interpreter/],
    ['no version', '{"consentry": true}', /did not answer like a Python interpreter/],
    ['a JSON scalar', '3', /did not answer like a Python interpreter/],
  ];
  for (const [name, stdout, expected] of cases) {
    it(name, () => {
      const verdict = judgeProbe('py', stdout);
      if (expected === undefined) {
        assert.equal(verdict, undefined);
      } else {
        assert.match(verdict ?? '', expected);
      }
    });
  }

  it('describes the interpreter it found, for the output channel', () => {
    assert.equal(describeProbe('{"version": [3, 11, 7], "executable": "/usr/bin/python3.11", "consentry": true}'), 'Python 3.11.7 (/usr/bin/python3.11)');
    assert.equal(describeProbe('{"version": [3, 12, 0]}'), 'Python 3.12.0');
    assert.equal(describeProbe('not json'), undefined);
    assert.equal(describeProbe('{"executable": "x"}'), undefined);
  });

  it('is one line, passed as a single -c argument', () => {
    assert.match(PROBE_SCRIPT, /find_spec\("consentry"\)/);
    assert.doesNotMatch(PROBE_SCRIPT, /\n/);
  });

  const python = spawnSync('python3', ['--version']);
  it('runs in a real python3 and its answer is understood', { skip: python.error !== undefined && 'no python3 here' }, () => {
    const result = spawnSync('python3', ['-c', PROBE_SCRIPT], { encoding: 'utf8', timeout: 10_000 });
    assert.equal(result.status, 0, result.stderr);
    const verdict = judgeProbe('python3', result.stdout);
    // Either ready, or a precise reason; never "not a Python".
    assert.ok(verdict === undefined || /needs Python|not installed/.test(verdict), verdict);
  });
});

describe('RestartBudget', () => {
  it('allows `limit` restarts per window, then refuses until the window moves on', () => {
    let now = 0;
    const budget = new RestartBudget(3, 60_000, () => now);
    const at = (ms: number): boolean => {
      now = ms;
      return budget.tryRestart();
    };
    assert.deepEqual([at(0), at(10_000), at(20_000)], [true, true, true]);
    assert.equal(at(30_000), false);
    assert.equal(at(59_999), false);
    assert.equal(at(60_000), true, 'the restart at 0 left the window');
    assert.equal(at(60_001), false, 'those at 10 s, 20 s and 60 s are still in it');
    assert.equal(at(200_000), true);
  });
});

describe('interpreter candidates', () => {
  const cases: [string, string | undefined, string | undefined, [string, string][]][] = [
    ['nothing configured', undefined, undefined, [['python3', 'default']]],
    ['the Python extension has one', undefined, '/venv/bin/python', [['/venv/bin/python', 'python-extension'], ['python3', 'default']]],
    ['the setting alone, even with the extension', '/opt/py311/bin/python', '/venv/bin/python', [['/opt/py311/bin/python', 'setting']]],
    ['a blank setting counts as unset', '  ', '/venv/bin/python', [['/venv/bin/python', 'python-extension'], ['python3', 'default']]],
    ['the extension naming python3 is tried once', undefined, 'python3', [['python3', 'default']]],
    ['a blank answer from the extension', undefined, ' ', [['python3', 'default']]],
  ];
  for (const [name, configured, fromExtension, expected] of cases) {
    it(name, () => {
      assert.deepEqual(
        interpreterCandidates(configured, fromExtension).map((c) => [c.command, c.source]),
        expected,
      );
    });
  }

  it('explains what was tried and how to fix it when none can run the server', () => {
    const message = noPythonMessage([
      { candidate: { command: '/venv/bin/python', source: 'python-extension' }, problem: '"/venv/bin/python" is Python 3.9.1; the server needs Python 3.11 or newer.' },
      { candidate: { command: 'python3', source: 'default' }, problem: 'Python interpreter "python3" not found.' },
    ]);
    assert.match(message, /^No Python 3\.11 or newer could run the Consentry server, so nothing is sent\./);
    assert.match(message, /the Python extension's interpreter: "\/venv\/bin\/python" is Python 3\.9\.1/);
    assert.match(message, /python3 on PATH: Python interpreter "python3" not found\./);
    assert.match(message, /Fix: install Python 3\.11 or newer and set consentry\.server\.python to its full path/);
  });
});

describe("the Python extension's interpreter", () => {
  const environments = (api: Record<string, unknown>): unknown => ({ environments: api });

  it('prefers the resolved executable', async () => {
    const exports = environments({
      getActiveEnvironmentPath: () => ({ id: 'x', path: '/envs/x' }),
      resolveEnvironment: (active: { path: string }) => Promise.resolve({ executable: { uri: { fsPath: `${active.path}/bin/python` } } }),
    });
    assert.equal(await interpreterFromPythonApi(exports), '/envs/x/bin/python');
  });

  it("falls back to the active environment's path", async () => {
    const exports = environments({ getActiveEnvironmentPath: () => ({ id: 'x', path: '/usr/bin/python3.12' }) });
    assert.equal(await interpreterFromPythonApi(exports), '/usr/bin/python3.12');
    const unresolved = environments({
      getActiveEnvironmentPath: () => ({ id: 'x', path: '/usr/bin/python3.12' }),
      resolveEnvironment: () => Promise.resolve(undefined),
    });
    assert.equal(await interpreterFromPythonApi(unresolved), '/usr/bin/python3.12');
  });

  for (const [name, exports] of [
    ['no extension', undefined],
    ['an old API without environments', { settings: {} }],
    ['environments without the call', { environments: {} }],
    ['an answer with no path', { environments: { getActiveEnvironmentPath: () => ({ id: 'x' }) } }],
  ] as [string, unknown][]) {
    it(`is undefined for ${name}`, async () => {
      assert.equal(await interpreterFromPythonApi(exports), undefined);
    });
  }

  it('lets a failing API reject, for the caller to fall back on python3', async () => {
    const exports = environments({
      getActiveEnvironmentPath: () => {
        throw new Error('not ready');
      },
    });
    await assert.rejects(interpreterFromPythonApi(exports), /not ready/);
  });
});
