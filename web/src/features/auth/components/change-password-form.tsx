import { Alert, Button, Card, PasswordInput, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconShieldLock } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../../contracts/common.ts';
import { errorMessage } from '../../../i18n/error-message.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { serverFieldErrors, zodFieldErrors, type FieldErrors } from '../../../lib/form-errors.ts';
import { ChangePasswordBody, useChangePassword } from '../api/change-password.ts';

const FIELDS = ['passwordLama', 'passwordBaru', 'konfirmasi'] as const;
type Field = (typeof FIELDS)[number];

// Server codes that belong to one field rather than to the whole form.
const CODE_FIELD: Record<string, Field> = {
  'AUTH.PASSWORD_LAMA_SALAH': 'passwordLama',
  'AUTH.PASSWORD_LEMAH': 'passwordBaru',
  'AUTH.PASSWORD_SAMA': 'passwordBaru',
};

/**
 * Old/new/confirm. Checked in the browser with the contract's ChangePasswordBody (the same schema the server
 * uses), then by the server; its answers land on the field they concern. `forced`: the account holds a
 * temporary password and may do nothing else until it is changed.
 */
export function ChangePasswordForm({ forced, onSuccess }: { forced: boolean; onSuccess: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<Field, string>>({ passwordLama: '', passwordBaru: '', konfirmasi: '' });
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const mutation = useChangePassword({ onSuccess });

  const set = (field: Field) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = { passwordLama: values.passwordLama, passwordBaru: values.passwordBaru };
    const parsed = ChangePasswordBody.safeParse(body);
    const next: FieldErrors<Field> = parsed.success
      ? {}
      : zodFieldErrors(t, parsed.error.issues, FIELDS, (issue) =>
          issue.code === 'custom' && issue.path[0] === 'passwordBaru' ? t('validasi.passwordSama') : undefined,
        );
    if (!values.konfirmasi) next.konfirmasi = t('validasi.wajib');
    else if (values.konfirmasi !== values.passwordBaru) next.konfirmasi = t('validasi.konfirmasiTidakCocok');
    setErrors(next);
    if (!parsed.success || Object.values(next).some(Boolean)) return;

    mutation.mutate(parsed.data, {
      onError: (error) => {
        if (isApiError(error, 'VALIDASI.GAGAL')) setErrors(serverFieldErrors(error.fieldIssues, FIELDS));
        const field = isApiError(error) ? CODE_FIELD[error.code] : undefined;
        if (field) {
          const extra = isApiError(error, 'AUTH.PASSWORD_LEMAH') ? ` ${t('gantiPassword.syaratKuat')}` : '';
          setErrors({ [field]: errorMessage(t, error) + extra });
        }
      },
    });
  };

  const error = mutation.error;
  const fieldLevel = isApiError(error) && (CODE_FIELD[error.code] !== undefined || (error.code === 'VALIDASI.GAGAL' && error.fieldIssues.length > 0));

  return (
    <Stack gap="lg" maw={520}>
      {forced ? (
        <Alert color="orange" variant="light" icon={<IconShieldLock size={22} />} title={t('gantiPassword.wajibJudul')} data-testid="ganti-password-wajib">
          {t('gantiPassword.wajibTeks')}
        </Alert>
      ) : null}
      <Card component="form" onSubmit={submit} noValidate data-testid="ganti-password-form">
        <Stack gap="md">
          {error && !fieldLevel ? (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={20} />} role="alert" data-testid="ganti-password-error">
              {errorMessage(t, error)}
            </Alert>
          ) : null}
          <PasswordInput
            label={t('gantiPassword.lama')}
            value={values.passwordLama}
            onChange={(e) => set('passwordLama')(e.currentTarget.value)}
            error={errors.passwordLama}
            autoComplete="current-password"
            required
            data-testid="password-lama"
          />
          <PasswordInput
            label={t('gantiPassword.baru')}
            description={t('gantiPassword.baruPetunjuk', { min: LIMITS.passwordMin })}
            value={values.passwordBaru}
            onChange={(e) => set('passwordBaru')(e.currentTarget.value)}
            error={errors.passwordBaru}
            autoComplete="new-password"
            required
            data-testid="password-baru"
          />
          <PasswordInput
            label={t('gantiPassword.konfirmasi')}
            value={values.konfirmasi}
            onChange={(e) => set('konfirmasi')(e.currentTarget.value)}
            error={errors.konfirmasi}
            autoComplete="new-password"
            required
            data-testid="password-konfirmasi"
          />
          <Button type="submit" loading={mutation.isPending} data-testid="ganti-password-submit" style={{ alignSelf: 'flex-start' }}>
            {t('gantiPassword.simpan')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('gantiPassword.deskripsi')}
          </Text>
        </Stack>
      </Card>
    </Stack>
  );
}
