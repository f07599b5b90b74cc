import { Anchor, Button, Card, Group, Spoiler, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowRight, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import { formatTanggal, formatWaktu } from '../../../utils/format.ts';
import { useCabutOverride } from '../api/cabut-override.ts';
import { useOverrideList, type OverrideItem } from '../api/get-override-list.ts';
import { CabutDialog } from './cabut-dialog.tsx';
import { SaringanStatus, StatusBadge } from './saringan-status.tsx';
import { cocokSaringan, statusPenugasan, type Saringan } from './status-penugasan.ts';
import { hariIniWita } from './tanggal.ts';

function Periode({ item }: { item: OverrideItem }) {
  const { t, i18n } = useTranslation();
  const bahasa = i18n.resolvedLanguage ?? 'id';
  return (
    <Stack gap={0}>
      <Text size="sm">
        {t('penilai.periodeRentang', { mulai: formatTanggal(item.mulai, bahasa), selesai: item.selesai ? formatTanggal(item.selesai, bahasa) : t('penilai.seterusnya') })}
      </Text>
      {item.dicabutPada ? (
        <Text size="xs" c="red.8">
          {t('penilai.dicabutPada', { waktu: formatWaktu(item.dicabutPada, bahasa) })}
        </Text>
      ) : null}
    </Stack>
  );
}

function Alasan({ alasan }: { alasan: string }) {
  const { t } = useTranslation();
  return (
    <Spoiler maxHeight={56} showLabel={t('umum.lihat')} hideLabel={t('umum.tutup')} styles={{ control: { fontSize: 'var(--mantine-font-size-xs)' } }}>
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }} data-testid="override-alasan-teks">
        {alasan}
      </Text>
    </Spoiler>
  );
}

/** Penilai khusus (overrides) of the instansi, each revocable with a confirmation (admin only). */
export function OverridePanel({ canEdit, penilaiHref, pegawaiHref }: { canEdit: boolean; penilaiHref: (pegawaiId: string) => string; pegawaiHref: (id: string) => string }) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 62em)', false, { getInitialValueInEffect: false });
  const query = useOverrideList();
  const [saringan, setSaringan] = useState<Saringan>('aktif');
  const [target, setTarget] = useState<OverrideItem | null>(null);
  const cabut = useCabutOverride();
  const hariIni = hariIniWita();

  const close = () => {
    setTarget(null);
    cabut.reset();
  };

  if (query.isPending) return <LoadingView />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;

  const rows = query.data.map((item) => ({ item, status: statusPenugasan(item, hariIni) }));
  const counts = {
    aktif: rows.filter((r) => cocokSaringan(r.status, 'aktif')).length,
    selesai: rows.filter((r) => cocokSaringan(r.status, 'selesai')).length,
    semua: rows.length,
  };
  const shown = rows.filter((r) => cocokSaringan(r.status, saringan));

  const cabutButton = (item: OverrideItem, fullWidth?: boolean) => (
    <Button size="xs" color="red" variant="light" leftSection={<IconX size={14} />} onClick={() => setTarget(item)} fullWidth={fullWidth} data-testid="override-cabut">
      {t('penilai.cabut')}
    </Button>
  );
  const atasan = (item: OverrideItem) =>
    item.atasanPenilai ? (
      <Anchor component={Link} to={pegawaiHref(item.atasanPenilaiId!)} size="sm">
        {item.atasanPenilai}
      </Anchor>
    ) : (
      <Text size="xs" c="dimmed" fs="italic">
        {t('penilai.khusus.atasanMengikutiStruktur')}
      </Text>
    );

  return (
    <Stack gap="md">
      {rows.length > 0 ? <SaringanStatus value={saringan} onChange={setSaringan} counts={counts} testId="override-saring" /> : null}
      {shown.length === 0 ? (
        <Card data-testid="override-kosong">
          <Text c="dimmed">{rows.length === 0 ? t('penilai.khusus.kosong') : t('penilai.khusus.kosongSaring')}</Text>
        </Card>
      ) : wide ? (
        <Card padding={0}>
          <Table.ScrollContainer minWidth={900}>
            <Table verticalSpacing="sm" horizontalSpacing="md" striped data-testid="override-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('penilai.khusus.pegawai')}</Table.Th>
                  <Table.Th>{t('penilai.khusus.penilai')}</Table.Th>
                  <Table.Th>{t('penilai.khusus.atasanPenilai')}</Table.Th>
                  <Table.Th>{t('penilai.periode')}</Table.Th>
                  <Table.Th w="24%">{t('penilai.khusus.alasan')}</Table.Th>
                  <Table.Th>{t('penilai.khusus.status')}</Table.Th>
                  {canEdit ? <Table.Th aria-label={t('penilai.cabut')} /> : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map(({ item, status }) => (
                  <Table.Tr key={item.id} data-testid="override-item" data-id={item.id} data-pegawai-id={item.pegawaiId} data-penilai-id={item.penilaiId} data-status={status} style={{ verticalAlign: 'top' }}>
                    <Table.Td>
                      <Anchor component={Link} to={penilaiHref(item.pegawaiId)} size="sm" fw={600}>
                        {item.pegawai}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={pegawaiHref(item.penilaiId)} size="sm">
                        {item.penilai}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{atasan(item)}</Table.Td>
                    <Table.Td>
                      <Periode item={item} />
                    </Table.Td>
                    <Table.Td>
                      <Alasan alasan={item.alasan} />
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge status={status} />
                    </Table.Td>
                    {canEdit ? <Table.Td ta="right">{status === 'aktif' || status === 'terjadwal' ? cabutButton(item) : null}</Table.Td> : null}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      ) : (
        <Stack gap="xs" data-testid="override-list">
          {shown.map(({ item, status }) => (
            <Card key={item.id} padding="sm" data-testid="override-item" data-id={item.id} data-pegawai-id={item.pegawaiId} data-penilai-id={item.penilaiId} data-status={status}>
              <Stack gap={6}>
                <Anchor component={Link} to={penilaiHref(item.pegawaiId)} size="sm" fw={600}>
                  {item.pegawai}
                </Anchor>
                <Group gap={6} wrap="nowrap" align="flex-start">
                  <IconArrowRight size={16} style={{ flexShrink: 0, marginTop: 3 }} color="var(--mantine-color-dimmed)" />
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Text size="xs" c="dimmed">
                      {t('penilai.khusus.penilai')}
                    </Text>
                    <Anchor component={Link} to={pegawaiHref(item.penilaiId)} size="sm">
                      {item.penilai}
                    </Anchor>
                    <Text size="xs" c="dimmed" mt={4}>
                      {t('penilai.khusus.atasanPenilai')}
                    </Text>
                    {atasan(item)}
                  </Stack>
                </Group>
                <Periode item={item} />
                <Alasan alasan={item.alasan} />
                <StatusBadge status={status} />
                {canEdit && (status === 'aktif' || status === 'terjadwal') ? cabutButton(item, true) : null}
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
      <CabutDialog
        opened={target !== null}
        title={t('penilai.khusus.cabutJudul')}
        text={target ? t('penilai.khusus.cabutTeks', { penilai: target.penilai, pegawai: target.pegawai }) : ''}
        pending={cabut.isPending}
        error={cabut.error}
        onClose={close}
        onConfirm={() => {
          if (!target) return;
          cabut.mutate(
            { id: target.id },
            {
              onSuccess: () => {
                notifications.show({ color: 'teal', message: t('penilai.khusus.dicabut'), autoClose: 4000 });
                close();
              },
            },
          );
        }}
      />
    </Stack>
  );
}
