import { AntrianSkpView } from '../../features/skp-persetujuan/components/antrian-skp-view.tsx';
import { ROUTE_PERAN } from '../menu.ts';
import { RequirePeran } from '../session.tsx';

// Penilai: SKPs waiting for a decision, every bawahan's SKP status, the matriks peran hasil.
export function Component() {
  return (
    <RequirePeran peran={ROUTE_PERAN.skpPersetujuan}>
      <AntrianSkpView />
    </RequirePeran>
  );
}
