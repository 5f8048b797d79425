import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const webDir = path.dirname(fileURLToPath(import.meta.url));

/** A test for the files of these packages (names may be patterns) under node_modules. */
const packages = (...names: string[]) => new RegExp(`node_modules[\\\\/](${names.join('|')})[\\\\/]`);

/** recharts and what only it uses. */
const chartPackages = packages(
  'recharts',
  'victory-vendor',
  'd3-[\\w-]+',
  'internmap',
  '@reduxjs',
  'redux',
  'redux-thunk',
  'react-redux',
  'immer',
  'reselect',
  'decimal\\.js-light',
  'es-toolkit',
  'eventemitter3',
  'tiny-invariant',
);

/** Big libraries in their own long-cached chunks, so an app change does not re-download antd. */
const vendorGroups = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 4 },
  {
    name: 'antd',
    test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[\w-]+|@babel[\\/]runtime|dayjs)[\\/]/,
    priority: 3,
  },
  // Shared by react-i18next and recharts: on its own, or charts would take it and the first screen load charts.
  { name: 'sync-store-shim', test: /node_modules[\\/]use-sync-external-store[\\/]/, priority: 2.5 },
  // recharts and what only it uses: fetched with the dashboard's charts, never on the first screen.
  {
    name: 'charts',
    test: chartPackages,
    priority: 2,
  },
  { name: 'vendor', test: /node_modules[\\/]/, priority: 1 },
];

export default defineConfig({
  root: webDir,
  plugins: [react()],
  build: {
    outDir: path.join(webDir, 'dist'),
    emptyOutDir: true,
    // antd on its own is about 1 MB minified (~300 kB gzip); it is cached across releases.
    chunkSizeWarningLimit: 1400,
    rolldownOptions: {
      // A feature's public entry (web/src/features/<name>/index.ts) only re-exports. Declared free of side
      // effects, a route that imports one thing through it gets only that thing's modules in its chunk, not
      // the whole feature.
      treeshake: {
        moduleSideEffects: (id) => (/\/web\/src\/features\/[^/]+\/index\.ts$/.test(id) ? false : undefined),
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
