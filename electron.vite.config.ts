import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// Five Node entries share one bundle graph: the Electron shell, the core worker that owns
// the database (so the Electron main thread never runs a query), the KPI worker (read-only
// connection, so dashboards never delay a save), the maintenance worker (the background
// integrity check and the backups), and the loopback browser host used where Electron cannot
// launch. The CLI runs from source through tsx.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src-main/index.ts'),
          'core-worker': resolve(__dirname, 'src-main/host/core-worker.ts'),
          'browser-host': resolve(__dirname, 'src-main/host/browser-host-main.ts'),
          'kpi-worker': resolve(__dirname, 'src-main/kpi/kpi-worker.ts'),
          'maintenance-worker': resolve(__dirname, 'src-main/lifecycle/maintenance-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: { index: resolve(__dirname, 'src-main/preload.ts') } },
    },
  },
  renderer: {
    root: 'src-renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve(__dirname, 'src-renderer/index.html') } },
    },
  },
});
