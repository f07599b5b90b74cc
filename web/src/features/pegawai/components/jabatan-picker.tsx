import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchSelect, type SearchOption } from '../../../components/ui/search-select.tsx';
import { useJabatanPilihan } from '../api/get-jabatan-pilihan.ts';

/** Jabatan by words of its name or its unit ("pengelola surveilans"), each shown with its unit and vacancy. */
export function JabatanPicker({
  label,
  value,
  onChange,
  error,
  kecuali,
  testId,
  placeholder,
  description,
}: {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string | undefined;
  /** the pegawai's current post, not a valid choice for a mutasi */
  kecuali?: string | null | undefined;
  testId: string;
  placeholder?: string;
  description?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<SearchOption | null>(null);
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const q = selected && debounced === selected.label ? '' : debounced;
  const query = useJabatanPilihan(q);
  const options = (query.data?.items ?? [])
    .filter((j) => j.id !== kecuali)
    .map((j) => ({ value: j.id, label: j.nama, description: j.lowong ? `${j.unit} · ${t('kelolaPegawai.lowong')}` : j.unit }));
  return (
    <SearchSelect
      label={label}
      placeholder={placeholder}
      description={description}
      value={value}
      selected={selected}
      onChange={(v, o) => {
        setSelected(o);
        onChange(v);
      }}
      search={search}
      onSearchChange={setSearch}
      options={options}
      loading={query.isFetching}
      error={error}
      required
      testId={testId}
    />
  );
}
