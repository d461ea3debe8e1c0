// Shared set-up for the browser tests: Debian's chromium driven by playwright-core, and the
// assembled page (dist/www) served by scripts/serve.mjs on a free loopback port.
import { spawn, execFileSync } from "node:child_process";
import { chromium } from "playwright-core";
import { fileURLToPath } from "node:url";
import { mkdirSync } from "node:fs";

export const root = fileURLToPath(new URL("../..", import.meta.url));
export const artifacts = `${root}/artifacts`;
mkdirSync(artifacts, { recursive: true });

/** Launches headless Debian chromium with the flags this machine needs. */
export async function launch() {
  let executablePath;
  try {
    executablePath = execFileSync("sh", ["-c", "command -v chromium"]).toString().trim();
  } catch {
    throw new Error("chromium is not installed: apt-get install chromium (scripts/test.sh does)");
  }
  return chromium.launch({
    executablePath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** Serves `dir` (default dist/www) on a free port; resolves to { url, close }. */
export function serve(dir = "dist/www") {
  return new Promise((resolve, reject) => {
    const server = spawn(process.execPath, [`${root}/scripts/serve.mjs`, `${root}/${dir}`, "0"], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    server.once("error", reject);
    server.stdout.on("data", (chunk) => {
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(chunk.toString());
      if (match) resolve({ url: match[0], close: () => server.kill() });
    });
  });
}
