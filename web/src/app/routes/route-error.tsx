import { isRouteErrorResponse, useRouteError } from 'react-router';
import { StatusView } from '../../components/ui/status-view.tsx';
import { paths } from '../paths.ts';

/** The router's errorElement: a crash or a failed chunk load shows a plain Indonesian page, never a stack trace. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return <StatusView kind="tidak-ditemukan" homeHref={paths.beranda.getHref()} fullPage />;
  }
  if (isRouteErrorResponse(error) && error.status === 403) {
    return <StatusView kind="ditolak" homeHref={paths.beranda.getHref()} fullPage />;
  }
  return <StatusView kind="galat" homeHref={paths.beranda.getHref()} fullPage />;
}
