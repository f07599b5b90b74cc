import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import { errorMessage } from '../../../i18n/error-message.ts';
import { UmpanBalikBaru, useKirimUmpanBalik, useUmpanBalik } from '../api/umpan-balik.ts';
import { formatWaktu } from './format.ts';

/** The feedback thread of one activity, visible to the pegawai and their atasan, with a box to add to it. */
export function UmpanBalikThread({ aktivitasId }: { aktivitasId: string }) {
  const { t, i18n } = useTranslation();
  const thread = useUmpanBalik(aktivitasId);
  const kirim = useKirimUmpanBalik();
  const [isi, setIsi] = useState('');
  const [galat, setGalat] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = UmpanBalikBaru.safeParse({ isi });
    if (!parsed.success) return setGalat(parsed.error.issues[0]?.message ?? t('validasi.wajib'));
    kirim.mutate(
      { aktivitasId, isi: parsed.data.isi },
      { onSuccess: () => setIsi(''), onError: (error) => setGalat(errorMessage(t, error)) },
    );
  };

  return (
    <Stack gap="xs" data-testid="umpan-balik">
      {thread.isPending ? <LoadingView minHeight={60} /> : null}
      {thread.isError ? <ErrorAlert error={thread.error} onRetry={() => void thread.refetch()} /> : null}
      {thread.data?.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="umpan-balik-kosong">
          {t('aktivitas.umpanBalik.kosong')}
        </Text>
      ) : null}
      {thread.data?.map((u) => (
        <Paper key={u.id} p="xs" bg={u.milikSaya ? 'kupang.0' : 'gray.0'} ml={u.milikSaya ? 'xl' : 0} mr={u.milikSaya ? 0 : 'xl'} data-testid="umpan-balik-item">
          <Group justify="space-between" gap={4} wrap="wrap">
            <Text size="xs" fw={600}>
              {u.milikSaya ? t('aktivitas.umpanBalik.saya') : u.penulisNama}
            </Text>
            <Text size="xs" c="dimmed">
              {formatWaktu(u.dibuatPada, i18n.language)}
            </Text>
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {u.isi}
          </Text>
        </Paper>
      ))}
      <form onSubmit={submit} noValidate>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <Textarea
            style={{ flex: 1 }}
            placeholder={t('aktivitas.umpanBalik.tulis')}
            aria-label={t('aktivitas.umpanBalik.tulis')}
            value={isi}
            onChange={(e) => {
              setIsi(e.currentTarget.value);
              setGalat(null);
            }}
            error={galat}
            autosize
            minRows={1}
            maxRows={5}
            maxLength={2000}
            data-testid="umpan-balik-isi"
          />
          <Button type="submit" variant="light" loading={kirim.isPending} aria-label={t('aktivitas.umpanBalik.kirim')} data-testid="umpan-balik-kirim" px="sm">
            <IconSend size={18} />
          </Button>
        </Group>
      </form>
    </Stack>
  );
}
