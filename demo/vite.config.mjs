import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

/** The demo: an agency-portal page with all four widgets (`npm start`). */
export default defineConfig({
  root: here('.'),
  publicDir: here('../public'),
  server: { host: '127.0.0.1', port: Number(process.env.PORT) || 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: Number(process.env.PORT) || 4173 },
  build: { outDir: here('../demo-dist'), emptyOutDir: true, target: 'es2022' },
  esbuild: { target: 'es2022' },
  optimizeDeps: { include: ['lit', 'lit/directive-helpers.js'] },
});
