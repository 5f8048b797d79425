import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const webDir = path.dirname(fileURLToPath(import.meta.url));

/**
 * React alone in a long-cached chunk. antd, recharts and the rest are not grouped by package: a group takes every
 * module of its packages (and, in Rolldown, their dependencies) into one chunk, so the login page downloaded all of
 * antd that any page uses (354 KB gzipped), and recharts once antd shared a dependency with it. Left to the
 * bundler, each page's chunks hold the components it uses.
 *
 * What the entry imports statically (the login page, `$initial`) is one chunk, "first": split by the bundler, it
 * was 36 files, and a browser fetches six at a time from one server over HTTP/1.1, so the login form waited for
 * six rounds of requests. docs/start-up.md has the measurements.
 */
const vendorGroups = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 4 },
  { name: 'first', tags: ['$initial' as const], priority: 3 },
];

/**
 * shared/i18n/translate.ts imports both whole catalogues, as the server needs. In the browser English comes
 * later (web/src/lib/i18n.ts fetches it the first time it is chosen and fills web/src/lib/english-catalogue.ts),
 * and so do the Vietnamese texts of the pages behind the login (web/src/lib/vietnamese-catalogue.ts holds the
 * login page's; loadPageTexts fetches the rest).
 */
const browserCatalogues: Record<string, string> = {
  './en/index.js': 'src/lib/english-catalogue.ts',
  './vi/index.js': 'src/lib/vietnamese-catalogue.ts',
};
const cataloguesOnDemand: Plugin = {
  name: 'capdo-catalogues-on-demand',
  enforce: 'pre',
  resolveId(source, importer) {
    const replacement = browserCatalogues[source];
    if (replacement && importer && /[\\/]shared[\\/]i18n[\\/]translate\.ts$/.test(importer))
      return path.join(webDir, replacement);
    return null;
  },
};

export default defineConfig({
  root: webDir,
  plugins: [cataloguesOnDemand, react()],
  build: {
    outDir: path.join(webDir, 'dist'),
    emptyOutDir: true,
    // recharts' chunk is about 420 kB minified; it loads with the dashboard's charts only.
    chunkSizeWarningLimit: 1400,
    rolldownOptions: {
      // A feature's public entry (web/src/features/<name>/index.ts) only re-exports. Declared free of side
      // effects, a route that imports one thing through it gets only that thing's modules in its chunk, not
      // the whole feature. antd's @rc-component packages have none either but do not say so: without this, an
      // Input (through antd's form context) brought all of @rc-component/form and its validator to /login.
      treeshake: {
        moduleSideEffects: (id) =>
          /\/web\/src\/features\/[^/]+\/index\.ts$/.test(id) || /node_modules[\\/]@rc-component[\\/]/.test(id)
            ? false
            : undefined,
      },
      output: { codeSplitting: { groups: vendorGroups } },
    },
  },
  server: {
    port: 5173,
    // The API server of `npm run dev`; CAPDO_API_URL points elsewhere (e.g. another port).
    proxy: { '/api': process.env.CAPDO_API_URL ?? 'http://localhost:3000' },
  },
});
