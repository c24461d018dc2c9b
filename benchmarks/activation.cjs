// Times the VS Code client's activation in plain Node: loading dist/extension.js and
// calling activate(), with a stand-in for the `vscode` module (every property a callable
// stand-in, so the client's wiring runs as in the editor). Prints one JSON line.
// Usage: node benchmarks/activation.cjs path/to/dist/extension.js
'use strict';
const Module = require('node:module');
const { performance } = require('node:perf_hooks');

function standIn(name) {
  const target = function () {};
  const assigned = new Map();
  return new Proxy(target, {
    set(_t, prop, value) {
      assigned.set(prop, value);
      return true;
    },
    get(_t, prop) {
      if (assigned.has(prop)) {
        return assigned.get(prop);
      }
      if (prop === 'then' || prop === Symbol.iterator || prop === Symbol.asyncIterator) {
        return undefined; // not a promise, not iterable
      }
      if (prop === Symbol.toPrimitive) {
        return () => name;
      }
      if (prop === 'isTelemetryEnabled') {
        return true;
      }
      if (prop === 'version') {
        return '1.100.3';
      }
      if (prop === 'get' || prop === 'inspect') {
        return () => undefined; // every setting unset
      }
      if (prop === 'prototype') {
        return Object.prototype;
      }
      return standIn(`${name}.${String(prop)}`);
    },
    apply() {
      return standIn(`${name}()`);
    },
    construct() {
      return standIn(`new ${name}`);
    },
  });
}

const vscode = standIn('vscode');
const originalLoad = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'vscode') {
    return vscode;
  }
  return originalLoad.call(this, request, parent, isMain);
};

const bundle = process.argv[2];
const t0 = performance.now();
const extension = require(bundle);
const t1 = performance.now();
// The parts of ExtensionContext the client reads; anything else is a stand-in too.
const known = {
  subscriptions: [],
  extensionPath: process.cwd(),
  extension: { packageJSON: { version: '0.0.0' } },
  globalStorageUri: { fsPath: require('node:os').tmpdir() },
};
const context = new Proxy(known, {
  get(target, prop) {
    return prop in target ? target[prop] : standIn(`context.${String(prop)}`);
  },
});
const api = extension.activate(context);
const t2 = performance.now();
process.stdout.write(
  JSON.stringify({ loadMs: t1 - t0, activateMs: t2 - t1, api: typeof api.track === 'function' }) + '\n',
  () => process.exit(0),
);
