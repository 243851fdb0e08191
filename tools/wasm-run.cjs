// Runs a Molt wasm32-wasi module under Node's own WASI (preview1):
//   node tools/wasm-run.cjs MODULE.wasm [ARGV0 [ARGS...]]
// `molt run --target wasm` uses the copy staged at <build>/lib/molt/wasm-run.cjs
// (with --main-thread: see below).
//
// CommonJS rather than an ES module: Node starts a CommonJS script and a
// CommonJS worker about 5 ms sooner (no ES module loader to set up).
//
// By default the module is run in a worker thread whose stack is large: V8
// keeps wasm frames on the thread's native stack, and the main thread's is
// too small for Python's default recursion limit of 1000 (RecursionError
// must be raised by the runtime, not turn into a V8 RangeError). The
// runtime's linear-memory stack is sized at link time (8 MiB).
//
// WASI capabilities follow the capabilities the program was built with
// (--allow/--trusted, exported by the module as molt_granted_capabilities):
// the current directory is preopened as "." only with fs.read or fs.write,
// and the environment is passed only with env.read. argv, stdio, clocks and
// random bytes are always available. The exit status passes through.
'use strict';
// V8's concurrent GC threads race with a GC that memory.grow starts (Node 20:
// V8 CHECK failures, segfaults and malloc deadlocks in about one run in
// three of a program that grows its memory to ~180 MB while another such run
// shares the machine). The module's JS heap is tiny, so collecting it on the
// mutator thread costs nothing measurable. molt passes --single-threaded-gc
// to node; run directly, the runner sets it here, before the worker's isolate
// exists (the main isolate, idle meanwhile, started with the default, and
// must not run the module: changing the flag under a live isolate trips
// another V8 CHECK).
// molt also passes V8 a larger wasm inlining budget (compiler/cli/Pipeline.cpp,
// wasmRunCommand: why and what it gains); set here too when run directly,
// under the V8 it was measured with (older ones may not know the flags).
// Loading node:v8 costs about 12 ms, so only when the flags are missing.
if (!process.execArgv.includes('--single-threaded-gc')) {
  const v8 = require('node:v8');
  v8.setFlagsFromString('--single-threaded-gc');
  if (parseInt(process.versions.v8, 10) >= 13) {
    v8.setFlagsFromString('--wasm-inlining-budget=40000');
    v8.setFlagsFromString('--wasm-inlining-factor=5');
  }
}
const { readFileSync, writeFileSync } = require('node:fs');

// --main-thread: the launcher (molt run/diff/bench) has given Node's main
// thread a stack as large as the worker's (RLIMIT_STACK raised before exec,
// and a matching --stack-size), so the module runs here and the worker's
// start-up (about a third of a hello world's run) is saved.
// Without --single-threaded-gc on node's command line the worker is used.
// The worker's own execArgv never has that flag, so this is false in the
// worker; node:worker_threads is then not loaded at all (under a 512 MiB
// --stack-size, loading it took 9-12 ms of every run).
const mainThreadAsked = process.argv[2] === '--main-thread';
const inMainThread = mainThreadAsked && process.execArgv.includes('--single-threaded-gc');
const { Worker, isMainThread, parentPort, workerData } = inMainThread
  ? { isMainThread: true }
  : require('node:worker_threads');

if (isMainThread) {
  const [modulePath, ...args] = process.argv.slice(mainThreadAsked ? 3 : 2);
  if (!modulePath) {
    process.stderr.write('usage: node wasm-run.cjs [--main-thread] MODULE.wasm [ARGV0 [ARGS...]]\n');
    process.exit(2);
  }
  const job = { modulePath, argv: args.length ? args : [modulePath], env: process.env };
  if (inMainThread) {
    let settled = false;
    runModule(job).then(
      (status) => {
        settled = true;
        process.exit(status);
      },
      (e) => {
        settled = true;
        reportCrash(e);
        process.exit(134);
      }
    );
    // Node exits with status 0 once nothing is left to do, even if the
    // module's compilation never completed (seen with
    // --no-wasm-lazy-compilation): that must not pass for a clean run.
    process.on('exit', () => {
      if (!settled) unfinished();
    });
  } else {
    const worker = new Worker(__filename, {
      workerData: { ...job, env: { ...process.env } },
      execArgv: ['--no-warnings'], // WASI's ExperimentalWarning would end stderr
      resourceLimits: { stackSizeMb: 512 },
      stdout: false,
      stderr: false,
    });
    // The module has finished and its output is written (WASI writes are
    // synchronous): exit now rather than wait for the worker's teardown.
    worker.on('message', (status) => process.exit(status));
    worker.on('error', (e) => {
      reportCrash(e);
      process.exitCode = 134;
    });
    worker.on('exit', () => {
      if (process.exitCode === undefined) unfinished();
    });
  }
} else {
  runModule(workerData).then((status) => parentPort.postMessage(status));
}

/// The runner is about to exit without the module having finished.
function unfinished() {
  process.stderr.write('wasm-run: the module never finished (Node ran out of work before it did)\n');
  process.exitCode = 134;
}

/// A trap (e.g. unreachable, out of bounds) or a V8 failure: reported like a
/// crash rather than as a Python error.
function reportCrash(e) {
  process.stderr.write(`wasm-run: ${e && e.stack ? e.stack : e}\n`);
}

/// Asks for transparent huge pages on the module's linear memory through the
/// addon staged next to the runner (tools/wasm-run-memory.cpp: why). Without
/// the addon (not built, not Linux) or with MOLT_WASM_HUGEPAGES=0 the module
/// runs on the system's default pages, with the same results.
function adviseHugePages(memory, env) {
  if (!memory || env.MOLT_WASM_HUGEPAGES === '0') return;
  const addon = { exports: {} };
  try {
    process.dlopen(addon, require('node:path').join(__dirname, 'wasm-run-memory.node'));
  } catch {
    return;
  }
  addon.exports.adviseHugePages(memory.buffer);
}

/// Compiles, instantiates and runs the module; resolves to its exit status.
async function runModule(job) {
  const { WASI } = require('node:wasi');
  const module = await WebAssembly.compile(readFileSync(job.modulePath));
  const caps = capabilitiesOf(module);
  const wasi = new WASI({
    version: 'preview1',
    args: job.argv,
    env: caps.has('env.read') ? job.env : {},
    preopens: caps.has('fs.read') || caps.has('fs.write') ? { '.': process.cwd() } : {},
    returnOnExit: true,
  });
  // process.hrtime, not performance.now(): the global `performance` loads
  // node:perf_hooks on first use, about 5 ms of every run.
  const t0 = process.hrtime.bigint();
  const instance = await WebAssembly.instantiate(module, jsImports(wasi.getImportObject()));
  adviseHugePages(instance.exports.memory, job.env);
  const status = wasi.start(instance);
  // `molt bench` asks for the time spent in the module itself (without Node's
  // start-up and the compilation of the module).
  if (job.env.MOLT_WASM_TIMING)
    writeFileSync(job.env.MOLT_WASM_TIMING, `${Number(process.hrtime.bigint() - t0) / 1e9}\n`);
  return status;
}

/// The WASI imports behind plain JS functions. Node's WASI functions are V8
/// fast API calls, for each of which instantiation compiles a wrapper with
/// the optimizing compiler; the first such compile, on the main thread before
/// the module starts, cost about 4 ms of every run (hello.wasm's instantiation
/// 5.3 -> 1.0 ms). A JS function is called through V8's generic wrapper.
/// Output is buffered by the runtime, so WASI calls are few: 300,000
/// time.perf_counter() calls showed no difference above the noise.
function jsImports(importObject) {
  const out = {};
  for (const [ns, fns] of Object.entries(importObject)) {
    out[ns] = {};
    for (const [name, f] of Object.entries(fns))
      out[ns][name] = typeof f === 'function' ? (...args) => f(...args) : f;
  }
  return out;
}

/// The capabilities a module was built with: its custom section
/// molt_capabilities (a C string), or for modules made before that section
/// existed, its exported C string, read by instantiating it once with inert
/// imports (nothing runs before _start).
function capabilitiesOf(module) {
  const sections = WebAssembly.Module.customSections(module, 'molt_capabilities');
  if (sections.length === 1) {
    const bytes = new Uint8Array(sections[0]);
    let s = '';
    for (let p = 0; p < bytes.length && bytes[p] !== 0; p++) s += String.fromCharCode(bytes[p]);
    return new Set(s.split(',').filter((c) => c));
  }
  if (!WebAssembly.Module.exports(module).some((e) => e.name === 'molt_granted_capabilities'))
    return new Set();
  const imports = {};
  for (const imp of WebAssembly.Module.imports(module)) {
    if (imp.kind !== 'function') return new Set();
    (imports[imp.module] ??= {})[imp.name] = () => {
      throw new Error('not callable while reading capabilities');
    };
  }
  const inst = new WebAssembly.Instance(module, imports);
  const bytes = new Uint8Array(inst.exports.memory.buffer);
  let p = inst.exports.molt_granted_capabilities.value;
  let s = '';
  while (p < bytes.length && bytes[p] !== 0) s += String.fromCharCode(bytes[p++]);
  return new Set(s.split(',').filter((c) => c));
}
