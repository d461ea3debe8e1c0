// Shared by the Node tests: the package packed with `npm pack` and installed from the tarball
// into an empty temporary project, as a user would get it; the native program for comparison.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const root = fileURLToPath(new URL("../..", import.meta.url));
export const shared = join(root, "..", "shared");
export const native = join(root, "target", "release", "kernsatz");

let nativeBuilt = false;
/**
 * Builds the native program from the current sources (a no-op when it is up to date), so that
 * it is compared with a wasm built from the same code.
 */
export function ensureNative() {
  if (!nativeBuilt) {
    execFileSync("cargo", ["build", "--release", "--quiet", "--bin", "kernsatz"], { cwd: root, stdio: "inherit" });
    nativeBuilt = true;
  }
  return native;
}

/**
 * Packs the package and installs the tarball into a new empty project.
 * Returns { dir, tarball, import(spec) } where import() loads from inside that project.
 */
export function installPackage() {
  if (!existsSync(join(root, "pkg", "kernsatz_bg.wasm"))) {
    throw new Error("pkg/ is missing: run bash scripts/build-wasm.sh first");
  }
  const base = mkdtempSync(join(tmpdir(), "kernsatz-npm-"));
  const packDir = join(base, "pack");
  const dir = join(base, "project");
  mkdirSync(packDir);
  mkdirSync(dir);
  const packed = JSON.parse(
    execFileSync(process.execPath, [join(root, "scripts", "pack.mjs"), packDir], { cwd: root, encoding: "utf8" }),
  );
  const tarball = join(packDir, packed[0].filename);
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: "kernsatz-consumer", version: "1.0.0", private: true, type: "module" }),
  );
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", tarball], {
    cwd: dir,
    stdio: ["ignore", "ignore", "inherit"],
  });
  return { dir, tarball, files: packed[0].files.map((f) => f.path) };
}

/** Runs a command; returns { status, stdout, stderr } (never throws on a non-zero exit). */
export function run(command, args, { cwd = root, input } = {}) {
  const result = spawnSync(command, args, { cwd, input, encoding: "utf8", maxBuffer: 1 << 30 });
  if (result.error) throw result.error;
  return result;
}

/** Reads a JSONL file of ../shared/data. */
export function readJsonl(path) {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));
}

/** Maps UTF-16 offsets of `text` to code point offsets. */
export function utf16ToCodePoints(text) {
  const map = new Int32Array(text.length + 1).fill(-1);
  let cp = 0;
  let i = 0;
  while (i < text.length) {
    map[i] = cp;
    const code = text.codePointAt(i);
    i += code > 0xffff ? 2 : 1;
    cp++;
  }
  map[text.length] = cp;
  return (offset) => {
    if (map[offset] < 0) throw new Error(`UTF-16 offset ${offset} splits a surrogate pair`);
    return map[offset];
  };
}

export { pathToFileURL };
