import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/query-state.tsx';

/** "Really revoke?" with what changes from now on; the confirm button stays busy while the request runs. */
export function CabutDialog({
  opened,
  title,
  text,
  pending,
  error,
  onConfirm,
  onClose,
}: {
  opened: boolean;
  title: string;
  text: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <Stack gap="md" data-testid="cabut-konfirmasi">
        <Text size="sm">{text}</Text>
        {error ? <ErrorAlert error={error} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-testid="cabut-batal">
            {t('umum.batal')}
          </Button>
          <Button color="red" loading={pending} onClick={onConfirm} data-testid="cabut-konfirmasi-ya">
            {t('penilai.cabut')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
