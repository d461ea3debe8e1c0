// Packs the npm package from a staging folder, so that its README is NPM.md (written for npm
// users) and not the repository's README.md, which npm would otherwise always include.
//   node scripts/pack.mjs DESTINATION_DIR   -> prints `npm pack --json` output
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, rmSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const destination = resolve(process.argv[2] ?? join(root, "dist", "package"));
const stage = join(root, "dist", "npm-stage");
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

rmSync(stage, { recursive: true, force: true });
mkdirSync(destination, { recursive: true });
for (const file of ["package.json", ...manifest.files]) {
  const from = join(root, file);
  if (!existsSync(from)) throw new Error(`${file} is listed in package.json but missing: build first`);
  mkdirSync(dirname(join(stage, file)), { recursive: true });
  copyFileSync(from, join(stage, file));
}
copyFileSync(join(root, "NPM.md"), join(stage, "README.md"));
process.stdout.write(
  execFileSync("npm", ["pack", "--json", "--pack-destination", destination], { cwd: stage, encoding: "utf8" }),
);
