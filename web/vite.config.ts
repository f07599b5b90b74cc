import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { serviceWorker } from './pwa/vite-plugin-sw.ts';

// The config lives in web/ but `npm run build:web` runs from the repository root, so every path is absolute.
const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

// Vendor groups: React and Mantine change rarely, so they get their own long-cached chunks;
// every screen is a lazy route chunk on top of them. @mantine/charts (with recharts) stays out of the Mantine group:
// it then lands in the lazy chunk of the screen that draws a chart, never in the first load.
const vendorGroups: Array<{ name: string; test: RegExp; priority: number }> = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 30 },
  { name: 'mantine', test: /node_modules[\\/](@mantine[\\/](?!charts)|@floating-ui|react-remove-scroll|react-number-format|react-textarea-autosize|clsx)/, priority: 20 },
  { name: 'vendor', test: /node_modules[\\/](@tanstack|i18next|react-i18next|zod|html-parse-stringify|void-elements)[\\/]/, priority: 10 },
];

export default defineConfig({
  root: webRoot,
  plugins: [react(), serviceWorker({ webRoot })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: vendorGroups },
      },
    },
  },
  server: {
    port: 5173,
    fs: { allow: [repoRoot] },
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  preview: {
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
});
