import { Button, Collapse, Group, Select } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconFilter, IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { JENIS_ASN, JENIS_JABATAN, STATUS_PEGAWAI } from '../../../../../contracts/kepegawaian.ts';
import { useUrlFilters } from '../../../hooks/use-url-filters.ts';
import { useUnitSaringan } from '../api/get-unit-saringan.ts';

export const KUNCI_SARINGAN = ['unit', 'status', 'asn', 'jabatan'] as const;
const DIIZINKAN = { status: STATUS_PEGAWAI, asn: JENIS_ASN, jabatan: JENIS_JABATAN };

/** The list's filters as kept in the URL (`?unit=…&status=aktif&asn=PNS&jabatan=fungsional`). */
export function usePegawaiSaringan() {
  return useUrlFilters(KUNCI_SARINGAN, DIIZINKAN);
}

/** Unit (with its sub-units, from the caller's own tree), status, jenis ASN and jenis jabatan. */
export function PegawaiSaringan() {
  const { t } = useTranslation();
  const { values, setFilter, clear, active } = usePegawaiSaringan();
  const units = useUnitSaringan(true);
  const unitData = (units.data?.items ?? []).map((u) => ({ value: u.id, label: `${'  '.repeat(Math.max(0, u.kedalaman - 1))}${u.nama}` }));
  // four selects would push the list below the fold on a phone: there they sit behind a button
  const wide = useMediaQuery('(min-width: 48em)', false, { getInitialValueInEffect: false });
  const [opened, { toggle }] = useDisclosure(active > 0);
  const fields = (
    <Group gap="sm" align="flex-end" wrap="wrap" data-testid="pegawai-saringan">
      <Select
        label={t('kelolaPegawai.saringUnit')}
        placeholder={t('kelolaPegawai.semuaUnit')}
        data={unitData}
        value={values.unit ?? null}
        onChange={(v) => setFilter('unit', v)}
        searchable
        clearable
        limit={60}
        nothingFoundMessage={t('komponen.tidakAdaPilihan')}
        style={{ flex: '1 1 16rem', maxWidth: 380 }}
        data-testid="pegawai-filter-unit"
        comboboxProps={{ withinPortal: true }}
      />
      <Select
        label={t('kelolaPegawai.saringStatus')}
        placeholder={t('kelolaPegawai.semua')}
        data={STATUS_PEGAWAI.map((s) => ({ value: s, label: t(`statusPegawai.${s}`) }))}
        value={values.status ?? null}
        onChange={(v) => setFilter('status', v)}
        clearable
        w={150}
        data-testid="pegawai-filter-status"
        comboboxProps={{ withinPortal: true }}
      />
      <Select
        label={t('kelolaPegawai.saringAsn')}
        placeholder={t('kelolaPegawai.semua')}
        data={JENIS_ASN.map((s) => ({ value: s, label: t(`jenisAsn.${s}`) }))}
        value={values.asn ?? null}
        onChange={(v) => setFilter('asn', v)}
        clearable
        w={180}
        data-testid="pegawai-filter-asn"
        comboboxProps={{ withinPortal: true }}
      />
      <Select
        label={t('kelolaPegawai.saringJabatan')}
        placeholder={t('kelolaPegawai.semua')}
        data={JENIS_JABATAN.map((s) => ({ value: s, label: t(`jenisJabatan.${s}`) }))}
        value={values.jabatan ?? null}
        onChange={(v) => setFilter('jabatan', v)}
        clearable
        w={210}
        data-testid="pegawai-filter-jabatan"
        comboboxProps={{ withinPortal: true }}
      />
      {active > 0 ? (
        <Button variant="subtle" leftSection={<IconFilterOff size={16} />} onClick={clear} data-testid="pegawai-filter-hapus">
          {t('kelolaPegawai.hapusSaringan')}
        </Button>
      ) : null}
    </Group>
  );
  if (wide) return fields;
  return (
    <div>
      <Button variant={active > 0 ? 'light' : 'default'} leftSection={<IconFilter size={16} />} onClick={toggle} aria-expanded={opened} data-testid="pegawai-saringan-toggle">
        {active > 0 ? t('kelolaPegawai.saringanAktif', { count: active }) : t('kelolaPegawai.saringan')}
      </Button>
      <Collapse expanded={opened}>
        <div style={{ paddingTop: 'var(--mantine-spacing-sm)' }}>{fields}</div>
      </Collapse>
    </div>
  );
}
