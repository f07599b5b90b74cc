// Every /api/v1 route declares who may call it in `config.akses`; a route without it stops the server at start-up.
import type { Peran } from '../../../contracts/common.ts';
import type { Me } from '../../../contracts/auth.ts';
import type { Aktor } from '../modules/auth/aktor.ts';

export type Akses =
  | { publik: true }
  | {
      /** 'login' = any logged-in account; otherwise at least one of these roles. Scope is checked by the service. */
      peran: 'login' | readonly Peran[];
      /** Reachable while the account must still change its password (me, logout, password change). */
      saatGantiPassword?: boolean;
    };

declare module 'fastify' {
  interface FastifyContextConfig {
    akses?: Akses;
  }
  interface FastifyRequest {
    aktor: Aktor | null;
    me: Me | null;
  }
}

export const PUBLIK: Akses = { publik: true };
export const LOGIN: Akses = { peran: 'login' };
export const peran = (...p: Peran[]): Akses => ({ peran: p });
