import { useEffect, useSyncExternalStore } from 'react';
import { keadaanAntrean, langganan, mulaiAntrean } from './antrean.ts';

/** The outbox of the signed-in account (entries waiting to be sent, the one being sent, upload progress). */
export function useAntrean(akunId: string) {
  useEffect(() => {
    mulaiAntrean(akunId);
  }, [akunId]);
  const keadaan = useSyncExternalStore(langganan, keadaanAntrean, keadaanAntrean);
  return { ...keadaan, entri: keadaan.entri.filter((e) => e.akunId === akunId) };
}
