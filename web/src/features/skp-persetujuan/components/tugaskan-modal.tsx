import { Alert, Blockquote, Box, Button, Checkbox, Group, List, Modal, ScrollArea, SegmentedControl, Stack, Text, TextInput, Textarea, ThemeIcon } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconCheck, IconSearch, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JenisRhk, StatusSkp } from '../../../../../domain/skp.ts';
import { errorMessage } from '../../../i18n/error-message.ts';
import { ApiError } from '../../../lib/api-client.ts';
import type { BawahanSkp } from '../api/get-antrian-skp.ts';
import { TugaskanRhk, useTugaskanRhk, type HasilTugaskan } from '../api/tugaskan-rhk.ts';
import { StatusSkpBadge } from './status-skp-badge.tsx';

export type RhkDitugaskan = { id: string; jenis: JenisRhk; uraian: string; nomor: number; sudahAda: ReadonlySet<string> };

// an RHK can only be put into an SKP that is being drafted (domain/skp.ts: tugaskan from draft | dikembalikan);
// without an SKP (or with a closed one) the server creates a draft
const BISA_DITUGASKAN: ReadonlyArray<StatusSkp | null> = [null, 'ditutup', 'draft', 'dikembalikan'];
// a kepala dinas picks among dozens: a search above this many
const BATAS_CARI = 10;
const bisa = (b: BawahanSkp) => BISA_DITUGASKAN.includes(b.skpId ? b.status : null);

// the codes a per-pegawai result may carry, said about that pegawai (the generic messages speak to "Anda")
const ALASAN = {
  'SKP.STATUS': 'SKP_STATUS',
  'SKP.PERIODE_DITUTUP': 'SKP_PERIODE_DITUTUP',
  'SKP.DI_LUAR_PERIODE': 'SKP_DI_LUAR_PERIODE',
  'SKP.TANPA_PENILAI': 'SKP_TANPA_PENILAI',
  'AKSES.DITOLAK': 'AKSES_DITOLAK',
  'DATA.KONFLIK': 'DATA_KONFLIK',
  'DATA.TIDAK_DITEMUKAN': 'DATA_TIDAK_DITEMUKAN',
} as const;

function useAlasan() {
  const { t } = useTranslation();
  return (code: string | null) => {
    const k = code && Object.hasOwn(ALASAN, code) ? ALASAN[code as keyof typeof ALASAN] : null;
    return k ? t(`skpPersetujuan.tugaskan.alasan.${k}`) : errorMessage(t, new ApiError(409, code ?? 'SISTEM.GALAT', ''));
  };
}

function Hasil({ hasil }: { hasil: HasilTugaskan }) {
  const { t } = useTranslation();
  const alasan = useAlasan();
  return (
    <Alert color={hasil.gagal > 0 ? 'orange' : 'teal'} variant="light" title={t('skpPersetujuan.tugaskan.hasilJudul', { berhasil: hasil.berhasil, gagal: hasil.gagal })} data-testid="tugaskan-hasil" data-berhasil={hasil.berhasil} data-gagal={hasil.gagal}>
      <List spacing={6} size="sm" center>
        {hasil.hasil.map((h) => (
          <List.Item
            key={h.pegawaiId}
            data-testid={`tugaskan-hasil-${h.pegawaiId}`}
            data-ok={h.ok}
            data-code={h.code ?? undefined}
            icon={
              <ThemeIcon size={20} radius="xl" color={h.ok ? 'teal' : 'red'}>
                {h.ok ? <IconCheck size={12} /> : <IconX size={12} />}
              </ThemeIcon>
            }
          >
            <Text span size="sm" fw={600}>
              {h.nama}
            </Text>
            {': '}
            <Text span size="sm">
              {h.ok ? t('skpPersetujuan.tugaskan.berhasil') : alasan(h.code)}
            </Text>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

function TugaskanForm({ skpId, rhk, bawahan, onClose, wide }: { skpId: string; rhk: RhkDitugaskan; bawahan: BawahanSkp[]; onClose: () => void; wide: boolean }) {
  const { t } = useTranslation();
  const tugaskan = useTugaskanRhk();
  const dapat = bawahan.filter(bisa);
  const [pilih, setPilih] = useState<Set<string>>(() => new Set());
  const [jenis, setJenis] = useState<JenisRhk>(rhk.jenis);
  const [uraian, setUraian] = useState('');
  const [galat, setGalat] = useState<string | null>(null);
  const [uraianGalat, setUraianGalat] = useState<string | null>(null);
  const [hasil, setHasil] = useState<HasilTugaskan | null>(null);

  const [cari, setCari] = useState('');
  const kata = cari.trim().toLowerCase();
  const terlihat = kata ? bawahan.filter((b) => b.pegawai.nama.toLowerCase().includes(kata) || (b.pegawai.jabatan ?? '').toLowerCase().includes(kata)) : bawahan;
  const dapatTerlihat = terlihat.filter(bisa);
  const terpilih = dapat.filter((b) => pilih.has(b.pegawai.pegawaiId));
  const terpilihTerlihat = dapatTerlihat.filter((b) => pilih.has(b.pegawai.pegawaiId));

  const kirim = () => {
    const teks = uraian.trim();
    if (teks && teks.length < 5) {
      setUraianGalat(t('skpPersetujuan.tugaskan.uraianPendek'));
      return;
    }
    const body = TugaskanRhk.safeParse({ pegawaiIds: terpilih.map((b) => b.pegawai.pegawaiId), jenis, uraian: teks || undefined });
    if (!body.success) {
      setGalat(body.error.issues[0]?.message ?? t('validasi.periksaIsian'));
      return;
    }
    setGalat(null);
    tugaskan.mutate(
      { skpId, rhkId: rhk.id, body: body.data },
      {
        onSuccess: (h) => {
          setHasil(h);
          setPilih(new Set());
        },
        onError: (e) => setGalat(errorMessage(t, e)),
      },
    );
  };

  if (hasil) {
    return (
      <Stack gap="md">
        <Hasil hasil={hasil} />
        <Group justify="flex-end">
          <Button onClick={onClose} data-testid="tugaskan-selesai">
            {t('skpPersetujuan.tugaskan.selesai')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        kirim();
      }}
      noValidate
    >
      <Stack gap="md">
        <Box>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase">
            {t('skpPersetujuan.tugaskan.rhkSaya')} · {t('skpPersetujuan.matriks.rhkKe', { n: rhk.nomor })}
          </Text>
          <Blockquote p="xs" mt={4} color="kupang" fz="sm">
            {rhk.uraian}
          </Blockquote>
        </Box>

        <Stack gap={6}>
          <Group justify="space-between" gap="xs">
            <Text size="sm" fw={600}>
              {t('skpPersetujuan.tugaskan.bawahan')}
            </Text>
            <Checkbox
              label={t('skpPersetujuan.tugaskan.pilihSemua', { count: dapatTerlihat.length })}
              checked={dapatTerlihat.length > 0 && terpilihTerlihat.length === dapatTerlihat.length}
              indeterminate={terpilihTerlihat.length > 0 && terpilihTerlihat.length < dapatTerlihat.length}
              disabled={dapatTerlihat.length === 0}
              onChange={(e) => {
                // "all" means all eligible ones that the search shows
                const on = e.currentTarget.checked;
                setPilih((s) => {
                  const n = new Set(s);
                  for (const b of dapatTerlihat) {
                    if (on) n.add(b.pegawai.pegawaiId);
                    else n.delete(b.pegawai.pegawaiId);
                  }
                  return n;
                });
              }}
              data-testid="tugaskan-pilih-semua"
            />
          </Group>
          {bawahan.length > BATAS_CARI ? (
            <TextInput
              type="search"
              size="sm"
              leftSection={<IconSearch size={16} />}
              placeholder={t('skpPersetujuan.bawahan.cari')}
              aria-label={t('skpPersetujuan.bawahan.cari')}
              value={cari}
              onChange={(e) => setCari(e.currentTarget.value)}
              data-testid="tugaskan-cari"
            />
          ) : null}
          <ScrollArea.Autosize mah={wide ? 260 : undefined} type="auto" offsetScrollbars>
            <Stack gap={4}>
              {terlihat.map((b) => {
                const id = b.pegawai.pegawaiId;
                const boleh = bisa(b);
                const status = b.skpId ? b.status : null;
                const ket = !boleh
                  ? t('skpPersetujuan.tugaskan.tidakBisa', { status: status ? t(`skpPersetujuan.status.${status}`) : '' })
                  : rhk.sudahAda.has(id)
                    ? t('skpPersetujuan.tugaskan.sudahAda')
                    : !b.skpId || status === 'ditutup'
                      ? t('skpPersetujuan.tugaskan.belumAdaSkp')
                      : b.pegawai.jabatan ?? undefined;
                return (
                  <Group key={id} gap="xs" wrap="nowrap" justify="space-between" align="flex-start" py={6} style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
                    <Checkbox
                      label={b.pegawai.nama}
                      description={ket}
                      checked={pilih.has(id)}
                      disabled={!boleh}
                      onChange={(e) => {
                        const on = e.currentTarget.checked;
                        setPilih((s) => {
                          const n = new Set(s);
                          if (on) n.add(id);
                          else n.delete(id);
                          return n;
                        });
                      }}
                      styles={{ body: { alignItems: 'flex-start' }, description: { color: !boleh || rhk.sudahAda.has(id) ? 'var(--mantine-color-orange-8)' : undefined } }}
                      data-testid={`tugaskan-pegawai-${id}`}
                    />
                    <Box style={{ flexShrink: 0 }}>
                      <StatusSkpBadge status={status} size="xs" />
                    </Box>
                  </Group>
                );
              })}
            </Stack>
          </ScrollArea.Autosize>
        </Stack>

        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('skpPersetujuan.tugaskan.jenis')}
          </Text>
          <SegmentedControl
            value={jenis}
            onChange={(v) => setJenis(v as JenisRhk)}
            data={[
              { value: 'utama', label: t('skpPersetujuan.jenis.utama') },
              { value: 'tambahan', label: t('skpPersetujuan.jenis.tambahan') },
            ]}
            data-testid="tugaskan-jenis"
          />
        </Stack>

        <Textarea
          label={t('skpPersetujuan.tugaskan.uraian')}
          description={t('skpPersetujuan.tugaskan.uraianKet')}
          placeholder={rhk.uraian}
          value={uraian}
          onChange={(e) => {
            setUraian(e.currentTarget.value);
            setUraianGalat(null);
          }}
          error={uraianGalat}
          autosize
          minRows={2}
          maxLength={2000}
          data-testid="tugaskan-uraian"
        />

        {galat ? (
          <Alert color="red" variant="light" data-testid="tugaskan-galat">
            {galat}
          </Alert>
        ) : null}

        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('umum.batal')}
          </Button>
          <Button type="submit" disabled={terpilih.length === 0} loading={tugaskan.isPending} data-testid="tugaskan-konfirmasi">
            {t('skpPersetujuan.tugaskan.konfirmasi', { count: terpilih.length })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** "Tugaskan ke bawahan": put one of my RHK into several bawahan's SKPs at once, then show who got it and who not. */
export function TugaskanModal({ skpId, rhk, bawahan, onClose }: { skpId: string; rhk: RhkDitugaskan | null; bawahan: BawahanSkp[]; onClose: () => void }) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 48em)', false, { getInitialValueInEffect: false });
  return (
    <Modal opened={!!rhk} onClose={onClose} title={t('skpPersetujuan.tugaskan.judul')} centered size="lg" fullScreen={!wide}>
      {rhk ? <TugaskanForm key={rhk.id} skpId={skpId} rhk={rhk} bawahan={bawahan} onClose={onClose} wide={wide} /> : null}
    </Modal>
  );
}
