/**
 * Debian's Chromium driven by playwright-core, with a fresh profile each time and every
 * request the page makes recorded (the page must not reach beyond its own server).
 */
import { mkdtempSync, rmSync } from "fs";
import os from "os";
import path from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Every URL the page (and its worker) requested. */
  requests: string[];
  close(): Promise<void>;
}

export async function openBrowser(viewport: { width: number; height: number }): Promise<Session> {
  const profile = mkdtempSync(path.join(os.tmpdir(), "chitieu-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    acceptDownloads: true,
    locale: "vi-VN",
  });
  const requests: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    requests,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Requests that left the page's own origin (blob: and data: stay inside the page). */
export function foreignRequests(requests: string[], origin: string): string[] {
  return requests.filter((url) => {
    if (url.startsWith("blob:") || url.startsWith("data:")) return false;
    return new URL(url).origin !== origin;
  });
}
