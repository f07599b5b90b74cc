// Registers /sw.js in a production build (the dev server has no built shell to cache). A failure only means the
// app is not available offline; it never stops the app.
export function daftarkanServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
  });
}
