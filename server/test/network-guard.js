// Preloaded into the language server under test (`node --require`): reaching the
// network, starting a process or a worker thread (but the server's own index and PDF workers)
// throws, and each attempt is reported
// on standard error, which the tests read (a server that caught the error would still
// be seen). Loopback addresses and local pipes stay allowed: the socket and pipe
// transports of the protocol use them.
'use strict';
const net = require('node:net');
const dns = require('node:dns');
const dgram = require('node:dgram');
const childProcess = require('node:child_process');
const workerThreads = require('node:worker_threads');

function refuse(what) {
  process.stderr.write(`network-guard: refused ${what}\n`);
  throw new Error(`network-guard: ${what} refused`);
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '::ffff:127.0.0.1']);

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  const options = typeof first === 'object' && first !== null ? first : { port: first, host: typeof args[1] === 'string' ? args[1] : undefined };
  const host = options.host ?? 'localhost';
  if (options.path === undefined && !LOOPBACK.has(host)) refuse(`a connection to ${host}:${options.port}`);
  return connect.apply(this, args);
};

for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']) {
  const original = dns[name];
  dns[name] = function guardedLookup(host, ...rest) {
    if (!LOOPBACK.has(host)) refuse(`a DNS query for ${host}`);
    return original.call(this, host, ...rest);
  };
  if (dns.promises[name]) dns.promises[name] = (host) => refuse(`a DNS query for ${host}`);
}

for (const name of ['send', 'connect']) {
  dgram.Socket.prototype[name] = () => refuse(`a UDP ${name}`);
}

for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) {
  childProcess[name] = (command) => refuse(`starting a process (${name} ${command})`);
}

// The workers the server may start are its own index and PDF workers (index-worker.js and
// pdf-worker.js beside the bundle, .ts under tsx): files of this package, never code given as text.
const Worker = workerThreads.Worker;
const OWN_WORKER = /[\\/](?:index|pdf)-worker\.[jt]s$/;
workerThreads.Worker = class GuardedWorker extends Worker {
  constructor(file, options) {
    const path = file instanceof URL ? file.pathname : String(file);
    if (options?.eval || !OWN_WORKER.test(path)) refuse(`starting a worker thread (${path})`);
    super(file, options);
  }
};
