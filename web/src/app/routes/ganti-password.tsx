import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { ChangePasswordForm } from '../../features/auth/components/change-password-form.tsx';
import { paths } from '../paths.ts';
import { useSignedInMe } from '../session.tsx';

export function Component() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title={t('gantiPassword.judul')} />
      <ChangePasswordForm
        forced={me.harusGantiPassword}
        onSuccess={() => {
          notifications.show({ color: 'teal', message: t('gantiPassword.berhasil'), autoClose: 4000 });
          void navigate(paths.beranda.getHref(), { replace: true });
        }}
      />
    </>
  );
}
