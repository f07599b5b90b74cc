/* global self, caches, VERSI, ASET */
// Kinerja's service worker (built by vite-plugin-sw.ts, which puts VERSI and ASET in front of this file).
// - App shell: index.html, the manifest, the icons and every built chunk are cached at install, so the app opens
//   offline and every screen's lazy chunk is there. Navigations go to the network first (a new build is picked up
//   at once) and fall back to the cached index.html.
// - A few GET answers a pegawai needs to work offline (who am I, today's list, the frequent activities) are kept:
//   network first, the last good answer when offline. They are deleted on logout.
// - Everything else (other API calls, uploads, the SSE stream) is not touched.
const SHELL = `kinerja-shell-${VERSI}`;
const DATA = 'kinerja-data';
const DATA_SIMPAN = [/^\/api\/v1\/auth\/me$/, /^\/api\/v1\/aktivitas$/, /^\/api\/v1\/aktivitas\/sering$/, /^\/api\/v1\/aktivitas\/rekap$/];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.addAll(ASET))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('kinerja-shell-') && k !== SHELL).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

async function networkFirst(request, cacheName, fallbackUrl) {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const cache = await caches.open(cacheName);
      await cache.put(fallbackUrl ?? request, response.clone());
    }
    return response;
  } catch (error) {
    const cached = await caches.match(fallbackUrl ?? request, { ignoreVary: true });
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  if (request.method === 'POST' && url.pathname === '/api/v1/auth/logout') {
    // personal answers never outlive the session
    event.respondWith(caches.delete(DATA).then(() => fetch(request)));
    return;
  }
  if (request.method !== 'GET') return;

  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request, SHELL, '/index.html'));
    return;
  }
  if (url.pathname.startsWith('/assets/')) {
    // hashed file names never change: the cache is the truth
    event.respondWith(caches.match(request).then((hit) => hit ?? fetch(request)));
    return;
  }
  if (DATA_SIMPAN.some((re) => re.test(url.pathname))) {
    event.respondWith(
      networkFirst(request, DATA).then((response) => {
        if (response.status === 401) caches.delete(DATA);
        return response;
      }),
    );
  }
});
