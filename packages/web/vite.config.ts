import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API server; the SPA is served from the same origin in production, so only dev needs a proxy.
const api = 'http://127.0.0.1:8080';
const proxy = { '/api': api, '/healthz': api, '/readyz': api };

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The strict CSP allows img-src data:, but fonts and scripts must be files: never inline them.
    assetsInlineLimit: 0,
  },
  server: { host: '127.0.0.1', proxy },
  preview: { host: '127.0.0.1', proxy },
});
