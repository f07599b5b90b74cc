// Bridges zod issues (client-side checks with the contract schemas) and VALIDASI.GAGAL details (server-side
// checks) to per-field messages in the current language.
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { FieldIssue } from './api-client.ts';

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

export function issueMessage(t: TFunction, issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_small':
      return Number(issue.minimum) <= 1 ? t('validasi.wajib') : t('validasi.minimal', { min: Number(issue.minimum) });
    case 'too_big':
      return t('validasi.maksimal', { max: Number(issue.maximum) });
    default:
      return issue.message;
  }
}

/** The first message per field; `translate` may override the generic wording for a given issue. */
export function zodFieldErrors<K extends string>(
  t: TFunction,
  issues: readonly z.core.$ZodIssue[],
  fields: readonly K[],
  translate?: (issue: z.core.$ZodIssue) => string | undefined,
): FieldErrors<K> {
  const errors: FieldErrors<K> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '') as K;
    if (!fields.includes(field) || errors[field]) continue;
    errors[field] = translate?.(issue) ?? issueMessage(t, issue);
  }
  return errors;
}

/** Server paths look like `passwordBaru` or `body.passwordBaru`; the last segment names the field. */
export function serverFieldErrors<K extends string>(issues: readonly FieldIssue[], fields: readonly K[]): FieldErrors<K> {
  const errors: FieldErrors<K> = {};
  for (const issue of issues) {
    const field = issue.path.split(/[./]/).filter(Boolean).pop() as K | undefined;
    if (field && fields.includes(field) && !errors[field]) errors[field] = issue.message;
  }
  return errors;
}
