import { PenilaianBawahanView } from '../../features/penilaian/components/penilaian-bawahan-view.tsx';
import { ROUTE_PERAN } from '../menu.ts';
import { paths } from '../paths.ts';
import { RequirePeran } from '../session.tsx';

// Penilai: the bawahan's evaluations of a period (?periode=), waiting ones first, with the sebaran of predikat.
export function Component() {
  return (
    <RequirePeran peran={ROUTE_PERAN.penilaianBawahan}>
      <PenilaianBawahanView tautanNilai={paths.penilaianNilai.getHref} />
    </RequirePeran>
  );
}
