// The P2K2 page's service worker: keeps the page itself (HTML, script, style) so that it opens
// without a connection. It never keeps API answers: those are personal data, kept by the page
// encrypted in IndexedDB and cleared at sign-out.
'use strict';
const SHELL = 'slrt-p2k2-shell-v1';
const FILES = ['p2k2.html', 'p2k2.js', 'p2k2.css', 'p2k2.webmanifest'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== SHELL).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.pathname.includes('/api/')) {
    return; // the network, as always
  }
  const name = url.pathname.substring(url.pathname.lastIndexOf('/') + 1);
  if (!FILES.includes(name)) {
    return;
  }
  // the network first (a new version of the page), the kept copy when there is none
  event.respondWith(
    fetch(event.request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(SHELL).then((cache) => cache.put(event.request, copy));
        }
        return response;
      })
      .catch(() => caches.match(event.request, { ignoreSearch: true })));
});
