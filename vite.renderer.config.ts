// Renderer build (Node-side tooling, so it lives beside package.json, not in renderer/):
// root renderer/, output build/renderer, served by the loopback host and loaded by the
// desktop window, hence relative asset URLs.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('./renderer', import.meta.url));
const outDir = fileURLToPath(new URL('./build/renderer', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: true,
    // No inline scripts or styles: the page's CSP allows only 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  server: {
    // `vite --config vite.renderer.config.ts` during development: the api goes to a running
    // loopback host (`npm run host -- --port 5174`).
    proxy: { '/api': { target: process.env.ATR_HOST_URL ?? 'http://127.0.0.1:5174', changeOrigin: false } },
  },
});
