import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  worker: { format: 'es' },
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  build: {
    target: 'es2022',
    // The Llama 3 tokenizer carries its vocabulary inline (~3 MB); it is lazy-loaded, so a large
    // chunk there is expected and must not hide regressions in the entry chunk.
    chunkSizeWarningLimit: 4000,
  },
});
