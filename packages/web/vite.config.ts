import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './build/precompress.ts';
import { purgeUnusedCss } from './build/purge-unused-css.ts';

// The API server; the SPA is served from the same origin in production, so only dev needs a proxy.
// WEERBAAR_API_URL points the dev server at another instance (e.g. a second checkout on :8091).
const api = process.env.WEERBAAR_API_URL ?? 'http://127.0.0.1:8080';
const proxy = { '/api': api, '/healthz': api, '/readyz': api };

export default defineConfig(({ command }) => ({
  plugins: [react(), precompress()],
  // Only the build drops unused CSS: in dev a class added to a component must work before a rebuild.
  css: command === 'build' ? { postcss: { plugins: [purgeUnusedCss(import.meta.dirname)] } } : {},
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The strict CSP allows img-src data:, but fonts and scripts must be files: never inline them.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // Named vendor chunks: they change less often than our code, so browsers keep them cached.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'router', test: /node_modules[\\/](react-router|cookie|set-cookie-parser)[\\/]/ },
            { name: 'query', test: /node_modules[\\/]@tanstack[\\/]/ },
            {
              name: 'i18next',
              test: /node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/,
            },
            // Only zod: core's modules go with the pages that import them, so a page's catalogue data
            // (measures, threats) is not part of every first visit (issue 9: transfer budget).
            { name: 'contracts', test: /node_modules[\\/]zod[\\/]/ },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1', proxy },
  preview: { host: '127.0.0.1', proxy },
}));
