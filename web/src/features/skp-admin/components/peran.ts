// The signed-in account's roles, for deciding what these screens offer (the server enforces role and scope anyway).
// The protected layout hands the account to every screen as the router's outlet context; reading it here keeps the
// route modules free of props that only these screens need.
import { useOutletContext } from 'react-router';
import type { Me } from '../../../../../contracts/auth.ts';
import type { Peran } from '../../../../../contracts/common.ts';

export function usePeranSaya(): readonly Peran[] {
  return useOutletContext<Me | undefined>()?.peran ?? [];
}
