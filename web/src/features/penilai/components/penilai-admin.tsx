import { Alert, Tabs } from '@mantine/core';
import { IconEye, IconUserExclamation, IconUserShare, IconUserStar } from '@tabler/icons-react';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { OverridePanel } from './override-panel.tsx';
import { PelaksanaTugasPanel } from './pelaksana-tugas-panel.tsx';
import { TanpaPenilaiPanel } from './tanpa-penilai-panel.tsx';
import { hariIniWita, tanggalValid } from './tanggal.ts';

const TABS = ['tanpa-penilai', 'khusus', 'plt'] as const;
type Tab = (typeof TABS)[number];

/**
 * "Penilai & Plt": pegawai without a definitive penilai (with the repairs), penilai khusus, Plt/Plh. The tab and the
 * date live in the URL (`?tab=khusus`, `?tanggal=2026-07-01`). `canEdit` false (auditor): read only.
 */
export function PenilaiAdmin({
  canEdit,
  penilaiHref,
  pegawaiHref,
}: {
  canEdit: boolean;
  penilaiHref: (pegawaiId: string, tanggal?: string) => string;
  pegawaiHref: (id: string) => string;
}) {
  const { t } = useTranslation();
  // phones: short labels without icons so the three tabs fit on one line
  const wide = useMediaQuery('(min-width: 36em)', false, { getInitialValueInEffect: false });
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab');
  const tab: Tab = (TABS as readonly string[]).includes(tabParam ?? '') ? (tabParam as Tab) : 'tanpa-penilai';
  const tanggalParam = params.get('tanggal');
  const tanggal = tanggalParam && tanggalValid(tanggalParam) ? tanggalParam : hariIniWita();

  const setParam = (key: string, value: string | null, replace = false) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace },
    );

  return (
    <>
      {!canEdit ? (
        <Alert color="gray" variant="light" icon={<IconEye size={18} />} mb="md" data-testid="penilai-hanya-baca">
          {t('penilai.hanyaBaca')}
        </Alert>
      ) : null}
      <Tabs value={tab} onChange={(v) => setParam('tab', v && v !== 'tanpa-penilai' ? v : null)} keepMounted={false} data-testid="penilai-tabs">
        <Tabs.List mb="md">
          <Tabs.Tab value="tanpa-penilai" leftSection={wide ? <IconUserExclamation size={16} /> : undefined} px={wide ? undefined : 'xs'} data-testid="penilai-tab-tanpa-penilai">
            {wide ? t('penilai.tab.tanpaPenilai') : t('penilai.tab.tanpaPenilaiPendek')}
          </Tabs.Tab>
          <Tabs.Tab value="khusus" leftSection={wide ? <IconUserStar size={16} /> : undefined} px={wide ? undefined : 'xs'} data-testid="penilai-tab-khusus">
            {t('penilai.tab.khusus')}
          </Tabs.Tab>
          <Tabs.Tab value="plt" leftSection={wide ? <IconUserShare size={16} /> : undefined} px={wide ? undefined : 'xs'} data-testid="penilai-tab-plt">
            {t('penilai.tab.plt')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="tanpa-penilai">
          <TanpaPenilaiPanel
            tanggal={tanggal}
            onTanggalChange={(v) => setParam('tanggal', v === hariIniWita() ? null : v, true)}
            canEdit={canEdit}
            penilaiHref={penilaiHref}
          />
        </Tabs.Panel>
        <Tabs.Panel value="khusus">
          <OverridePanel canEdit={canEdit} penilaiHref={(id) => penilaiHref(id)} pegawaiHref={pegawaiHref} />
        </Tabs.Panel>
        <Tabs.Panel value="plt">
          <PelaksanaTugasPanel canEdit={canEdit} pegawaiHref={pegawaiHref} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
