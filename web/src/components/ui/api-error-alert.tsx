import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ERROR_MESSAGES, type ErrorCode } from '../../../../contracts/errors.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { isApiError } from '../../lib/api-client.ts';

/**
 * A refused form submission: the translated meaning of the code as the title and, when the server said something
 * more specific than the code's default sentence (e.g. "masih ada 3 pegawai aktif", which sub-unit closes a loop),
 * that sentence below it — it is Indonesian, the language of the data, and tells the user what to do next.
 */
export function ApiErrorAlert({ error, testId }: { error: unknown; testId: string }) {
  const { t } = useTranslation();
  const title = errorMessage(t, error);
  const specific =
    isApiError(error) && error.message && error.code in ERROR_MESSAGES && error.message !== ERROR_MESSAGES[error.code as ErrorCode] && error.message !== title
      ? error.message
      : null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={20} />} title={specific ? title : undefined} data-testid={testId} data-code={isApiError(error) ? error.code : undefined} role="alert">
      <Text size="sm">{specific ?? title}</Text>
    </Alert>
  );
}
