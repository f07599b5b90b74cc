import { PenilaianBawahanView } from '../../features/penilaian/components/penilaian-bawahan-view.tsx';
import { ROUTE_PERAN } from '../menu.ts';
import { RequirePeran } from '../session.tsx';

export function Component() {
  return (
    <RequirePeran peran={ROUTE_PERAN.penilaianBawahan}>
      <PenilaianBawahanView />
    </RequirePeran>
  );
}
