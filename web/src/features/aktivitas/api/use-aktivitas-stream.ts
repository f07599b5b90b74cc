import { useEffect, useRef, useState } from 'react';
import { PeristiwaAktivitas } from '../../../../../contracts/aktivitas.ts';
import type { z } from 'zod';
import { API_BASE } from '../../../lib/api-client.ts';

export type PeristiwaAktivitas = z.infer<typeof PeristiwaAktivitas>;
export type StatusStream = 'menghubungkan' | 'terhubung' | 'terputus';

/**
 * GET /aktivitas/stream (Server-Sent Events, `event: aktivitas`). The browser's EventSource reconnects by itself
 * after a dropped connection; when it gives up (the server answered with an error, e.g. after a restart), this
 * hook opens a new one with a growing pause (2 s … 30 s). `onPeristiwa` runs for every event, and `onTersambung`
 * after every (re)connection — events sent while disconnected are lost, so the caller refetches then.
 */
export function useAktivitasStream({ onPeristiwa, onTersambung, enabled = true }: { onPeristiwa: (p: PeristiwaAktivitas) => void; onTersambung?: () => void; enabled?: boolean }): StatusStream {
  const [status, setStatus] = useState<StatusStream>('menghubungkan');
  const handlers = useRef({ onPeristiwa, onTersambung });
  useEffect(() => {
    handlers.current = { onPeristiwa, onTersambung };
  });

  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let jeda = 2_000;
    let pernahTerhubung = false;
    let berhenti = false;

    const buka = () => {
      if (berhenti) return;
      source = new EventSource(`${API_BASE}/aktivitas/stream`, { withCredentials: true });
      source.onopen = () => {
        jeda = 2_000;
        setStatus('terhubung');
        if (pernahTerhubung) handlers.current.onTersambung?.();
        pernahTerhubung = true;
      };
      source.addEventListener('aktivitas', (event) => {
        try {
          const parsed = PeristiwaAktivitas.safeParse(JSON.parse((event as MessageEvent<string>).data));
          if (parsed.success) handlers.current.onPeristiwa(parsed.data);
        } catch {
          // a malformed event is ignored; the next refetch shows the truth
        }
      });
      source.onerror = () => {
        setStatus('terputus');
        if (source?.readyState === EventSource.CLOSED) {
          source.close();
          timer = setTimeout(buka, jeda);
          jeda = Math.min(jeda * 2, 30_000);
        }
      };
    };
    const onOnline = () => {
      if (source?.readyState === EventSource.CLOSED) {
        clearTimeout(timer);
        jeda = 2_000;
        buka();
      }
    };
    buka();
    window.addEventListener('online', onOnline);
    return () => {
      berhenti = true;
      clearTimeout(timer);
      source?.close();
      window.removeEventListener('online', onOnline);
    };
  }, [enabled]);

  return status;
}
