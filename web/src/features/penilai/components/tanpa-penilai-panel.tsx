import { Anchor, Badge, Button, Card, Group, Modal, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck, IconUserCog, IconUserShare } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPagination } from '../../../components/ui/list-pagination.tsx';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import { SearchBox } from '../../../components/ui/search-box.tsx';
import { formatAngka, formatNip, formatTanggal } from '../../../utils/format.ts';
import { useTanpaPenilai, type TanpaPenilaiItem } from '../api/get-tanpa-penilai.ts';
import { OverrideForm, type PegawaiDinilai } from './override-form.tsx';
import { PelaksanaTugasForm, type JabatanKosong } from './pelaksana-tugas-form.tsx';
import { tanggalValid } from './tanggal.ts';

const PAGE_SIZE = 20;
const MASALAH = ['eskalasi', 'tanpa_penilai', 'tanpa_jabatan'] as const;
type Masalah = (typeof MASALAH)[number];
type Saringan = Masalah | 'semua';

const MASALAH_COLOR: Record<Masalah, string> = { eskalasi: 'orange', tanpa_penilai: 'red', tanpa_jabatan: 'gray' };

function normal(s: string): string {
  return s.toLocaleLowerCase('id').replace(/\s+/g, ' ');
}

function cocok(item: TanpaPenilaiItem, cari: string): boolean {
  if (!cari) return true;
  const q = normal(cari);
  const digits = q.replace(/\s/g, '');
  if (/^\d+$/.test(digits) && item.nip?.startsWith(digits)) return true;
  return [item.namaLengkap, item.jabatan ?? '', item.unit ?? '', ...item.lowongan.map((l) => l.nama)].some((s) => normal(s).includes(q));
}

/** The row's explanation: the server's own Indonesian sentence, or the same sentence in English. */
function Keterangan({ item, tanggal }: { item: TanpaPenilaiItem; tanggal: string }) {
  const { t, i18n } = useTranslation();
  const bahasa = i18n.resolvedLanguage ?? 'id';
  const text =
    bahasa === 'id'
      ? item.keterangan
      : t(`penilai.keterangan.${item.masalah}`, { tanggal: formatTanggal(tanggal, bahasa), lowongan: item.lowongan.map((l) => l.nama).join(' → ') });
  return (
    <Text size="xs" c="dimmed" data-testid="tanpa-penilai-keterangan">
      {text}
    </Text>
  );
}

function MasalahBadge({ masalah }: { masalah: Masalah }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="light" color={MASALAH_COLOR[masalah]} tt="none" miw="max-content" data-testid="tanpa-penilai-masalah">
      {t(`penilai.masalah.${masalah}`)}
    </Badge>
  );
}

function PegawaiCell({ item, href }: { item: TanpaPenilaiItem; href: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0} style={{ minWidth: 0 }}>
      <Anchor component={Link} to={href} fw={600} size="sm" aria-label={t('penilai.tanpa.lihatPenilai', { nama: item.namaLengkap })} data-testid="tanpa-penilai-lihat">
        {item.namaLengkap}
      </Anchor>
      <Text size="xs" ff="monospace" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {item.nip ? formatNip(item.nip) : t('penilai.kartu.tanpaNip')}
      </Text>
    </Stack>
  );
}

function Tindakan({
  item,
  onPlt,
  onKhusus,
  fullWidth,
}: {
  item: TanpaPenilaiItem;
  onPlt: (jabatan: JabatanKosong) => void;
  onKhusus: (item: TanpaPenilaiItem) => void;
  fullWidth?: boolean;
}) {
  const { t } = useTranslation();
  const lowongan = item.masalah === 'eskalasi' ? item.lowongan[0] : undefined;
  return (
    <Stack gap={6} align={fullWidth ? 'stretch' : 'flex-end'}>
      {lowongan ? (
        <Button size="xs" variant="light" leftSection={<IconUserShare size={14} />} onClick={() => onPlt(lowongan)} data-testid="tetapkan-plt">
          {t('penilai.tanpa.tetapkanPlt')}
        </Button>
      ) : null}
      <Button size="xs" variant="default" leftSection={<IconUserCog size={14} />} onClick={() => onKhusus(item)} data-testid="tetapkan-khusus">
        {t('penilai.tanpa.tetapkanKhusus')}
      </Button>
    </Stack>
  );
}

/**
 * Pegawai without a definitive penilai on a date, by problem (vacant superior post, nobody above, no post), with the
 * two repairs: a Plt/Plh for the vacant post, or a penilai khusus for the pegawai. `canEdit` false (auditor): no
 * buttons.
 */
export function TanpaPenilaiPanel({
  tanggal,
  onTanggalChange,
  canEdit,
  penilaiHref,
}: {
  tanggal: string;
  onTanggalChange: (tanggal: string) => void;
  canEdit: boolean;
  penilaiHref: (pegawaiId: string, tanggal: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const bahasa = i18n.resolvedLanguage ?? 'id';
  const wide = useMediaQuery('(min-width: 62em)', false, { getInitialValueInEffect: false });
  const phone = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  const [input, setInput] = useState(tanggal);
  const [shownTanggal, setShownTanggal] = useState(tanggal);
  if (tanggal !== shownTanggal) {
    // Back/Forward changed the URL: show its date in the box
    setShownTanggal(tanggal);
    setInput(tanggal);
  }
  const [saringan, setSaringan] = useState<Saringan>('semua');
  const [lowonganId, setLowonganId] = useState<string | null>(null);
  const [cari, setCari] = useState('');
  const [page, setPage] = useState(1);
  const [pltTarget, setPltTarget] = useState<JabatanKosong | null>(null);
  const [khususTarget, setKhususTarget] = useState<PegawaiDinilai | null>(null);
  const query = useTanpaPenilai(tanggal);

  const items = query.data?.items ?? [];
  const counts = Object.fromEntries(MASALAH.map((m) => [m, items.filter((i) => i.masalah === m).length])) as Record<Masalah, number>;
  const lowonganMap = new Map<string, { nama: string; count: number }>();
  for (const item of items) {
    for (const l of item.lowongan) {
      const entry = lowonganMap.get(l.jabatanId) ?? { nama: l.nama, count: 0 };
      entry.count += 1;
      lowonganMap.set(l.jabatanId, entry);
    }
  }
  const lowonganOptions = [...lowonganMap.entries()]
    .sort((a, b) => a[1].nama.localeCompare(b[1].nama, 'id'))
    .map(([value, v]) => ({ value, label: t('penilai.tanpa.lowonganOpsi', { nama: v.nama, count: v.count }) }));
  const lowonganDipilih = lowonganId ? lowonganMap.get(lowonganId) : undefined;
  const lowonganAktif = lowonganDipilih ? lowonganId : null;

  const filtered = items.filter(
    (i) =>
      (saringan === 'semua' || i.masalah === saringan) &&
      (!lowonganAktif || i.lowongan.some((l) => l.jabatanId === lowonganAktif)) &&
      cocok(i, cari.trim()),
  );
  const pages = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE));
  const pageShown = Math.min(page, pages);
  const shown = filtered.slice((pageShown - 1) * PAGE_SIZE, pageShown * PAGE_SIZE);

  const openKhusus = (item: TanpaPenilaiItem) =>
    setKhususTarget({ pegawaiId: item.pegawaiId, namaLengkap: item.namaLengkap, nip: item.nip, jabatan: item.jabatan });
  const href = (item: TanpaPenilaiItem) => penilaiHref(item.pegawaiId, tanggal);

  const filterButtons = (
    <Group gap="xs" role="group" aria-label={t('penilai.tanpa.masalahKolom')} data-testid="tanpa-penilai-saringan">
      {(['semua', ...MASALAH] as const).map((m) => {
        const active = saringan === m;
        const count = m === 'semua' ? items.length : counts[m];
        return (
          <Button
            key={m}
            size="xs"
            radius="xl"
            variant={active ? 'filled' : 'default'}
            aria-pressed={active}
            disabled={!active && count === 0}
            onClick={() => {
              setSaringan(m);
              setPage(1);
            }}
            rightSection={
              <Badge size="xs" variant={active ? 'white' : 'light'} circle={count < 10} data-testid={`tanpa-penilai-jumlah-${m}`}>
                {count}
              </Badge>
            }
            data-testid={`tanpa-penilai-saring-${m}`}
          >
            {t(`penilai.masalah.${m}`)}
          </Button>
        );
      })}
    </Group>
  );

  return (
    <Stack gap="md">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          type="date"
          label={t('penilai.tanggal')}
          value={input}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setInput(value);
            if (tanggalValid(value)) {
              onTanggalChange(value);
              setPage(1);
            }
          }}
          error={tanggalValid(input) ? undefined : t('penilai.tanggalTidakValid')}
          w={{ base: '100%', xs: 190 }}
          size="md"
          data-testid="tanpa-penilai-tanggal"
        />
        <div style={{ flex: '1 1 16rem', minWidth: 0 }}>
          <SearchBox
            value={cari}
            onChange={(v) => {
              setCari(v);
              setPage(1);
            }}
            placeholder={t('penilai.tanpa.cari')}
            label={t('penilai.tanpa.cariLabel')}
            testId="tanpa-penilai-cari"
          />
        </div>
        {lowonganOptions.length > 0 ? (
          <Select
            label={t('penilai.tanpa.lowongan')}
            placeholder={t('penilai.tanpa.lowonganSemua')}
            data={lowonganOptions}
            value={lowonganAktif}
            onChange={(v) => {
              setLowonganId(v);
              setPage(1);
            }}
            clearable
            searchable
            size="md"
            w={{ base: '100%', sm: 340 }}
            comboboxProps={{ width: 'target' }}
            data-testid="tanpa-penilai-lowongan"
          />
        ) : null}
      </Group>

      {query.isPending ? (
        <LoadingView />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Stack gap="md" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }} data-testid="tanpa-penilai" data-tanggal={query.data.tanggal}>
          {items.length === 0 ? (
            <Card data-testid="tanpa-penilai-kosong">
              <Group gap="xs" wrap="nowrap">
                <IconCircleCheck size={22} color="var(--mantine-color-teal-7)" style={{ flexShrink: 0 }} />
                <Text>{t('penilai.tanpa.semuaBeres', { tanggal: formatTanggal(query.data.tanggal, bahasa) })}</Text>
              </Group>
            </Card>
          ) : (
            <>
              <Text size="sm" c="dimmed" data-testid="tanpa-penilai-total">
                {t('penilai.tanpa.jumlah', { count: query.data.total, jumlah: formatAngka(query.data.total, bahasa), tanggal: formatTanggal(query.data.tanggal, bahasa) })}
              </Text>
              {filterButtons}
              {lowonganDipilih && lowonganAktif ? (
                <Paper withBorder p="sm" bg="orange.0" data-testid="lowongan-ringkas" data-jabatan-id={lowonganAktif}>
                  <Group justify="space-between" gap="sm" wrap="wrap">
                    <Text size="sm" style={{ flex: '1 1 16rem' }}>
                      {t('penilai.tanpa.lowonganRingkas', { count: lowonganDipilih.count, nama: lowonganDipilih.nama })}
                    </Text>
                    {canEdit ? (
                      <Button
                        size="xs"
                        leftSection={<IconUserShare size={14} />}
                        onClick={() => setPltTarget({ jabatanId: lowonganAktif, nama: lowonganDipilih.nama })}
                        data-testid="lowongan-tetapkan-plt"
                      >
                        {t('penilai.tanpa.tetapkanPlt')}
                      </Button>
                    ) : null}
                  </Group>
                </Paper>
              ) : null}
              {filtered.length === 0 ? (
                <Card data-testid="tanpa-penilai-kosong-saring">
                  <Text c="dimmed">{t('penilai.tanpa.kosongSaring')}</Text>
                </Card>
              ) : wide ? (
                <Card padding={0}>
                  <Table.ScrollContainer minWidth={820}>
                    <Table verticalSpacing="sm" horizontalSpacing="md" striped data-testid="tanpa-penilai-list">
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('penilai.tanpa.pegawai')}</Table.Th>
                          <Table.Th>{t('penilai.tanpa.jabatanUnit')}</Table.Th>
                          <Table.Th>{t('penilai.tanpa.masalahKolom')}</Table.Th>
                          {canEdit ? <Table.Th ta="right">{t('penilai.tanpa.aksi')}</Table.Th> : null}
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {shown.map((item) => (
                          <Table.Tr
                            key={item.pegawaiId}
                            data-testid="tanpa-penilai-item"
                            data-pegawai-id={item.pegawaiId}
                            data-masalah={item.masalah}
                            data-lowongan-id={item.lowongan[0]?.jabatanId}
                            data-nip={item.nip ?? undefined}
                            style={{ verticalAlign: 'top' }}
                          >
                            <Table.Td w="24%">
                              <PegawaiCell item={item} href={href(item)} />
                            </Table.Td>
                            <Table.Td w="26%">
                              <Text size="sm">{item.jabatan ?? t('umum.kosong')}</Text>
                              <Text size="xs" c="dimmed">
                                {item.unit}
                              </Text>
                            </Table.Td>
                            <Table.Td>
                              <Stack gap={4} align="flex-start">
                                <MasalahBadge masalah={item.masalah} />
                                <Keterangan item={item} tanggal={query.data.tanggal} />
                              </Stack>
                            </Table.Td>
                            {canEdit ? (
                              <Table.Td style={{ width: 1, whiteSpace: 'nowrap' }}>
                                <Tindakan item={item} onPlt={setPltTarget} onKhusus={openKhusus} />
                              </Table.Td>
                            ) : null}
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                </Card>
              ) : (
                <Stack gap="xs" data-testid="tanpa-penilai-list">
                  {shown.map((item) => (
                    <Card
                      key={item.pegawaiId}
                      padding="sm"
                      data-testid="tanpa-penilai-item"
                      data-pegawai-id={item.pegawaiId}
                      data-masalah={item.masalah}
                      data-lowongan-id={item.lowongan[0]?.jabatanId}
                      data-nip={item.nip ?? undefined}
                    >
                      <Stack gap={6}>
                        <PegawaiCell item={item} href={href(item)} />
                        <Text size="sm">
                          {item.jabatan ?? t('umum.kosong')}
                          {item.unit ? (
                            <Text span size="xs" c="dimmed">
                              {' · '}
                              {item.unit}
                            </Text>
                          ) : null}
                        </Text>
                        <MasalahBadge masalah={item.masalah} />
                        <Keterangan item={item} tanggal={query.data.tanggal} />
                        {canEdit ? <Tindakan item={item} onPlt={setPltTarget} onKhusus={openKhusus} fullWidth /> : null}
                      </Stack>
                    </Card>
                  ))}
                </Stack>
              )}
              <ListPagination page={pageShown} pageSize={PAGE_SIZE} total={filtered.length} onChange={setPage} />
            </>
          )}
        </Stack>
      )}

      <Modal opened={pltTarget !== null} onClose={() => setPltTarget(null)} title={t('penilai.formPlt.judul')} centered={!phone} size="lg" fullScreen={phone}>
        {pltTarget ? (
          <PelaksanaTugasForm
            key={pltTarget.jabatanId}
            jabatan={pltTarget}
            mulaiAwal={tanggal}
            onCancel={() => setPltTarget(null)}
            onDone={({ jenis, pegawai }) => {
              notifications.show({
                color: 'teal',
                message: t('penilai.formPlt.berhasil', { jenis: t(`penilai.jenis.${jenis}`), jabatan: pltTarget.nama, pegawai: pegawai.namaLengkap }),
                autoClose: 5000,
              });
              setPltTarget(null);
            }}
          />
        ) : null}
      </Modal>
      <Modal opened={khususTarget !== null} onClose={() => setKhususTarget(null)} title={t('penilai.formKhusus.judul')} centered={!phone} size="lg" fullScreen={phone}>
        {khususTarget ? (
          <OverrideForm
            key={khususTarget.pegawaiId}
            pegawai={khususTarget}
            mulaiAwal={tanggal}
            onCancel={() => setKhususTarget(null)}
            onDone={() => {
              notifications.show({ color: 'teal', message: t('penilai.formKhusus.berhasil', { pegawai: khususTarget.namaLengkap }), autoClose: 5000 });
              setKhususTarget(null);
            }}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
