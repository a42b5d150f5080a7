// Puts the app on a socket: 127.0.0.1 unless told otherwise, since the API shows everything in
// the database to whoever can reach it. Resolves once listening, with the URL to print.
import { serve, type ServerType } from "@hono/node-server";
import type { Hono } from "hono";
import { closeApp } from "./app.ts";

export interface Listening { server: ServerType; url: string; close: () => Promise<void> }

export function listen(app: Hono, port = 8080, host = "127.0.0.1"): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
      const shown = host.includes(":") ? `[${host}]` : host;
      resolve({
        server,
        url: `http://${shown === "0.0.0.0" ? "127.0.0.1" : shown}:${info.port}/`,
        close: async () => {
          await new Promise<void>((res) => {
            server.close(() => res());
            (server as { closeAllConnections?: () => void }).closeAllConnections?.();   // idle keep-alive sockets
          });
          await closeApp(app);   // its reader threads, if any
        },
      });
    });
    server.once("error", reject);
  });
}
