// The web UI's own build: `npm run build:web` writes web/dist, which `rasid serve` serves at `/`.
// `npx vite web` serves it in development with /api proxied to a running `rasid serve`.
import { defineConfig } from "vite";
import preact from "@preact/preset-vite";
import { fileURLToPath } from "node:url";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/",
  plugins: [preact()],
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 1200 },
  server: { proxy: { "/api": "http://127.0.0.1:8080" } },
});
