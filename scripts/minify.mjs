// Minifies ES modules with terser, as a site's bundler would before serving them.
//   node scripts/minify.mjs FILE...   (in place)
// The package ships its modules readable (bundlers minify them again); the widget file and
// the assembled page (scripts/build-widget.mjs, scripts/build-page.sh) are served as they are,
// so they are minified here. Names stay where code reads them: class names (custom elements,
// error classes in messages) are kept.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { minify } from "terser";

/** The minified text of the ES module `source`; comments starting with `!` are kept. */
export async function minifyModule(source, file = "module") {
  const result = await minify(
    { [file]: source },
    {
      module: true,
      ecma: 2020,
      compress: { passes: 2 },
      mangle: true,
      keep_classnames: true,
      // Served as files, never inlined in HTML: no need to escape "</script>".
      format: { comments: /^!/, inline_script: false },
    },
  );
  if (typeof result.code !== "string") throw new Error(`${file}: terser returned no code`);
  return result.code;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const file of process.argv.slice(2)) {
    const before = readFileSync(file, "utf8");
    const after = await minifyModule(before, file);
    writeFileSync(file, after);
    console.log(`minified ${file}: ${(before.length / 1024).toFixed(1)} -> ${(after.length / 1024).toFixed(1)} KiB`);
  }
}
