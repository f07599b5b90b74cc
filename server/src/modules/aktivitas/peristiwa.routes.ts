// GET /api/v1/aktivitas/stream — Server-Sent Events of aktivitas for the logged-in pegawai: an atasan receives the
// submissions, withdrawals and edits of activities they evaluate; a pegawai the decisions and feedback on their own.
// `event: aktivitas` with PeristiwaAktivitas JSON; a comment every 25 s keeps proxies from closing the connection.
// Every heartbeat re-resolves the session: a stream ends within one heartbeat of logout, leaving (pensiun) or a
// password reset. A stream also ends after 30 minutes and the browser's EventSource reconnects.
import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { Ctx } from '../../context.ts';
import { SESSION_COOKIE } from '../../http/auth-plugin.ts';
import { LOGIN } from '../../http/access.ts';
import { resolveSession } from '../auth/auth.service.ts';
import { errorBody } from '../../http/result.ts';
import { mulaiPendengarAntarSimpul, siaranDari } from './peristiwa.service.ts';

const DETAK_MS = 25_000;
const UMUR_MAKS_MS = 30 * 60_000;

export async function peristiwaRoutes(app: FastifyInstance, opts: { ctx: Ctx; detakMs?: number }) {
  const { ctx } = opts;
  const siaran = siaranDari(ctx);
  const terbuka = new Set<ServerResponse>();
  const pendengar = mulaiPendengarAntarSimpul(ctx, app.log);
  await pendengar.siap;
  // open streams never finish on their own: end them so that close() does not wait for them
  app.addHook('preClose', async () => {
    for (const res of terbuka) res.end();
  });
  app.addHook('onClose', async () => pendengar.berhenti());

  app.get('/api/v1/aktivitas/stream', {
    config: { akses: LOGIN },
    schema: { tags: ['aktivitas'], summary: 'Peristiwa aktivitas waktu nyata (Server-Sent Events, text/event-stream)' },
  }, async (req, reply) => {
    const pegawaiId = req.aktor!.pegawaiId;
    if (!pegawaiId) return reply.code(403).send(errorBody('AKSES.DITOLAK', 'Akun ini tidak terhubung dengan data pegawai.'));
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      ...(reply.getHeaders() as Record<string, string>),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.write(': terhubung\nretry: 5000\n\n');
    terbuka.add(res);
    const berhenti = siaran.dengar(pegawaiId, (data) => {
      res.write(`event: aktivitas\ndata: ${JSON.stringify(data)}\n\n`);
    });
    const token = req.cookies[SESSION_COOKIE];
    let memeriksa = false;
    const detak = setInterval(() => {
      if (memeriksa || res.writableEnded) return;
      memeriksa = true;
      // the session may have ended since the connect (logout, pensiun, password reset): then the stream ends too
      void (token ? resolveSession(ctx, token) : Promise.resolve(null))
        .then((sesi) => {
          if (sesi?.aktor.pegawaiId === pegawaiId) res.write(': detak\n\n');
          else res.end();
        }, () => res.write(': detak\n\n')) // a database hiccup does not end the stream; the next heartbeat asks again
        .finally(() => {
          memeriksa = false;
        });
    }, opts.detakMs ?? DETAK_MS);
    const umur = setTimeout(() => res.end(), UMUR_MAKS_MS);
    const tutup = () => {
      clearInterval(detak);
      clearTimeout(umur);
      berhenti();
      terbuka.delete(res);
    };
    res.on('close', tutup);
    res.on('error', tutup);
  });
}
