// One input size in a fresh module worker (so that the wasm memory starts small): the probe
// build's probeStages() times every stage and reports its peak heap; the wasm memory size after
// the first call is the peak memory the call needed. Then two more calls give a best-of-three
// time for the whole call.
import init, { probeStages } from "./probe/kernsatz.js";

self.onmessage = async ({ data: { corpus, lang, bytes } }) => {
  try {
    const wasm = await init({ module_or_path: new URL("./probe/kernsatz_bg.wasm", import.meta.url) });
    const texts = await (await fetch(new URL(`./${corpus}.json`, import.meta.url))).json();
    // The corpus repeated (or cut) to `bytes` of UTF-8, as benches/scaling.rs does natively.
    const encoder = new TextEncoder();
    const joined = texts.join("\n\n") + "\n\n";
    let text = joined.repeat(Math.ceil(bytes / encoder.encode(joined).length));
    const utf8 = encoder.encode(text).subarray(0, bytes);
    text = new TextDecoder().decode(utf8).replace(/\uFFFD$/, "");
    const inputBytes = encoder.encode(text).length;
    const memoryBefore = wasm.memory.buffer.byteLength;
    const now = () => performance.now();
    const runs = [probeStages(text, lang, now)];
    const memoryAfter = wasm.memory.buffer.byteLength;
    runs.push(probeStages(text, lang, now), probeStages(text, lang, now));
    // Per stage: the fastest of the three runs; peak heap from the first.
    const stages = runs[0].map((s, i) => ({ ...s, ms: Math.min(...runs.map((r) => r[i].ms)) }));
    self.postMessage({ inputBytes, memoryBefore, memoryAfter, stages });
  } catch (error) {
    self.postMessage({ error: String(error?.stack ?? error) });
  }
};
