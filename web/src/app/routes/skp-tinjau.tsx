import { TinjauSkpView } from '../../features/skp-persetujuan/components/tinjau-skp-view.tsx';
import { ROUTE_PERAN } from '../menu.ts';
import { RequirePeran } from '../session.tsx';

// Penilai: a bawahan's SKP beside their own RHK; approve, return with a note, ekspektasi khusus.
export function Component() {
  return (
    <RequirePeran peran={ROUTE_PERAN.skpPersetujuan}>
      <TinjauSkpView />
    </RequirePeran>
  );
}
