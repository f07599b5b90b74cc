import { StatusView } from '../../components/ui/status-view.tsx';
import { paths } from '../paths.ts';

export function Component() {
  return <StatusView kind="tidak-ditemukan" homeHref={paths.beranda.getHref()} />;
}
