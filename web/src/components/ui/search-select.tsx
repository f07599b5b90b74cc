import { Loader, Select, type ComboboxItem } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type SearchOption = { value: string; label: string; description?: string };

/**
 * A Select whose options come from a server search (thousands of jabatan do not fit in one list): the caller owns the
 * search text and the request; this only shows what came back. The selected option is kept among the options so its
 * label stays visible while a new search runs.
 */
export function SearchSelect({
  label,
  placeholder,
  value,
  selected,
  onChange,
  search,
  onSearchChange,
  options,
  loading,
  error,
  required,
  description,
  testId,
  disabled,
}: {
  label: string;
  placeholder?: string;
  value: string | null;
  /** the option of `value`, so its label shows before any search */
  selected?: SearchOption | null;
  onChange: (value: string | null, option: SearchOption | null) => void;
  search: string;
  onSearchChange: (value: string) => void;
  options: SearchOption[];
  loading?: boolean;
  error?: string | undefined;
  required?: boolean;
  description?: string;
  testId: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const data: SearchOption[] = selected && !options.some((o) => o.value === selected.value) ? [selected, ...options] : options;
  const byValue = new Map(data.map((o) => [o.value, o]));
  return (
    <Select
      label={label}
      placeholder={placeholder}
      description={description}
      data={data.map((o) => ({ value: o.value, label: o.label }))}
      value={value}
      onChange={(v) => onChange(v, v ? (byValue.get(v) ?? null) : null)}
      searchable
      searchValue={search}
      onSearchChange={onSearchChange}
      // the server already filtered; filtering again on the label would hide matches on the unit name
      filter={({ options: o }) => o}
      renderOption={({ option }: { option: ComboboxItem }) => {
        const o = byValue.get(option.value);
        return (
          <div>
            <div>{option.label}</div>
            {o?.description ? <div style={{ fontSize: 'var(--mantine-font-size-xs)', color: 'var(--mantine-color-dimmed)' }}>{o.description}</div> : null}
          </div>
        );
      }}
      nothingFoundMessage={loading ? t('umum.memuat') : t('komponen.tidakAdaPilihan')}
      rightSection={loading ? <Loader size={14} /> : undefined}
      clearable
      required={required}
      error={error}
      disabled={disabled}
      data-testid={testId}
      comboboxProps={{ withinPortal: true }}
      maxDropdownHeight={320}
    />
  );
}
