import { Alert, Box, Button, Card, Group, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { BERAKHLAK, NILAI_BERAKHLAK, type NilaiBerakhlak } from '../../../../../domain/berakhlak.ts';
import type { SkpDetail } from '../api/get-skp.ts';

export type IsiEkspektasi = Record<NilaiBerakhlak, string>;

export function isiEkspektasi(skp: Pick<SkpDetail, 'ekspektasi'>): IsiEkspektasi {
  const isi = Object.fromEntries(NILAI_BERAKHLAK.map((k) => [k, ''])) as IsiEkspektasi;
  for (const e of skp.ekspektasi) isi[e.nilai] = e.ekspektasi;
  return isi;
}

export function samaEkspektasi(a: IsiEkspektasi, b: IsiEkspektasi): boolean {
  return NILAI_BERAKHLAK.every((k) => a[k].trim() === b[k].trim());
}

type Props = {
  isi: IsiEkspektasi;
  onChange: (kode: NilaiBerakhlak, teks: string) => void;
  /** the penilai may write them now (SkpDetail.aksi includes 'ekspektasi') */
  bisaUbah: boolean;
  berubah: boolean;
  menyimpan: boolean;
  onSimpan: () => void;
  galat: string | null;
};

/**
 * Perilaku kerja: the 7 BerAKHLAK values with their panduan perilaku (official wording, domain/berakhlak.ts) and the
 * penilai's optional ekspektasi khusus per value (Permenpan-RB 6/2022: behaviour is not levelled by jabatan; the
 * penilai differentiates through these expectations).
 */
export function EkspektasiBerakhlak({ isi, onChange, bisaUbah, berubah, menyimpan, onSimpan, galat }: Props) {
  const { t } = useTranslation();
  return (
    <Card padding="md" data-testid="tinjau-berakhlak" component="section" aria-labelledby="tinjau-berakhlak-judul">
      <Stack gap="md">
        <Box>
          <Title order={2} fz="md" id="tinjau-berakhlak-judul">
            {t('skpPersetujuan.ekspektasi.judul')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('skpPersetujuan.ekspektasi.deskripsi')}
          </Text>
        </Box>
        {BERAKHLAK.map((n, i) => (
          <Stack key={n.kode} gap={6} pt={i > 0 ? 'sm' : 0} style={i > 0 ? { borderTop: '1px solid var(--mantine-color-gray-2)' } : undefined} data-testid={`berakhlak-${n.kode}`}>
            <Box>
              <Text fw={650} size="sm">
                {i + 1}. {n.nama}
              </Text>
              <Text size="xs" c="dimmed" fs="italic">
                {n.definisi}
              </Text>
            </Box>
            <List size="xs" spacing={2} c="dark.6" withPadding>
              {n.panduan.map((p) => (
                <List.Item key={p}>{p}</List.Item>
              ))}
            </List>
            {bisaUbah ? (
              <Textarea
                aria-label={`${t('skpPersetujuan.ekspektasi.label')}: ${n.nama}`}
                placeholder={t('skpPersetujuan.ekspektasi.placeholder')}
                value={isi[n.kode]}
                onChange={(e) => onChange(n.kode, e.currentTarget.value)}
                autosize
                minRows={1}
                maxRows={6}
                maxLength={1000}
                size="sm"
                data-testid={`ekspektasi-${n.kode}`}
              />
            ) : (
              <Box pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-kupang-2)' }} data-testid={`ekspektasi-${n.kode}`}>
                <Text size="xs" c="dimmed">
                  {t('skpPersetujuan.ekspektasi.label')}
                </Text>
                <Text size="sm" c={isi[n.kode] ? undefined : 'dimmed'} fs={isi[n.kode] ? undefined : 'italic'} style={{ whiteSpace: 'pre-wrap' }}>
                  {isi[n.kode] || t('skpPersetujuan.ekspektasi.kosong')}
                </Text>
              </Box>
            )}
          </Stack>
        ))}
        {galat ? (
          <Alert color="red" variant="light" data-testid="ekspektasi-galat">
            {galat}
          </Alert>
        ) : null}
        {bisaUbah ? (
          <Group justify="space-between" gap="xs">
            <Text size="xs" c={berubah ? 'orange.8' : 'dimmed'}>
              {berubah ? t('skpPersetujuan.ekspektasi.belumDisimpan') : ''}
            </Text>
            <Button leftSection={<IconDeviceFloppy size={16} />} variant="light" disabled={!berubah} loading={menyimpan} onClick={onSimpan} data-testid="ekspektasi-simpan">
              {t('skpPersetujuan.ekspektasi.simpan')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}
