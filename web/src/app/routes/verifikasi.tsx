import { VerifikasiView } from '../../features/verifikasi/components/verifikasi-view.tsx';

// Public: anyone checks whether a document with a verification code is genuine and current (no login).
export function Component() {
  return <VerifikasiView />;
}
