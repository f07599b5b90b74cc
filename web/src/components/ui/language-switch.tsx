import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isBahasa, setBahasa } from '../../i18n/index.ts';

/** "ID | EN" — the choice is remembered on this device. */
export function LanguageSwitch({ size = 'xs' }: { size?: 'xs' | 'sm' }) {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size={size}
      radius="xl"
      aria-label={t('bahasa.label')}
      data-testid="bahasa-switch"
      value={i18n.resolvedLanguage ?? 'id'}
      onChange={(value) => {
        if (isBahasa(value)) setBahasa(value);
      }}
      data={[
        { value: 'id', label: <span data-testid="bahasa-id" lang="id">{t('bahasa.id')}</span> },
        { value: 'en', label: <span data-testid="bahasa-en" lang="en">{t('bahasa.en')}</span> },
      ]}
    />
  );
}
