import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export function useDocumentTitle(judul: string) {
  const { t } = useTranslation();
  const title = t('app.judulHalaman', { judul });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
