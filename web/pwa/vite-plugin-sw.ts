// Emits /sw.js at build time: the hand-written service worker (pwa/sw.js) preceded by the build's version and the
// list of files to precache (every chunk and stylesheet, index.html, the manifest and icons). A new build changes
// the version, so browsers install the new worker and drop the old shell. ~40 lines instead of workbox and its
// 170 packages (vite-plugin-pwa): the worker needs no more than this.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

export function serviceWorker(opts: { webRoot: string }): Plugin {
  return {
    name: 'kinerja-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const publicDir = path.join(opts.webRoot, 'public');
      const publik = fs
        .readdirSync(publicDir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => `/${path.relative(publicDir, path.join(e.parentPath, e.name)).split(path.sep).join('/')}`);
      const built = Object.keys(bundle)
        .filter((f) => /\.(js|css|woff2?)$/.test(f) && f !== 'sw.js')
        .map((f) => `/${f}`);
      const aset = ['/index.html', ...publik, ...built].sort();
      const versi = createHash('sha256').update(aset.join('\n')).digest('hex').slice(0, 12);
      const source = fs.readFileSync(path.join(opts.webRoot, 'pwa', 'sw.js'), 'utf8');
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: `const VERSI = ${JSON.stringify(versi)};\nconst ASET = ${JSON.stringify(aset)};\n${source}`,
      });
    },
  };
}
