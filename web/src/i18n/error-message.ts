// Turns any thrown value into a sentence for the user: the translation of the server's stable code when we
// have one, else the server's own (Indonesian) message, else a generic system error.
import type { TFunction } from 'i18next';
import { i18n } from './index.ts';
import { ApiError } from '../lib/api-client.ts';

export function errorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    const key = `errors.${error.code}`;
    if (i18n.exists(key)) return (t as unknown as (k: string) => string)(key);
    if (error.message) return error.message;
  }
  return t('errors.SISTEM.GALAT');
}
