// The TypeScript declarations: tests/types/usage.ts, which uses every export and type of
// "kernsatz" and "kernsatz/worker", compiles with `tsc --noEmit --strict` against the
// package installed from its packed tarball.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { installPackage, root, run } from "./helpers.mjs";

const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
let dir;
before(() => {
  dir = installPackage().dir;
});

test("usage.ts compiles with tsc --noEmit --strict against the installed package", () => {
  copyFileSync(join(root, "tests", "types", "usage.ts"), join(dir, "usage.ts"));
  copyFileSync(join(root, "tests", "types", "tsconfig.json"), join(dir, "tsconfig.json"));
  const result = run(process.execPath, [tsc, "--noEmit", "--strict", "-p", join(dir, "tsconfig.json")], { cwd: dir });
  assert.equal(result.status, 0, `tsc failed:\n${result.stdout}${result.stderr}`);
});

test("a type error in a usage file is caught (the check is not vacuous)", () => {
  const bad = join(dir, "bad");
  mkdirSync(bad, { recursive: true });
  copyFileSync(join(root, "tests", "types", "tsconfig.json"), join(bad, "tsconfig.json"));
  writeFileSync(join(bad, "usage.ts"), 'import { summarize } from "kernsatz";\nconst n: number = summarize("x").lang;\nvoid n;\n');
  const result = run(process.execPath, [tsc, "-p", join(bad, "tsconfig.json")], { cwd: bad });
  assert.notEqual(result.status, 0);
  assert.match(result.stdout, /TS2322/);
});
