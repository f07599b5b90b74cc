import { Anchor, Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconBriefcase, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import { formatTanggal, formatWaktu } from '../../../utils/format.ts';
import { useCabutPelaksanaTugas } from '../api/cabut-pelaksana-tugas.ts';
import { usePelaksanaTugasList, type PelaksanaTugasItem } from '../api/get-pelaksana-tugas-list.ts';
import { CabutDialog } from './cabut-dialog.tsx';
import { SaringanStatus, StatusBadge } from './saringan-status.tsx';
import { cocokSaringan, statusPenugasan, type Saringan } from './status-penugasan.ts';
import { hariIniWita } from './tanggal.ts';

function Periode({ item }: { item: PelaksanaTugasItem }) {
  const { t, i18n } = useTranslation();
  const bahasa = i18n.resolvedLanguage ?? 'id';
  return (
    <Stack gap={0}>
      <Text size="sm">{t('penilai.periodeRentang', { mulai: formatTanggal(item.mulai, bahasa), selesai: formatTanggal(item.selesai, bahasa) })}</Text>
      {item.dicabutPada ? (
        <Text size="xs" c="red.8">
          {t('penilai.dicabutPada', { waktu: formatWaktu(item.dicabutPada, bahasa) })}
        </Text>
      ) : null}
    </Stack>
  );
}

function JenisBadge({ jenis }: { jenis: 'plt' | 'plh' }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="light" color={jenis === 'plt' ? 'blue' : 'cyan'} tt="none" miw="max-content">
      {t(`penilai.jenis.${jenis}`)}
    </Badge>
  );
}

/** Plt/Plh of the instansi (in force first), each revocable with a confirmation (admin only). */
export function PelaksanaTugasPanel({ canEdit, pegawaiHref }: { canEdit: boolean; pegawaiHref: (id: string) => string }) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 62em)', false, { getInitialValueInEffect: false });
  const query = usePelaksanaTugasList();
  const [saringan, setSaringan] = useState<Saringan>('aktif');
  const [target, setTarget] = useState<PelaksanaTugasItem | null>(null);
  const cabut = useCabutPelaksanaTugas();
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

  const cabutButton = (item: PelaksanaTugasItem, fullWidth?: boolean) => (
    <Button size="xs" color="red" variant="light" leftSection={<IconX size={14} />} onClick={() => setTarget(item)} fullWidth={fullWidth} data-testid="plt-cabut">
      {t('penilai.cabut')}
    </Button>
  );
  const pegawaiLink = (item: PelaksanaTugasItem) => (
    <Anchor component={Link} to={pegawaiHref(item.pegawaiId)} size="sm" fw={600}>
      {item.pegawai}
    </Anchor>
  );

  return (
    <Stack gap="md">
      {rows.length > 0 ? <SaringanStatus value={saringan} onChange={setSaringan} counts={counts} testId="plt-saring" /> : null}
      {shown.length === 0 ? (
        <Card data-testid="plt-kosong">
          <Text c="dimmed">{rows.length === 0 ? t('penilai.plt.kosong') : t('penilai.plt.kosongSaring')}</Text>
        </Card>
      ) : wide ? (
        <Card padding={0}>
          <Table.ScrollContainer minWidth={860}>
            <Table verticalSpacing="sm" horizontalSpacing="md" striped data-testid="plt-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('penilai.plt.jabatan')}</Table.Th>
                  <Table.Th>{t('penilai.plt.pegawai')}</Table.Th>
                  <Table.Th>{t('penilai.plt.jenis')}</Table.Th>
                  <Table.Th>{t('penilai.periode')}</Table.Th>
                  <Table.Th>{t('penilai.plt.nomorSk')}</Table.Th>
                  <Table.Th>{t('penilai.plt.status')}</Table.Th>
                  {canEdit ? <Table.Th aria-label={t('penilai.cabut')} /> : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map(({ item, status }) => (
                  <Table.Tr key={item.id} data-testid="plt-item" data-id={item.id} data-jabatan-id={item.jabatanId} data-pegawai-id={item.pegawaiId} data-status={status} style={{ verticalAlign: 'top' }}>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {item.jabatan}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {item.unit}
                      </Text>
                    </Table.Td>
                    <Table.Td>{pegawaiLink(item)}</Table.Td>
                    <Table.Td>
                      <JenisBadge jenis={item.jenis} />
                    </Table.Td>
                    <Table.Td>
                      <Periode item={item} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{item.nomorSk ?? t('umum.kosong')}</Text>
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
        <Stack gap="xs" data-testid="plt-list">
          {shown.map(({ item, status }) => (
            <Card key={item.id} padding="sm" data-testid="plt-item" data-id={item.id} data-jabatan-id={item.jabatanId} data-pegawai-id={item.pegawaiId} data-status={status}>
              <Stack gap={6}>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <IconBriefcase size={20} color="var(--mantine-color-kupang-7)" style={{ flexShrink: 0, marginTop: 2 }} />
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Text size="sm" fw={600}>
                      {item.jabatan}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {item.unit}
                    </Text>
                  </Stack>
                </Group>
                <Group gap="xs">
                  <JenisBadge jenis={item.jenis} />
                  {pegawaiLink(item)}
                </Group>
                <Periode item={item} />
                {item.nomorSk ? (
                  <Text size="xs" c="dimmed">
                    {t('penilai.plt.nomorSk')}: {item.nomorSk}
                  </Text>
                ) : null}
                <StatusBadge status={status} />
                {canEdit && (status === 'aktif' || status === 'terjadwal') ? cabutButton(item, true) : null}
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
      <CabutDialog
        opened={target !== null}
        title={t('penilai.plt.cabutJudul')}
        text={target ? t('penilai.plt.cabutTeks', { jenis: t(`penilai.jenis.${target.jenis}`), pegawai: target.pegawai, jabatan: target.jabatan }) : ''}
        pending={cabut.isPending}
        error={cabut.error}
        onClose={close}
        onConfirm={() => {
          if (!target) return;
          cabut.mutate(
            { id: target.id },
            {
              onSuccess: () => {
                notifications.show({ color: 'teal', message: t('penilai.plt.dicabut'), autoClose: 4000 });
                close();
              },
            },
          );
        }}
      />
    </Stack>
  );
}
