import { MultiSelect, Select, Text, type ComboboxItem, type ComboboxItemGroup, type ComboboxLikeRenderOptionInput, type ComboboxParsedItem, type OptionsFilter } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OpsiUnit } from './format.ts';

/** An option as its bare name, indented by depth inside its OPD group (the label with the OPD is for the chosen value). */
export function renderOpsiUnit(opsi: ReadonlyMap<string, OpsiUnit>) {
  return function OpsiUnitItem({ option }: ComboboxLikeRenderOptionInput<ComboboxItem>) {
    const o = opsi.get(option.value);
    return (
      <Text size="sm" pl={o && o.kedalaman > 2 ? (o.kedalaman - 2) * 12 : 0} fw={o?.kedalaman === 1 ? 600 : undefined}>
        {o?.nama ?? option.label}
      </Text>
    );
  };
}

const BATAS = 80;

/**
 * Every word typed must occur in the unit's name, abbreviation, code or OPD ("bappeda", "p2p dinkes"); at most BATAS
 * options are shown in all, and groups left empty are dropped.
 */
function saringUnit(opsi: ReadonlyMap<string, OpsiUnit>): OptionsFilter<string> {
  return ({ options, search }) => {
    const kata = search.trim().toLowerCase().split(/\s+/).filter(Boolean);
    const cocok = (item: ComboboxItem) => {
      const teks = opsi.get(item.value)?.cari ?? item.label.toLowerCase();
      return kata.every((k) => teks.includes(k));
    };
    let sisa = BATAS;
    const hasil: ComboboxParsedItem[] = [];
    for (const o of options) {
      if (sisa <= 0) break;
      if ('group' in o) {
        const items = o.items.filter(cocok).slice(0, sisa);
        sisa -= items.length;
        if (items.length) hasil.push({ group: o.group, items });
      } else if (cocok(o)) {
        sisa -= 1;
        hasil.push(o);
      }
    }
    return hasil;
  };
}

type Bersama = {
  label: string;
  description?: string;
  placeholder?: string;
  data: ComboboxItemGroup<OpsiUnit>[];
  opsi: ReadonlyMap<string, OpsiUnit>;
  error?: string | undefined;
  disabled?: boolean;
  loading?: boolean;
  testId: string;
};

/** Units with search (hundreds of them: OPDs, bidang, seksi, kelurahan, sekolah …). */
export function UnitMultiSelect({ value, onChange, dalamModal = false, ...p }: Bersama & { value: string[]; onChange: (v: string[]) => void; dalamModal?: boolean }) {
  const { t } = useTranslation();
  return (
    <MultiSelect
      label={p.label}
      description={p.description}
      placeholder={value.length ? undefined : p.placeholder}
      data={p.data}
      value={value}
      onChange={onChange}
      renderOption={renderOpsiUnit(p.opsi)}
      searchable
      clearable
      hidePickedOptions
      filter={saringUnit(p.opsi)}
      maxDropdownHeight={320}
      nothingFoundMessage={p.loading ? t('umum.memuat') : t('komponen.tidakAdaPilihan')}
      error={p.error}
      disabled={p.disabled}
      data-testid={p.testId}
      // in the full-screen modal of a phone a portalled dropdown kept closing and reopening while typing; a centred
      // modal on a desktop would clip an inline one
      comboboxProps={{ withinPortal: !dalamModal }}
    />
  );
}

export function UnitSelect({ value, onChange, ...p }: Bersama & { value: string | null; onChange: (v: string | null) => void }) {
  const { t } = useTranslation();
  return (
    <Select
      label={p.label}
      description={p.description}
      placeholder={p.placeholder}
      data={p.data}
      value={value}
      onChange={onChange}
      renderOption={renderOpsiUnit(p.opsi)}
      searchable
      filter={saringUnit(p.opsi)}
      maxDropdownHeight={360}
      nothingFoundMessage={p.loading ? t('umum.memuat') : t('komponen.tidakAdaPilihan')}
      error={p.error}
      disabled={p.disabled}
      allowDeselect={false}
      data-testid={p.testId}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
