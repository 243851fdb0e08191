// Preloaded by tests/wasm/runner-unfinished.sh: the module's compilation
// never completes, so Node runs out of work before the module has run.
WebAssembly.compile = () => new Promise(() => {});
