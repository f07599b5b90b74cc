import { ActionIcon, Alert, Autocomplete, Button, Group, NumberInput, Paper, Progress, Select, SimpleGrid, Stack, Text, TextInput, Textarea, ThemeIcon } from '@mantine/core';
import { IconCamera, IconCloudOff, IconFile, IconLink, IconPaperclip, IconPhoto, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { rentangDariJam } from '../../../../../domain/aktivitas.ts';
import { tanggalWita } from '../../../../../domain/kalender.ts';
import { useRhkPilihan } from '../api/get-rhk-pilihan.ts';
import { errorMessage } from '../../../i18n/error-message.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { serverFieldErrors, zodFieldErrors, type FieldErrors } from '../../../lib/form-errors.ts';
import { TautanBaru, createTautan, uploadBukti, useDeleteBukti } from '../api/bukti.ts';
import { AktivitasBaru } from '../api/create-aktivitas.ts';
import type { Aktivitas } from '../api/get-aktivitas-list.ts';
import { AktivitasUbah, useUpdateAktivitas } from '../api/update-aktivitas.ts';
import { simpanAktivitas } from '../offline/antrean.ts';
import { useAntrean } from '../offline/use-antrean.ts';
import { durasi, formatMenit, formatUkuran } from './format.ts';

const FIELDS = ['tanggal', 'jamMulai', 'jamSelesai', 'uraian', 'volume', 'satuan', 'lokasi'] as const;
type Field = (typeof FIELDS)[number];

const SATUAN = ['kegiatan', 'dokumen', 'laporan', 'surat', 'berkas', 'orang', 'rapat', 'data', 'layanan', 'kunjungan'];
const TERIMA_BERKAS = 'image/*,application/pdf,.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods';

/** Server refusals that are about the time fields: the message goes under "jam" instead of only atop the form. */
const KODE_JAM = new Set(['AKTIVITAS.TUMPANG_TINDIH', 'AKTIVITAS.JAM_TIDAK_VALID']);
const KODE_TANGGAL = new Set(['AKTIVITAS.TANGGAL_MASA_DEPAN', 'AKTIVITAS.MELEWATI_BATAS']);

export type IsianAwal = {
  tanggal: string;
  jamMulai: string;
  jamSelesai: string;
  uraian?: string;
  volume?: number | null;
  satuan?: string | null;
  rhkId?: string | null;
};

type Lampiran =
  | { id: string; jenis: 'berkas'; nama: string; tipe: string; blob: Blob; pratinjau: string | null }
  | { id: string; jenis: 'tautan'; url: string };

export type HasilForm = { tertunda: boolean; peringatan: string[] };

/**
 * Log (or correct) one activity. New entries go through the device's outbox (offline/antrean.ts): saved on the
 * phone first, then sent — right away when online, later when not. Checked with the contract's zod schemas before
 * anything is sent; overlaps are the server's to find, and its message lands on the time fields.
 */
export function AktivitasForm({
  akunId,
  awal,
  aktivitas,
  onSelesai,
  onBatal,
}: {
  akunId: string;
  awal: IsianAwal;
  /** editing an existing activity (draft or perlu revisi) */
  aktivitas?: Aktivitas;
  onSelesai: (hasil: HasilForm) => void;
  onBatal: () => void;
}) {
  const { t } = useTranslation();
  const hariIni = tanggalWita(new Date());
  const wide = useMediaQuery('(min-width: 36em)', false, { getInitialValueInEffect: false });
  const [tanggal, setTanggal] = useState(aktivitas?.tanggal ?? awal.tanggal);
  const [jamMulai, setJamMulai] = useState(aktivitas?.jamMulai ?? awal.jamMulai);
  const [jamSelesai, setJamSelesai] = useState(aktivitas?.jamSelesai ?? awal.jamSelesai);
  const [uraian, setUraian] = useState(aktivitas?.uraian ?? awal.uraian ?? '');
  const [rhkId, setRhkId] = useState<string | null>(aktivitas?.rhkId ?? awal.rhkId ?? null);
  const tanggalValidUntukRhk = /^\d{4}-\d{2}-\d{2}$/.test(tanggal);
  const rhkPilihan = useRhkPilihan(tanggal, tanggalValidUntukRhk);
  const opsiRhk = useMemo(() => {
    const opsi = (rhkPilihan.data ?? []).map((r) => ({ value: r.id, label: `${t(r.jenis === 'utama' ? 'aktivitas.form.rhkUtama' : 'aktivitas.form.rhkTambahan')} · ${r.uraian}` }));
    // a link kept from before (e.g. offline, or an SKP since split) stays visible until the user changes it
    if (rhkId && !opsi.some((o) => o.value === rhkId)) opsi.unshift({ value: rhkId, label: aktivitas?.rhkUraian ?? t('aktivitas.form.rhkTersimpan') });
    return opsi;
  }, [rhkPilihan.data, rhkId, aktivitas?.rhkUraian, t]);
  const [volume, setVolume] = useState<number | string>(aktivitas?.volume ?? awal.volume ?? '');
  const [satuan, setSatuan] = useState(aktivitas?.satuan ?? awal.satuan ?? '');
  const [lokasi, setLokasi] = useState(aktivitas?.lokasi ?? '');
  const [lampiran, setLampiran] = useState<Lampiran[]>([]);
  const [tautanBaru, setTautanBaru] = useState('');
  const [tautanGalat, setTautanGalat] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [galat, setGalat] = useState<unknown>(null);
  const [mengirim, setMengirim] = useState(false);
  const [progresUbah, setProgresUbah] = useState<{ id: string; fraksi: number } | null>(null);
  const kamera = useRef<HTMLInputElement>(null);
  const berkas = useRef<HTMLInputElement>(null);
  const uraianRef = useRef<HTMLTextAreaElement>(null);
  const antrean = useAntrean(akunId);
  const ubah = useUpdateAktivitas();
  const hapusBukti = useDeleteBukti();
  const [buktiLama, setBuktiLama] = useState(aktivitas?.bukti ?? []);

  // object URLs of photo previews are released when the form closes
  const lampiranRef = useRef(lampiran);
  useEffect(() => {
    lampiranRef.current = lampiran;
  }, [lampiran]);
  useEffect(
    () => () => {
      for (const l of lampiranRef.current) if (l.jenis === 'berkas' && l.pratinjau) URL.revokeObjectURL(l.pratinjau);
    },
    [],
  );
  // a repeated activity arrives with its text: the cursor goes to the end, ready for "Simpan"
  useEffect(() => {
    if (!awal.uraian && !aktivitas) uraianRef.current?.focus();
  }, [awal.uraian, aktivitas]);

  const menit = durasi(jamMulai, jamSelesai);
  const clear = (f: Field) => setErrors((e) => ({ ...e, [f]: undefined }));

  const tambahBerkas = (files: FileList | null) => {
    if (!files) return;
    const baru: Lampiran[] = Array.from(files).map((f) => ({
      id: crypto.randomUUID(),
      jenis: 'berkas',
      nama: f.name || `foto-${Date.now()}.jpg`,
      tipe: f.type,
      blob: f,
      pratinjau: f.type.startsWith('image/') ? URL.createObjectURL(f) : null,
    }));
    setLampiran((l) => [...l, ...baru]);
  };

  const tambahTautan = () => {
    const parsed = TautanBaru.safeParse({ url: tautanBaru });
    if (!parsed.success) {
      setTautanGalat(parsed.error.issues[0]?.message ?? t('aktivitas.form.tautanTidakValid'));
      return;
    }
    setLampiran((l) => [...l, { id: crypto.randomUUID(), jenis: 'tautan', url: parsed.data.url }]);
    setTautanBaru('');
    setTautanGalat(null);
  };

  const hapusLampiran = (id: string) =>
    setLampiran((l) => {
      const x = l.find((y) => y.id === id);
      if (x?.jenis === 'berkas' && x.pratinjau) URL.revokeObjectURL(x.pratinjau);
      return l.filter((y) => y.id !== id);
    });

  const nilai = useMemo(
    () => ({
      tanggal,
      jamMulai,
      jamSelesai,
      uraian,
      rhkId,
      volume: volume === '' || volume === null ? null : Number(volume),
      satuan: satuan || null,
      lokasi: lokasi || null,
    }),
    [tanggal, jamMulai, jamSelesai, uraian, rhkId, volume, satuan, lokasi],
  );

  const periksa = (ajukan: boolean) => {
    const parsed = aktivitas ? AktivitasUbah.safeParse({ ...nilai, versi: aktivitas.versi }) : AktivitasBaru.safeParse({ ...nilai, ajukan });
    const next: FieldErrors<Field> = parsed.success ? {} : zodFieldErrors(t, parsed.error.issues, FIELDS);
    if (!next.jamSelesai && !next.jamMulai && rentangDariJam(jamMulai, jamSelesai) === 'SELESAI_SEBELUM_MULAI') next.jamSelesai = t('aktivitas.form.selesaiSebelumMulai');
    if (!next.tanggal && tanggal > hariIni) next.tanggal = t('aktivitas.form.tanggalMasaDepan');
    if (!next.satuan && satuan && (volume === '' || volume === null)) next.volume = t('aktivitas.form.volumeWajib');
    setErrors(next);
    return Object.values(next).some(Boolean) ? null : parsed;
  };

  const tanganiGalat = (error: unknown) => {
    setGalat(error);
    if (isApiError(error)) {
      const perField = serverFieldErrors(error.fieldIssues, FIELDS);
      if (KODE_JAM.has(error.code)) perField.jamSelesai = errorMessage(t, error);
      if (KODE_TANGGAL.has(error.code)) perField.tanggal = errorMessage(t, error);
      setErrors(perField);
    }
  };

  const kirim = async (ajukan: boolean) => {
    setGalat(null);
    const parsed = periksa(ajukan);
    if (!parsed?.success) return;
    setMengirim(true);
    try {
      if (aktivitas) {
        const tersimpan = await ubah.mutateAsync({ id: aktivitas.id, body: parsed.data as AktivitasUbah });
        const peringatan = [...tersimpan.peringatan];
        for (const l of lampiran) {
          if (l.jenis === 'berkas') {
            setProgresUbah({ id: l.id, fraksi: 0 });
            await uploadBukti(aktivitas.id, l.blob, l.nama, (fraksi) => setProgresUbah({ id: l.id, fraksi }));
          } else await createTautan(aktivitas.id, { url: l.url, nama: null });
          hapusLampiran(l.id);
        }
        setProgresUbah(null);
        onSelesai({ tertunda: false, peringatan });
        return;
      }
      const hasil = await simpanAktivitas({
        akunId,
        isian: { ...(parsed.data as AktivitasBaru), kunciIdempoten: crypto.randomUUID(), dibuatDiPerangkat: new Date().toISOString() },
        berkas: lampiran.flatMap((l) => (l.jenis === 'berkas' ? [{ nama: l.nama, tipe: l.tipe, blob: l.blob }] : [])),
        tautan: lampiran.flatMap((l) => (l.jenis === 'tautan' ? [{ url: l.url, nama: null }] : [])),
      });
      onSelesai(hasil.terkirim ? { tertunda: false, peringatan: hasil.peringatan } : { tertunda: true, peringatan: [] });
    } catch (error) {
      setProgresUbah(null);
      tanganiGalat(error);
    } finally {
      setMengirim(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void kirim(true);
  };

  // upload progress: of the entry this form is sending (new) or of the file being sent (edit)
  const progres = progresUbah ?? (antrean.progres ? { id: antrean.progres.berkasId, fraksi: antrean.progres.fraksi } : null);
  const sedangUnggah = mengirim && lampiran.some((l) => l.jenis === 'berkas');

  return (
    <form onSubmit={submit} noValidate data-testid="aktivitas-form">
      <Stack gap="sm">
        {typeof navigator !== 'undefined' && navigator.onLine === false && !aktivitas ? (
          <Alert color="cendana" variant="light" icon={<IconCloudOff size={18} />} data-testid="aktivitas-form-offline" p="xs">
            <Text size="sm">{t('aktivitas.form.offline')}</Text>
          </Alert>
        ) : null}
        {galat && !Object.values(errors).some(Boolean) ? (
          <Alert color="red" variant="light" data-testid="aktivitas-form-error" data-code={isApiError(galat) ? galat.code : undefined} role="alert" p="xs">
            <Text size="sm">{errorMessage(t, galat)}</Text>
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 2, xs: 3 }} spacing="sm">
          <TextInput
            type="date"
            label={t('aktivitas.form.tanggal')}
            value={tanggal}
            max={hariIni}
            onChange={(e) => {
              setTanggal(e.currentTarget.value);
              clear('tanggal');
            }}
            error={errors.tanggal}
            required
            style={{ gridColumn: wide ? undefined : '1 / -1' }}
            data-testid="aktivitas-tanggal"
          />
          <TextInput
            type="time"
            label={t('aktivitas.form.jamMulai')}
            value={jamMulai}
            onChange={(e) => {
              setJamMulai(e.currentTarget.value);
              clear('jamMulai');
              clear('jamSelesai');
            }}
            error={errors.jamMulai ?? (errors.jamSelesai ? ' ' : undefined)}
            required
            data-testid="aktivitas-jam-mulai"
          />
          <TextInput
            type="time"
            label={t('aktivitas.form.jamSelesai')}
            value={jamSelesai}
            onChange={(e) => {
              setJamSelesai(e.currentTarget.value);
              clear('jamSelesai');
            }}
            error={errors.jamSelesai}
            description={menit ? t('aktivitas.form.lamanya', { durasi: formatMenit(menit, t('aktivitas.jamSingkat')) }) : undefined}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            required
            data-testid="aktivitas-jam-selesai"
          />
        </SimpleGrid>
        {errors.jamSelesai ? (
          <Text size="sm" c="red" role="alert" data-testid="aktivitas-jam-error">
            {errors.jamSelesai}
          </Text>
        ) : null}
        <Textarea
          ref={uraianRef}
          label={t('aktivitas.form.uraian')}
          placeholder={t('aktivitas.form.uraianContoh')}
          value={uraian}
          onChange={(e) => {
            setUraian(e.currentTarget.value);
            clear('uraian');
          }}
          error={errors.uraian}
          required
          autosize
          minRows={2}
          maxRows={6}
          maxLength={2000}
          data-testid="aktivitas-uraian"
        />
        <Select
          label={t('aktivitas.form.rhk')}
          placeholder={rhkPilihan.isFetching ? t('aktivitas.form.rhkMemuat') : opsiRhk.length ? t('aktivitas.form.rhkPilih') : t('aktivitas.form.rhkTidakAda')}
          description={t('aktivitas.form.rhkKeterangan')}
          data={opsiRhk}
          value={rhkId}
          onChange={(v) => setRhkId(v)}
          disabled={opsiRhk.length === 0}
          clearable
          searchable
          comboboxProps={{ withinPortal: true }}
          data-testid="aktivitas-rhk"
        />
        <Group grow align="flex-start" gap="sm" wrap="nowrap">
          <NumberInput
            label={t('aktivitas.form.volume')}
            value={volume}
            onChange={(v) => {
              setVolume(v);
              clear('volume');
            }}
            min={0}
            decimalScale={2}
            hideControls
            inputMode="decimal"
            error={errors.volume}
            data-testid="aktivitas-volume"
          />
          <Autocomplete
            label={t('aktivitas.form.satuan')}
            placeholder={t('aktivitas.form.satuanContoh')}
            data={SATUAN}
            value={satuan}
            onChange={(v) => {
              setSatuan(v);
              clear('satuan');
              clear('volume');
            }}
            error={errors.satuan}
            maxLength={50}
            data-testid="aktivitas-satuan"
          />
        </Group>
        <TextInput
          label={t('aktivitas.form.lokasi')}
          placeholder={t('aktivitas.form.lokasiContoh')}
          value={lokasi}
          onChange={(e) => setLokasi(e.currentTarget.value)}
          error={errors.lokasi}
          maxLength={200}
          data-testid="aktivitas-lokasi"
        />

        <Stack gap={6}>
          <Text size="sm" fw={500}>
            {t('aktivitas.form.bukti')}
          </Text>
          <Group gap="xs" grow>
            <Button variant="light" leftSection={<IconCamera size={18} />} onClick={() => kamera.current?.click()} data-testid="aktivitas-kamera-tombol">
              {t('aktivitas.form.foto')}
            </Button>
            <Button variant="light" leftSection={<IconPaperclip size={18} />} onClick={() => berkas.current?.click()} data-testid="aktivitas-berkas-tombol">
              {t('aktivitas.form.berkas')}
            </Button>
          </Group>
          <input
            ref={kamera}
            type="file"
            accept="image/*"
            capture="environment"
            hidden
            data-testid="aktivitas-kamera"
            onChange={(e) => {
              tambahBerkas(e.currentTarget.files);
              e.currentTarget.value = '';
            }}
          />
          <input
            ref={berkas}
            type="file"
            accept={TERIMA_BERKAS}
            multiple
            hidden
            data-testid="aktivitas-berkas"
            onChange={(e) => {
              tambahBerkas(e.currentTarget.files);
              e.currentTarget.value = '';
            }}
          />
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              type="url"
              inputMode="url"
              placeholder={t('aktivitas.form.tautanContoh')}
              leftSection={<IconLink size={16} />}
              value={tautanBaru}
              onChange={(e) => {
                setTautanBaru(e.currentTarget.value);
                setTautanGalat(null);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  tambahTautan();
                }
              }}
              error={tautanGalat}
              aria-label={t('aktivitas.form.tautan')}
              data-testid="aktivitas-tautan"
            />
            <ActionIcon variant="light" size={36} onClick={tambahTautan} aria-label={t('aktivitas.form.tambahTautan')} data-testid="aktivitas-tautan-tambah" disabled={!tautanBaru.trim()}>
              <IconPlus size={18} />
            </ActionIcon>
          </Group>
          {buktiLama.length + lampiran.length > 0 ? (
            <Stack gap={6} data-testid="aktivitas-lampiran">
              {buktiLama.map((b) => (
                <Paper key={b.id} withBorder p={6} data-testid="aktivitas-lampiran-item" data-jenis={b.jenis}>
                  <Group gap="xs" wrap="nowrap">
                    <ThemeIcon variant="light" size={36}>
                      {b.jenis === 'tautan' ? <IconLink size={18} /> : b.mime?.startsWith('image/') ? <IconPhoto size={18} /> : <IconFile size={18} />}
                    </ThemeIcon>
                    <Text size="sm" truncate="end" style={{ flex: 1, minWidth: 0 }}>
                      {b.jenis === 'tautan' ? (b.url ?? b.nama) : b.nama}
                    </Text>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('aktivitas.form.hapusLampiran')}
                      loading={hapusBukti.isPending && hapusBukti.variables?.buktiId === b.id}
                      onClick={() =>
                        aktivitas &&
                        hapusBukti.mutate({ aktivitasId: aktivitas.id, buktiId: b.id }, { onSuccess: () => setBuktiLama((l) => l.filter((x) => x.id !== b.id)), onError: setGalat })
                      }
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Group>
                </Paper>
              ))}
              {lampiran.map((l) => (
                <Paper key={l.id} withBorder p={6} data-testid="aktivitas-lampiran-item" data-jenis={l.jenis}>
                  <Group gap="xs" wrap="nowrap">
                    {l.jenis === 'berkas' && l.pratinjau ? (
                      <img src={l.pratinjau} alt="" width={36} height={36} style={{ objectFit: 'cover', borderRadius: 6, flexShrink: 0 }} />
                    ) : (
                      <ThemeIcon variant="light" size={36}>
                        {l.jenis === 'tautan' ? <IconLink size={18} /> : <IconFile size={18} />}
                      </ThemeIcon>
                    )}
                    <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                      <Text size="sm" truncate="end">
                        {l.jenis === 'tautan' ? l.url : l.nama}
                      </Text>
                      {l.jenis === 'berkas' ? (
                        <Text size="xs" c="dimmed">
                          {formatUkuran(l.blob.size)}
                        </Text>
                      ) : null}
                    </Stack>
                    <ActionIcon variant="subtle" color="red" onClick={() => hapusLampiran(l.id)} aria-label={t('aktivitas.form.hapusLampiran')} disabled={mengirim}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Group>
                </Paper>
              ))}
            </Stack>
          ) : null}
          {sedangUnggah && progres ? (
            <Stack gap={2} data-testid="aktivitas-unggah">
              <Text size="xs" c="dimmed">
                {t('aktivitas.form.mengunggah', { persen: Math.round(progres.fraksi * 100) })}
              </Text>
              <Progress value={Math.round(progres.fraksi * 100)} size="md" animated data-testid="aktivitas-unggah-progres" />
            </Stack>
          ) : null}
        </Stack>

        <Group justify="space-between" gap="sm" mt="xs" wrap="wrap-reverse">
          <Button variant="subtle" color="gray" onClick={onBatal} disabled={mengirim} data-testid="aktivitas-batal">
            {t('umum.batal')}
          </Button>
          <Group gap="xs" wrap="nowrap" style={{ flex: '1 1 auto' }} justify="flex-end">
            {!aktivitas ? (
              <Button variant="default" onClick={() => void kirim(false)} disabled={mengirim} data-testid="aktivitas-simpan-draf">
                {t('aktivitas.form.simpanDraf')}
              </Button>
            ) : null}
            <Button type="submit" loading={mengirim} data-testid="aktivitas-simpan">
              {aktivitas ? t('aktivitas.form.simpanUbah') : t('aktivitas.form.simpan')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
