import { Group, Stack, Tabs } from '@mantine/core';
import { IconHistory, IconUser } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePegawaiDetail } from '../api/get-pegawai-detail.ts';
import { PegawaiAksi } from './pegawai-aksi.tsx';
import { RiwayatJabatan } from './riwayat-jabatan.tsx';

const TABS = ['profil', 'riwayat'] as const;
type Tab = (typeof TABS)[number];

/**
 * /pegawai/:id: tabs Profil (the profile view, passed in by the route) and Riwayat jabatan; the admin's actions above
 * them. The tab is kept in the URL (?tab=riwayat) so it survives a reload and can be linked. When the profile cannot
 * be read (not found, out of scope) only `profil` is shown: it carries the right status page.
 */
export function PegawaiDetail({ id, profil, admin }: { id: string; profil: ReactNode; admin: boolean }) {
  const { t } = useTranslation();
  const query = usePegawaiDetail(id);
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'profil';
  if (!query.isSuccess) return <>{profil}</>;
  return (
    <Stack gap="md">
      {admin ? (
        <Group justify="flex-end">
          <PegawaiAksi profil={query.data} />
        </Group>
      ) : null}
      <Tabs
        value={tab}
        onChange={(v) =>
          setParams(
            (prev) => {
              const next = new URLSearchParams(prev);
              if (v && v !== 'profil') next.set('tab', v);
              else next.delete('tab');
              return next;
            },
            { replace: true },
          )
        }
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="profil" leftSection={<IconUser size={16} />} data-testid="pegawai-tab-profil">
            {t('kelolaPegawai.tabProfil')}
          </Tabs.Tab>
          <Tabs.Tab value="riwayat" leftSection={<IconHistory size={16} />} data-testid="pegawai-tab-riwayat">
            {t('kelolaPegawai.tabRiwayat')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="profil">{profil}</Tabs.Panel>
        <Tabs.Panel value="riwayat">
          <RiwayatJabatan pegawaiId={id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
