// Runs a Molt wasm32-wasi module under Node's own WASI (preview1):
//   node tools/wasm-run.mjs MODULE.wasm [ARGV0 [ARGS...]]
//   node --stack-size=KB tools/wasm-run.mjs --in-thread MODULE.wasm [ARGV0 [ARGS...]]
// `molt run --target wasm` uses the copy staged at <build>/lib/molt/wasm-run.mjs.
//
// V8 keeps wasm frames on the native stack of the thread that runs the
// module, and the main thread's default V8 stack (about 1 MiB) is too small
// for Python's default recursion limit of 1000 (RecursionError must be
// raised by the runtime, not turn into a V8 RangeError). So by default the
// module runs in a worker thread with a 512 MiB stack. Starting a worker
// costs about 30 ms, so molt, which can give node's main thread a large
// stack (it raises RLIMIT_STACK before starting node) and pass a matching
// --stack-size, asks for --in-thread: the module then runs on the main
// thread. The runtime's linear-memory stack is sized at link time (8 MiB).
//
// WASI capabilities follow the capabilities the program was built with
// (--allow/--trusted, exported by the module as molt_granted_capabilities):
// the current directory is preopened as "." only with fs.read or fs.write,
// and the environment is passed only with env.read. argv, stdio, clocks and
// random bytes are always available. The exit status passes through; a trap
// (unreachable, out of bounds) or a V8 failure is reported like a crash,
// with status 134.
import { readFileSync, writeFileSync } from 'node:fs';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';

function crashed(e) {
  process.stderr.write(`wasm-run: ${e && e.stack ? e.stack : e}\n`);
  return 134;
}

if (isMainThread) {
  const args = process.argv.slice(2);
  const inThread = args[0] === '--in-thread';
  if (inThread) args.shift();
  const [modulePath, ...argv] = args;
  if (!modulePath) {
    process.stderr.write('usage: node wasm-run.mjs [--in-thread] MODULE.wasm [ARGV0 [ARGS...]]\n');
    process.exit(2);
  }
  const job = { modulePath, argv: argv.length ? argv : [modulePath], env: { ...process.env } };
  if (inThread) {
    try {
      process.exitCode = await runModule(job);
    } catch (e) {
      process.exitCode = crashed(e);
    }
  } else {
    const worker = new Worker(fileURLToPath(import.meta.url), {
      workerData: job,
      execArgv: ['--no-warnings'], // WASI's ExperimentalWarning would end stderr
      resourceLimits: { stackSizeMb: 512 },
      stdout: false,
      stderr: false,
    });
    worker.on('message', (status) => {
      process.exitCode = status;
    });
    worker.on('error', (e) => {
      process.exitCode = crashed(e);
    });
  }
} else {
  parentPort.postMessage(await runModule(workerData));
}

/// Compiles, instantiates and runs the module; its exit status.
async function runModule(job) {
  const { WASI } = await import('node:wasi');
  const module = await WebAssembly.compile(readFileSync(job.modulePath));
  const caps = capabilitiesOf(module);
  const wasi = new WASI({
    version: 'preview1',
    args: job.argv,
    env: caps.has('env.read') ? job.env : {},
    preopens: caps.has('fs.read') || caps.has('fs.write') ? { '.': process.cwd() } : {},
    returnOnExit: true,
  });
  const t0 = performance.now();
  const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
  const status = wasi.start(instance);
  // `molt bench` asks for the time spent in the module itself (without Node's
  // start-up and the compilation of the module).
  if (job.env.MOLT_WASM_TIMING)
    writeFileSync(job.env.MOLT_WASM_TIMING, `${(performance.now() - t0) / 1000}\n`);
  return status;
}

/// The capabilities a module was built with: instantiated once with inert
/// imports (nothing runs before _start) to read its exported C string.
function capabilitiesOf(module) {
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
