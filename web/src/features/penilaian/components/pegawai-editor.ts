// The state of the realisasi editor. The typed content is a local draft on top of the last saved version: saving
// sends it with that versi; when somebody changed the record meanwhile the server answers DATA.KONFLIK and the draft
// stays on screen until the pegawai chooses to reload. While the draft is clean it follows the server. What blocks
// submission (indicators without realisasi) is computed live with the domain's rule. Same approach as the SKP editor.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RealisasiUbah } from '../../../../../contracts/penilaian.ts';
import { errorMessage } from '../../../i18n/error-message.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { useAksiPenilaian } from '../api/aksi-penilaian.ts';
import type { PenilaianDetail } from '../api/get-penilaian.ts';
import { useUbahRealisasi } from '../api/ubah-realisasi.ts';
import { lompatKe } from '../../../components/ui/daftar-periksa.tsx';
import { useJagaPerubahan } from '../../../components/ui/jaga-perubahan.tsx';
import { beriTahu } from '../../../lib/beri-tahu.ts';
import { dariDetail, fieldRealisasi, indikatorKosong, keBody, periksaIsian, samaIsi, urutanIndikator, type DrafRealisasi, type IsianIndikator } from './pegawai-draf.ts';
import type { Kosong } from './pegawai-panel.tsx';

type Lokal = { dasar: PenilaianDetail; draf: DrafRealisasi };
type TFn = (key: string, opsi?: Record<string, unknown>) => string;


/** The empty indicators as the list shows them ("RHK 2 · Jumlah laporan"), with the field to jump to. */
function daftarKosong(d: PenilaianDetail, ids: readonly string[], t: TFn): Kosong[] {
  const kosong = new Set(ids);
  return d.rhk.flatMap((r, i) =>
    r.indikator.filter((k) => kosong.has(k.id)).map((k) => ({ indikatorId: k.id, teks: t('penilaian.kosong.item', { rhk: i + 1, uraian: k.uraian }), field: fieldRealisasi(k) })),
  );
}

export function useEditorRealisasi(d: PenilaianDetail, muatUlang: () => Promise<unknown>) {
  const { t } = useTranslation();
  const tt = t as unknown as TFn;
  const ubah = useUbahRealisasi();
  const aksi = useAksiPenilaian();
  const [lokal, setLokal] = useState<Lokal | null>(null);
  const [konflik, setKonflik] = useState(false);
  const [dicoba, setDicoba] = useState(false);
  const [memuatUlang, setMemuatUlang] = useState(false);

  const bisaUbah = d.peranSaya === 'pemilik' && d.aksi.includes('isi_realisasi');
  const urutan = useMemo(() => urutanIndikator(d), [d]);
  const drafServer = useMemo(() => dariDetail(d), [d]);
  const dasarLokal = useMemo(() => (lokal ? dariDetail(lokal.dasar) : null), [lokal]);
  const kotorLokal = lokal !== null && dasarLokal !== null && !samaIsi(lokal.draf, dasarLokal, urutan);
  // the draft is used while it holds changes, or while it is at least as new as the server's copy (just saved)
  const aktif = bisaUbah && lokal !== null && (kotorLokal || lokal.dasar.versi >= d.versi);
  const draf = aktif ? lokal.draf : drafServer;
  const dasar = aktif ? lokal.dasar : d;
  const kotor = aktif && kotorLokal;
  const versiBaru = aktif && kotor && lokal.dasar.versi < d.versi;

  const kosongIds = useMemo(() => (bisaUbah ? indikatorKosong(draf, urutan) : []), [bisaUbah, draf, urutan]);
  const kosong = useMemo(() => daftarKosong(d, kosongIds, tt), [d, kosongIds, tt]);
  const isianSalah = useMemo(() => (bisaUbah ? periksaIsian(draf, urutan) : []), [bisaUbah, draf, urutan]);
  const galatField = useMemo(
    () => new Map(dicoba ? isianSalah.map((s) => [s.field, tt(`penilaian.isian.${s.jenis}`, { maks: s.maks ?? 0 })]) : []),
    [dicoba, isianSalah, tt],
  );

  const blocker = useJagaPerubahan(kotor);

  const ubahDraf = (baru: DrafRealisasi) => setLokal({ dasar, draf: baru });
  const ubahIndikator = (id: string, isian: IsianIndikator) => ubahDraf({ ...draf, indikator: { ...draf.indikator, [id]: isian } });
  const ubahRefleksi = (refleksi: string) => ubahDraf({ ...draf, refleksi });

  const tandaiKonflik = () => {
    setKonflik(true);
    beriTahu('red', t('penilaian.konflik.judul'));
    requestAnimationFrame(() => document.getElementById('penilaian-konflik')?.scrollIntoView({ behavior: 'smooth', block: 'center' }));
  };

  const gagal = (error: unknown) => {
    if (isApiError(error, 'DATA.KONFLIK')) tandaiKonflik();
    else beriTahu('red', errorMessage(t, error));
  };

  /** Saves when there is something to save; the record as saved, or null when it could not be. */
  const simpan = async (): Promise<PenilaianDetail | null> => {
    setDicoba(true);
    const pertama = isianSalah[0];
    if (pertama) {
      beriTahu('orange', t('penilaian.notif.periksaIsian'));
      lompatKe(pertama.field);
      return null;
    }
    if (!kotor) return dasar;
    try {
      const hasil = await ubah.mutateAsync({ penilaianId: d.id, body: RealisasiUbah.parse(keBody(draf, urutan, dasar.versi)) });
      setLokal({ dasar: hasil, draf: dariDetail(hasil) });
      setKonflik(false);
      setDicoba(false);
      return hasil;
    } catch (error) {
      gagal(error);
      return null;
    }
  };

  const klikSimpan = async () => {
    const hasil = await simpan();
    if (hasil) beriTahu('teal', t('penilaian.notif.tersimpan'));
  };

  const jalankan = async (nama: 'ajukan' | 'tarik', versi: number) => {
    try {
      await aksi.mutateAsync({ penilaianId: d.id, body: { aksi: nama, versi } });
      setLokal(null);
      beriTahu('teal', t(`penilaian.notif.${nama}`));
      window.scrollTo({ top: 0, behavior: 'smooth' });
    } catch (error) {
      if (isApiError(error, 'PENILAIAN.REALISASI_BELUM_LENGKAP')) {
        beriTahu('orange', errorMessage(t, error));
        requestAnimationFrame(() => lompatKe('penilaian-kosong'));
      } else gagal(error);
    }
  };

  const klikAjukan = async () => {
    if (kosong.length > 0) {
      lompatKe('penilaian-kosong');
      return;
    }
    const hasil = await simpan();
    if (hasil) await jalankan('ajukan', hasil.versi);
  };

  const klikTarik = () => jalankan('tarik', d.versi);

  const klikMuatUlang = async () => {
    setMemuatUlang(true);
    try {
      await muatUlang();
      setLokal(null);
      setKonflik(false);
      setDicoba(false);
    } finally {
      setMemuatUlang(false);
    }
  };

  return {
    bisaUbah,
    draf,
    kotor,
    konflik: konflik || versiBaru,
    kosong,
    kosongIds: new Set(kosongIds),
    galatField,
    ubahIndikator,
    ubahRefleksi,
    klikSimpan,
    klikAjukan,
    klikTarik,
    klikMuatUlang,
    memuatUlang,
    menyimpan: ubah.isPending,
    aksiBerjalan: aksi.isPending ? (aksi.variables?.body.aksi ?? null) : null,
    blocker,
  };
}
