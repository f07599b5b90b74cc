import { Accordion, Alert, Anchor, Badge, Button, Card, FileInput, Group, Modal, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconDownload, IconFileSpreadsheet, IconInfoCircle, IconUpload } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IMPOR_BATAS, KOLOM_IMPOR, type ImporHasil } from '../../../../../contracts/impor.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import { formatWaktu } from '../../../utils/format.ts';
import { useBatalkanImpor } from '../api/batalkan-impor.ts';
import { useImpor } from '../api/get-impor.ts';
import { useTerapkanImpor } from '../api/terapkan-impor.ts';
import { unduhan } from '../api/unduhan.ts';
import { useUnggahImpor } from '../api/unggah-impor.ts';
import { ImporPratinjauTabel, JumlahImporView } from './impor-pratinjau.tsx';

type T = (key: string, param?: Record<string, unknown>) => string;
const TIPE_BERKAS = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

function Langkah({ nomor, judul, children, testId }: { nomor: number; judul: string; children: ReactNode; testId: string }) {
  return (
    <Card withBorder padding="md" data-testid={testId}>
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap">
          <Badge circle size="lg" variant="filled">
            {nomor}
          </Badge>
          <Title order={2} fz="lg">
            {judul}
          </Title>
        </Group>
        {children}
      </Stack>
    </Card>
  );
}

function PenjelasanKolom() {
  const { t } = useTranslation();
  const tt = t as unknown as T;
  return (
    <Accordion variant="contained" data-testid="impor-kolom-doc">
      <Accordion.Item value="kolom">
        <Accordion.Control icon={<IconInfoCircle size={18} />}>{t('impor.kolomJudul')}</Accordion.Control>
        <Accordion.Panel>
          <Table.ScrollContainer minWidth={520}>
            <Table verticalSpacing={6} fz="sm">
              <Table.Tbody>
                {KOLOM_IMPOR.map((k) => (
                  <Table.Tr key={k.kunci}>
                    <Table.Td w={150} style={{ verticalAlign: 'top' }}>
                      <Text size="sm" fw={600}>
                        {tt(`impor.kolom.${k.kunci}`)}
                      </Text>
                      <Text size="xs" c={k.wajib ? 'red.7' : 'dimmed'}>
                        {k.wajib ? t('impor.wajib') : t('impor.tidakWajib')}
                      </Text>
                    </Table.Td>
                    <Table.Td>{tt(`impor.keterangan.${k.kunci}`)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}

function HasilImpor({ hasil, akunHref, dataPegawaiHref }: { hasil: ImporHasil; akunHref: string; dataPegawaiHref: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="teal" variant="light" icon={<IconCheck size={20} />} title={t('impor.hasilJudul')} data-testid="impor-hasil">
      <Stack gap={6}>
        <Text size="sm" data-testid="impor-hasil-ringkas">
          {t('impor.hasilTeks', { baru: hasil.jumlah.baru, diubah: hasil.jumlah.diubah, mutasi: hasil.jumlah.mutasi, tetap: hasil.jumlah.tetap })}
        </Text>
        {hasil.akunDibuat > 0 ? (
          <Text size="sm">
            {t('impor.hasilAkun', { count: hasil.akunDibuat })}{' '}
            <Anchor component={Link} to={akunHref} size="sm">
              {t('impor.keAkun')}
            </Anchor>
          </Text>
        ) : null}
        <Anchor component={Link} to={dataPegawaiHref} size="sm" data-testid="impor-ke-data-pegawai">
          {t('impor.keDataPegawai')}
        </Anchor>
      </Stack>
    </Alert>
  );
}

/**
 * "Impor & ekspor": template → upload (with progress) → per-row preview → commit (all or nothing); and the Excel
 * exports. The preview's id lives in the URL (`imporId`), so a reload or a shared link shows the same preview.
 */
export function ImporScreen({ imporId, onImporId, akunHref, dataPegawaiHref }: { imporId: string | null; onImporId: (id: string | null) => void; akunHref: string; dataPegawaiHref: string }) {
  const { t, i18n } = useTranslation();
  const [berkas, setBerkas] = useState<File | null>(null);
  const [kemajuan, setKemajuan] = useState(0);
  const [konfirmasi, setKonfirmasi] = useState(false);
  const unggah = useUnggahImpor({ onSuccess: (p) => onImporId(p.id) });
  const pratinjau = useImpor(imporId);
  const terapkan = useTerapkanImpor({ onSuccess: () => setKonfirmasi(false) });
  const batalkan = useBatalkanImpor({ onSuccess: () => onImporId(null) });
  const p = pratinjau.data;
  const hasil = terapkan.data && p && terapkan.data.id === p.id ? terapkan.data : null;

  const kirim = () => {
    if (!berkas) return;
    setKemajuan(0);
    terapkan.reset();
    unggah.mutate({ berkas, onProgress: setKemajuan });
  };

  return (
    <Stack gap="md">
      <Langkah nomor={1} judul={t('impor.templatJudul')} testId="impor-templat">
        <Text size="sm">{t('impor.templatTeks')}</Text>
        <Group gap="sm">
          <Button component="a" href={unduhan.templat('xlsx')} download leftSection={<IconDownload size={18} />} variant="light" data-testid="impor-templat-xlsx">
            {t('impor.templatXlsx')}
          </Button>
          <Button component="a" href={unduhan.templat('csv')} download leftSection={<IconDownload size={18} />} variant="subtle" data-testid="impor-templat-csv">
            {t('impor.templatCsv')}
          </Button>
        </Group>
        <PenjelasanKolom />
      </Langkah>

      <Langkah nomor={2} judul={t('impor.unggahJudul')} testId="impor-unggah">
        <FileInput
          value={berkas}
          onChange={setBerkas}
          accept={TIPE_BERKAS}
          label={t('impor.pilihBerkas')}
          placeholder={t('impor.pilihBerkasPlaceholder')}
          description={t('impor.batasBerkas', { mb: IMPOR_BATAS.ukuranBerkas / 1024 / 1024, baris: IMPOR_BATAS.jumlahBaris.toLocaleString('id-ID') })}
          leftSection={<IconFileSpreadsheet size={18} />}
          clearable
          size="md"
          data-testid="impor-berkas"
        />
        <Group>
          <Button onClick={kirim} disabled={!berkas} loading={unggah.isPending} leftSection={<IconUpload size={18} />} data-testid="impor-kirim">
            {t('impor.unggah')}
          </Button>
        </Group>
        {unggah.isPending ? (
          <Stack gap={4} data-testid="impor-kemajuan">
            <Progress value={kemajuan * 100} animated={kemajuan >= 1} />
            <Text size="xs" c="dimmed">
              {kemajuan < 1 ? t('impor.mengunggah', { persen: Math.round(kemajuan * 100) }) : t('impor.memeriksa')}
            </Text>
          </Stack>
        ) : null}
        {unggah.error ? <ApiErrorAlert error={unggah.error} testId="impor-unggah-galat" /> : null}
      </Langkah>

      {imporId ? (
        <Langkah nomor={3} judul={t('impor.pratinjauJudul')} testId="impor-pratinjau">
          {pratinjau.isPending ? (
            <LoadingView />
          ) : pratinjau.isError ? (
            <ErrorAlert error={pratinjau.error} onRetry={() => void pratinjau.refetch()} />
          ) : p ? (
            <Stack gap="sm" data-testid="impor-pratinjau-isi" data-status={p.status} data-id={p.id}>
              <Text size="sm" c="dimmed">
                {t('impor.berkasInfo', { nama: p.namaFile, waktu: formatWaktu(p.dibuatPada, i18n.language), tanggal: p.tanggalImpor })}
              </Text>
              {p.sudahPernahDiterapkan ? (
                <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />} data-testid="impor-sudah-pernah">
                  {t('impor.sudahPernah', { waktu: formatWaktu(p.sudahPernahDiterapkan.diterapkanPada, i18n.language) })}
                </Alert>
              ) : null}
              <JumlahImporView jumlah={p.jumlah} />
              {hasil ? (
                <HasilImpor hasil={hasil} akunHref={akunHref} dataPegawaiHref={dataPegawaiHref} />
              ) : p.status === 'diterapkan' ? (
                <Alert color="teal" variant="light" data-testid="impor-status-diterapkan">
                  {t('impor.statusDiterapkan', { waktu: formatWaktu(p.diterapkanPada, i18n.language) })}
                </Alert>
              ) : p.status === 'dibatalkan' ? (
                <Alert color="gray" variant="light">
                  {t('impor.statusDibatalkan')}
                </Alert>
              ) : p.jumlah.galat > 0 ? (
                <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} data-testid="impor-masih-galat">
                  {t('impor.masihGalat', { count: p.jumlah.galat })}
                </Alert>
              ) : null}
              {p.status === 'pratinjau' ? (
                <Group gap="sm">
                  <Button color="teal" onClick={() => setKonfirmasi(true)} disabled={p.jumlah.galat > 0} leftSection={<IconCheck size={18} />} data-testid="impor-terapkan">
                    {t('impor.terapkan')}
                  </Button>
                  <Button variant="default" onClick={() => batalkan.mutate({ id: p.id })} loading={batalkan.isPending} data-testid="impor-batal">
                    {t('impor.buang')}
                  </Button>
                </Group>
              ) : null}
              {terapkan.error && !konfirmasi ? <ApiErrorAlert error={terapkan.error} testId="impor-terapkan-galat" /> : null}
              <ImporPratinjauTabel key={p.id} pratinjau={p} />
              <Modal opened={konfirmasi} onClose={() => setKonfirmasi(false)} title={t('impor.konfirmasiJudul')} centered>
                <Stack gap="md" data-testid="impor-konfirmasi">
                  <Text size="sm">{t('impor.konfirmasiTeks', { baru: p.jumlah.baru, diubah: p.jumlah.diubah, mutasi: p.jumlah.mutasi, tetap: p.jumlah.tetap })}</Text>
                  {terapkan.error ? <ApiErrorAlert error={terapkan.error} testId="impor-terapkan-galat" /> : null}
                  <Group justify="flex-end" gap="sm">
                    <Button variant="default" onClick={() => setKonfirmasi(false)}>
                      {t('umum.batal')}
                    </Button>
                    <Button color="teal" loading={terapkan.isPending} onClick={() => terapkan.mutate({ id: p.id })} data-testid="impor-konfirmasi-ya">
                      {t('impor.terapkanYa')}
                    </Button>
                  </Group>
                </Stack>
              </Modal>
            </Stack>
          ) : null}
        </Langkah>
      ) : null}

      <Card withBorder padding="md" data-testid="impor-ekspor">
        <Stack gap="sm">
          <Title order={2} fz="lg">
            {t('impor.eksporJudul')}
          </Title>
          <Text size="sm">{t('impor.eksporTeks')}</Text>
          <Group gap="sm">
            <Button component="a" href={unduhan.eksporPegawai()} download leftSection={<IconFileSpreadsheet size={18} />} variant="light" data-testid="ekspor-pegawai">
              {t('impor.eksporPegawai')}
            </Button>
            <Button component="a" href={unduhan.eksporUnitKerja()} download leftSection={<IconFileSpreadsheet size={18} />} variant="light" data-testid="ekspor-unit-kerja">
              {t('impor.eksporUnit')}
            </Button>
          </Group>
        </Stack>
      </Card>
    </Stack>
  );
}
