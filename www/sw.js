// The page's service worker: keeps the page, the package's JavaScript and its WebAssembly
// on the device so the page works offline after the first visit. Same-origin GET requests
// only; the network is asked first (so a new version shows up at once) and the cache answers
// when the network cannot.
const CACHE = "kernsatz-page-v1";
const FILES = [
  "./",
  "./index.html",
  "./style.css",
  "./app.js",
  "./file-text.js",
  "./sample.js",
  "./icon.svg",
  "./kernsatz/js/worker-client.js",
  "./kernsatz/js/worker.js",
  "./kernsatz/pkg/kernsatz.js",
  "./kernsatz/pkg/kernsatz_bg.wasm",
];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((path) => new Request(path, { cache: "no-cache" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith("kernsatz-page-") && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

async function fromNetworkOrCache(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && response.type === "basic") {
      await cache.put(request, response.clone());
    }
    return response;
  } catch (error) {
    const cached =
      (await cache.match(request, { ignoreSearch: true })) ??
      (request.mode === "navigate" ? await cache.match("./index.html") : undefined);
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  event.respondWith(fromNetworkOrCache(request));
});
