/** PGlite's compiled WebAssembly and its file bundle, read once per process (pglite-artifacts.mjs). */
export function pgliteArtifacts(): { pgliteWasmModule: Promise<WebAssembly.Module>; fsBundle: Promise<Blob> };
