// Launching Debian's chromium for the browser tests: headless, sandbox off (containers), no
// network chatter of its own, a fresh profile each run. Absent chromium skips, never fails.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

export const CHROMIUM = process.env.RASID_CHROMIUM ?? "/usr/bin/chromium";
export const SKIP = fs.existsSync(CHROMIUM) ? false : `no browser at ${CHROMIUM}; install it with: apt-get install -y chromium fonts-noto-core`;

export const SHOTS = path.resolve("test-results/browser");

export async function launch(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "rasid-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
    viewport: { width: 1280, height: 900 },
    locale: "ar",
  });
  return { context, close: async () => { await context.close(); fs.rmSync(profile, { recursive: true, force: true }); } };
}
