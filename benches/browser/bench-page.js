// Starts the benchmark worker and hands its report to Playwright (window.benchResult).
function runWorker(message) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./bench-worker.js", import.meta.url), { type: "module" });
    worker.onmessage = ({ data }) => {
      worker.terminate();
      if (data.error) reject(new Error(data.error));
      else resolve(data);
    };
    worker.onerror = (event) => reject(new Error(event.message));
    worker.postMessage(message);
  });
}

window.runBench = async (settings) => {
  // Instantiation in fresh workers (the first one compiles from the network, later ones may
  // hit the browser's code cache, as real repeat visits do).
  const instantiations = [];
  for (let i = 0; i < settings.instantiations; i++) {
    instantiations.push((await runWorker({ task: "instantiate" })).instantiateMs);
  }
  const report = await runWorker({ task: "run", settings });
  return { instantiations, ...report };
};
document.getElementById("status").textContent = "ready";
