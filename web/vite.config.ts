import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run dev` serves the app with hot reload and sends /graphql to the gateway
// (GATEWAY_URL, else the default port), so the browser talks to one origin as it does
// when the gateway's start script serves the built app.
const gateway = process.env.GATEWAY_URL ?? 'http://localhost:4000';

export default defineConfig({
  // Served by the gateway under /dashboard/ (gateway/src/dashboard.ts).
  base: '/dashboard/',
  plugins: [react()],
  server: { port: Number(process.env.WEB_DEV_PORT ?? 5173), proxy: { '/graphql': gateway } },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
