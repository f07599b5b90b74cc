// Role checks for showing menus and guarding routes. The server enforces role AND scope on every request;
// these only decide what the UI offers.
import type { Peran } from '../../../contracts/common.ts';

export function hasPeran(peranSaya: readonly Peran[], ...diizinkan: readonly Peran[]): boolean {
  return diizinkan.some((p) => peranSaya.includes(p));
}
