import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { errorMessage } from '../../../i18n/error-message.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { serverFieldErrors, type FieldErrors } from '../../../lib/form-errors.ts';
import { tanggalValid } from './tanggal.ts';

const PEGAWAI_FIELDS = ['pegawaiId', 'penilaiId', 'atasanPenilaiId'];
const TANGGAL_FIELDS = ['mulai', 'selesai'];

/**
 * Wording of the contract's zod issues in the current language: a missing pick, an empty or impossible date,
 * the end before the start, a pegawai evaluating themselves.
 */
export function terjemahIsu(t: TFunction, values: Record<string, unknown>) {
  return (issue: z.core.$ZodIssue): string | undefined => {
    const field = String(issue.path[0] ?? '');
    if (PEGAWAI_FIELDS.includes(field)) {
      return issue.code === 'custom' ? t('penilai.validasi.dirinyaSendiri') : t('penilai.validasi.pilihPegawai');
    }
    if (TANGGAL_FIELDS.includes(field)) {
      const value = values[field];
      if (typeof value !== 'string' || value === '') return t('validasi.wajib');
      if (!tanggalValid(value)) return t('penilai.tanggalTidakValid');
      return t('penilai.validasi.selesaiSebelumMulai');
    }
    return undefined;
  };
}

/** Field errors carried by a server answer (VALIDASI.GAGAL, or a KEPEGAWAIAN.* code that names its field). */
export function serverErrors<K extends string>(error: unknown, fields: readonly K[]): FieldErrors<K> {
  return isApiError(error) ? serverFieldErrors(error.fieldIssues, fields) : {};
}

/**
 * The form-level message of a failed save. For the KEPEGAWAIAN codes the server's own sentence says exactly what
 * clashed (e.g. the overlapping period), so it is shown under the translated headline.
 */
export function FormErrorAlert({ error, testId }: { error: unknown; testId: string }) {
  const { t } = useTranslation();
  const detail = isApiError(error) && error.code.startsWith('KEPEGAWAIAN.') && error.message ? error.message : null;
  const headline = isApiError(error, 'VALIDASI.GAGAL') && error.fieldIssues.length > 0 ? t('validasi.periksaIsian') : errorMessage(t, error);
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={20} />}
      role="alert"
      title={detail && detail !== headline ? headline : undefined}
      data-testid={testId}
      data-code={isApiError(error) ? error.code : undefined}
    >
      <Text size="sm">{detail && detail !== headline ? detail : headline}</Text>
    </Alert>
  );
}
