import { CloseButton, Combobox, Group, Loader, Paper, Stack, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconUserCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNip } from '../../../utils/format.ts';
import { useSearchPegawai, type PegawaiOpsi } from '../api/search-pegawai.ts';

/**
 * Finds a pegawai by NIP prefix or name (server search, 20 matches) and shows the one chosen with NIP, jabatan and
 * unit, because names repeat among 8,000 pegawai. testIds: `<testId>` (the search box), `pegawai-opsi` (each match,
 * `data-id`), `<testId>-terpilih` (the choice), `<testId>-hapus`.
 */
export function PegawaiPicker({
  label,
  description,
  value,
  onChange,
  error,
  required,
  excludeIds = [],
  testId,
}: {
  label: string;
  description?: string;
  value: PegawaiOpsi | null;
  onChange: (pegawai: PegawaiOpsi | null) => void;
  error?: string;
  required?: boolean;
  excludeIds?: readonly string[];
  testId: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const query = useSearchPegawai(debounced);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });

  const items = debounced.length >= 2 ? (query.data?.items ?? []).filter((p) => !excludeIds.includes(p.id)) : [];
  const busy = query.isFetching || search.trim() !== debounced;

  if (value) {
    return (
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {label}
          {required ? <Text span c="red"> *</Text> : null}
        </Text>
        <Paper withBorder p="xs" data-testid={`${testId}-terpilih`} data-id={value.id}>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <IconUserCheck size={20} color="var(--mantine-color-kupang-7)" style={{ flexShrink: 0, marginTop: 2 }} />
            <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
              <Text size="sm" fw={600}>
                {value.namaLengkap}
              </Text>
              <Text size="xs" ff="monospace" c="dimmed">
                {value.nip ? formatNip(value.nip) : t('profil.tanpaNip')}
              </Text>
              <Text size="xs" c="dimmed">
                {[value.jabatan, value.unit].filter(Boolean).join(' · ')}
              </Text>
            </Stack>
            <CloseButton
              aria-label={t('penilai.picker.ganti')}
              onClick={() => {
                onChange(null);
                setSearch('');
              }}
              data-testid={`${testId}-hapus`}
            />
          </Group>
        </Paper>
        {error ? (
          <Text size="xs" c="red" role="alert">
            {error}
          </Text>
        ) : null}
      </Stack>
    );
  }

  return (
    <Combobox
      store={combobox}
      withinPortal
      onOptionSubmit={(id) => {
        const chosen = items.find((p) => p.id === id);
        if (chosen) onChange(chosen);
        combobox.closeDropdown();
      }}
    >
      <Combobox.Target>
        <TextInput
          label={label}
          description={description ?? t('penilai.picker.petunjuk')}
          placeholder={t('penilai.picker.placeholder')}
          value={search}
          required={required}
          error={error}
          leftSection={<IconSearch size={16} />}
          rightSection={busy && search.trim().length >= 2 ? <Loader size={14} /> : null}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onClick={() => combobox.openDropdown()}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          autoComplete="off"
          data-testid={testId}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={search.trim().length < 2}>
        <Combobox.Options mah={280} style={{ overflowY: 'auto' }}>
          {items.map((p) => (
            <Combobox.Option value={p.id} key={p.id} data-testid="pegawai-opsi" data-id={p.id}>
              <Stack gap={0}>
                <Text size="sm" fw={600}>
                  {p.namaLengkap}
                </Text>
                <Text size="xs" ff="monospace" c="dimmed">
                  {p.nip ? formatNip(p.nip) : t('profil.tanpaNip')}
                </Text>
                <Text size="xs" c="dimmed">
                  {[p.jabatan, p.unit].filter(Boolean).join(' · ')}
                </Text>
              </Stack>
            </Combobox.Option>
          ))}
          {items.length === 0 ? (
            <Combobox.Empty>{busy ? t('umum.memuat') : t('penilai.picker.kosong')}</Combobox.Empty>
          ) : null}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
