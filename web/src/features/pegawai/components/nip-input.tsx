import { Text, TextInput } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNip, normalisasiNip, validateNip, type JenisAsnBernomor } from '../../../../../domain/nip.ts';
import { formatTanggal } from '../../../utils/format.ts';

/**
 * What to say about a NIP / NI PPPK while it is typed (DOMAIN.md §1: "a message that says which part is wrong").
 * The domain's own validator runs in the browser; a number that is merely still short is not an error until the
 * field is left.
 */
export function nipUmpanBalik(raw: string, jenisAsn: JenisAsnBernomor, sedangDiketik: boolean, bahasa: string) {
  const nip = normalisasiNip(raw);
  if (!nip) return { error: undefined, valid: null };
  const r = validateNip(raw, jenisAsn);
  if (r.ok) return { error: undefined, valid: r };
  if (r.code === 'NIP.PANJANG' && nip.length < 18 && sedangDiketik) return { error: undefined, valid: null };
  return { error: bahasa === 'en' ? r.message : r.pesan, valid: null };
}

export function NipInput({ value, onChange, jenisAsn, error, label }: { value: string; onChange: (v: string) => void; jenisAsn: JenisAsnBernomor; error?: string | undefined; label: string }) {
  const { t, i18n } = useTranslation();
  const bahasa = i18n.resolvedLanguage ?? 'id';
  const [fokus, setFokus] = useState(false);
  const umpan = nipUmpanBalik(value, jenisAsn, fokus, bahasa);
  const shown = umpan.error ?? error;
  return (
    <div>
      <TextInput
        label={label}
        description={jenisAsn === 'PNS' ? t('kelolaPegawai.nipKetPns') : t('kelolaPegawai.nipKetPppk')}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        onFocus={() => setFokus(true)}
        onBlur={() => setFokus(false)}
        error={shown}
        errorProps={{ 'data-testid': 'pegawai-nip-error' }}
        inputMode="numeric"
        autoComplete="off"
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        required
        maxLength={24}
        data-testid="pegawai-nip"
      />
      {umpan.valid ? (
        <Text size="xs" c="teal.8" mt={4} data-testid="pegawai-nip-info">
          <IconCircleCheck size={14} style={{ verticalAlign: '-2px', marginRight: 4 }} />
          {t('kelolaPegawai.nipValid', {
            nip: formatNip(umpan.valid.nip, jenisAsn),
            lahir: formatTanggal(umpan.valid.tanggalLahir, bahasa),
            jk: t(`jenisKelamin.${umpan.valid.jenisKelamin}`),
          })}
        </Text>
      ) : null}
    </div>
  );
}
