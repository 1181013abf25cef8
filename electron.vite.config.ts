import react from '@vitejs/plugin-react';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import { resolve } from 'node:path';

const alias = { '@contract': resolve(__dirname, 'src-main/contract') };

/**
 * Our folders are not electron-vite's defaults (src/main, src/preload, src/renderer), so every
 * entry is named. Main also builds the core's worker, the web host and the `npm start` launcher.
 */
export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    resolve: { alias },
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src-main/index.ts'),
          coreWorker: resolve(__dirname, 'src-main/worker/coreWorker.ts'),
          webHost: resolve(__dirname, 'src-main/webHost.ts'),
          launcher: resolve(__dirname, 'src-main/launcher.ts'),
        },
        external: ['@electron/rebuild'],
      },
    },
  },
  preload: {
    // A sandboxed preload cannot require anything but 'electron': bundle it whole.
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { preload: resolve(__dirname, 'src-main/preload.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  renderer: {
    root: 'src-renderer',
    plugins: [react()],
    resolve: { alias },
    // The three languages' strings (200 KB) as JSON.parse of a string, which V8 reads several times
    // faster than the same object written as script.
    json: { stringify: true },
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves bundles unminified; the window parses this file before the inbox can
      // show, and minified it is a third of the size.
      minify: 'esbuild',
      rollupOptions: { input: resolve(__dirname, 'src-renderer/index.html') },
    },
  },
});
