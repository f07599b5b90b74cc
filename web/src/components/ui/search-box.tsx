import { CloseButton, Loader, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function SearchBox({
  value,
  onChange,
  placeholder,
  label,
  busy,
  testId,
}: {
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  label: string;
  busy?: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <TextInput
      type="search"
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      placeholder={placeholder}
      aria-label={label}
      leftSection={<IconSearch size={18} />}
      rightSection={
        busy ? <Loader size={16} /> : value ? <CloseButton size="sm" aria-label={t('umum.batal')} onClick={() => onChange('')} /> : null
      }
      size="md"
      maw={480}
      data-testid={testId}
      enterKeyHint="search"
    />
  );
}
