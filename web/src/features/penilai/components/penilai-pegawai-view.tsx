import { Anchor, Avatar, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import { StatusView } from '../../../components/ui/status-view.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { formatNip } from '../../../utils/format.ts';
import { usePegawaiRingkas } from '../api/get-pegawai-ringkas.ts';
import { PenilaiPadaTanggalCard } from './penilai-pada-tanggal-card.tsx';

function initials(nama: string): string {
  const parts = nama.split(/\s+/).filter((p) => /^[A-Za-z]/.test(p));
  return ((parts[0]?.[0] ?? '') + (parts[1]?.[0] ?? '')).toUpperCase() || '?';
}

/** One pegawai (name, NIP, jabatan, unit) and the "penilai on a date" card; 404/403 as the profile shows them. */
export function PenilaiPegawaiView({
  id,
  initialTanggal,
  onTanggalChange,
  homeHref,
  pegawaiHref,
}: {
  id: string;
  initialTanggal?: string;
  onTanggalChange?: (tanggal: string) => void;
  homeHref: string;
  pegawaiHref: (id: string) => string;
}) {
  const { t } = useTranslation();
  const query = usePegawaiRingkas(id);
  if (query.isPending) return <LoadingView />;
  if (query.isError) {
    if (isApiError(query.error, 'AKSES.DITOLAK')) return <StatusView kind="ditolak" homeHref={homeHref} />;
    if (isApiError(query.error, 'DATA.TIDAK_DITEMUKAN') || isApiError(query.error, 'VALIDASI.GAGAL')) return <StatusView kind="tidak-ditemukan" homeHref={homeHref} />;
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  }
  const p = query.data;
  return (
    <Stack gap="md" data-testid="penilai-pegawai" data-id={p.id}>
      <Card>
        <Group gap="md" wrap="nowrap" align="flex-start">
          <Avatar size={56} radius="xl" color="kupang" variant="light">
            {initials(p.nama)}
          </Avatar>
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={2} fz={{ base: 18, sm: 20 }} lh={1.25} data-testid="penilai-pegawai-nama">
              {p.namaLengkap}
            </Title>
            <Text ff="monospace" size="sm" c="dimmed">
              {p.nip ? formatNip(p.nip, p.jenisAsn) : t('penilai.kartu.tanpaNip')}
            </Text>
            {p.jabatan ? (
              <Text size="sm" fw={500}>
                {p.jabatan.nama}
              </Text>
            ) : null}
            {p.unit ? (
              <Text size="xs" c="dimmed">
                {p.unit.jalurNama.join(' › ')}
              </Text>
            ) : null}
            <Anchor component={Link} to={pegawaiHref(p.id)} size="sm" mt={4} data-testid="penilai-pegawai-profil">
              <Group gap={4} component="span" wrap="nowrap">
                {t('penilai.kartu.bukaProfil')}
                <IconExternalLink size={14} />
              </Group>
            </Anchor>
          </Stack>
        </Group>
      </Card>
      <PenilaiPadaTanggalCard pegawaiId={p.id} initialTanggal={initialTanggal} onTanggalChange={onTanggalChange} pegawaiHref={pegawaiHref} />
    </Stack>
  );
}
