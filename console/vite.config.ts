// The console is served by the hub under /console, so every asset URL starts there
// (public/ holds the favicon);
// `npm run dev -w console` proxies /api (and the event WebSocket) to a hub on :8080.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';

export default defineConfig({
  base: '/console/',
  // Brotli and gzip copies beside each asset, made once at build: the hub serves them
  // (@fastify/static's preCompressed) instead of compressing on every request.
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // react-admin and MUI are large; one vendor chunk keeps the app's own chunk small and cached apart.
    chunkSizeWarningLimit: 2500,
    rollupOptions: { output: { manualChunks: { vendor: ['react', 'react-dom', 'react-admin'], charts: ['recharts'], geo: ['d3-geo', '@mapbox/geojson-rewind', 'china-geojson/src/geojson/china.json'] } } },
  },
  server: { proxy: { '/api': { target: 'http://localhost:8080', ws: true } } },
});
