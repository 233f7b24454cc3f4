import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './src/shared/csp';

// The page carries the same policy as the HTTP headers; frame-ancestors only works as a header.
const contentSecurityPolicy: Plugin = {
  name: 'followthrough-csp',
  transformIndexHtml: (html) =>
    html.replace(
      '__CONTENT_SECURITY_POLICY__',
      CONTENT_SECURITY_POLICY.split('; ')
        .filter((d) => !d.startsWith('frame-ancestors'))
        .join('; '),
    ),
};

export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          // The browser host is the same main-process code without Electron.
          serve: resolve('src/main/host/serve.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        // Sandboxed preloads cannot load ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react(), contentSecurityPolicy],
    build: {
      minify: true,
      rolldownOptions: {
        input: { index: resolve('src/renderer/index.html') },
        // Each language's words in a file of its own: all are bundled (the app switches language
        // offline), and none makes the first screen's chunk one file past the size a browser parses quickly.
        output: { manualChunks: (id) => /[\\/]i18n[\\/]catalogs[\\/](\w+)[\\/]/.exec(id)?.[1]?.replace(/^/, 'words-') },
      },
    },
  },
});
