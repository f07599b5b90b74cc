import { Alert, Button, Card, Group, Modal, NativeSelect, Stack, Text, ThemeIcon, Title, UnstyledButton } from '@mantine/core';
import { IconCalendarOff, IconChevronRight, IconCopy, IconPlus, IconTargetArrow } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import { errorMessage } from '../../../i18n/error-message.ts';
import { useCreateSkp } from '../api/create-skp.ts';
import { useSkpSaya, type PeriodeTerbuka, type SkpRingkas } from '../api/get-skp-saya.ts';
import { beriTahu } from '../../../lib/beri-tahu.ts';
import { formatRentang } from './format.ts';
import { StatusSkpKet } from './status-skp.tsx';
import { TAUTAN_BAWAAN, type Tautan } from './tautan.ts';

/** The SKP to offer for copying into a period: the newest of an earlier year, else the newest other one. */
function sumberBawaan(skp: readonly SkpRingkas[], periode: PeriodeTerbuka): SkpRingkas | null {
  const lain = skp.filter((s) => s.periodeId !== periode.id);
  return lain.find((s) => s.tahun < periode.tahun) ?? lain[0] ?? null;
}

function KartuPeriode({ periode, skp, onMulai, onSalin, sibuk }: { periode: PeriodeTerbuka; skp: readonly SkpRingkas[]; onMulai: () => void; onSalin: (sumber: SkpRingkas) => void; sibuk: boolean }) {
  const { t, i18n } = useTranslation();
  const sumber = sumberBawaan(skp, periode);
  return (
    <Card padding="lg" data-testid={`skp-periode-${periode.tahun}`} style={{ borderLeft: '4px solid var(--mantine-color-cendana-5)' }}>
      <Stack gap="sm">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon size={40} radius="md" variant="light" color="cendana">
            <IconTargetArrow size={24} />
          </ThemeIcon>
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={2} fz="lg">
              {t('skp.saya.periodeDibuka', { tahun: periode.tahun })}
            </Title>
            <Text size="sm" c="dimmed">
              {formatRentang(periode.tanggalMulai, periode.tanggalSelesai, i18n.language)}
            </Text>
          </Stack>
        </Group>
        <Text size="sm">{sumber ? t('skp.saya.mulaiKetSalin') : t('skp.saya.mulaiKet')}</Text>
        <Group gap="sm" grow preventGrowOverflow={false} wrap="wrap">
          <Button size="md" leftSection={<IconPlus size={20} />} onClick={onMulai} loading={sibuk} data-testid="skp-mulai">
            {t('skp.saya.mulai', { tahun: periode.tahun })}
          </Button>
          {sumber ? (
            <Button size="md" variant="light" leftSection={<IconCopy size={18} />} onClick={() => onSalin(sumber)} disabled={sibuk} data-testid="skp-salin">
              {t('skp.saya.salin', { tahun: sumber.tahun })}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Card>
  );
}

function ItemSkp({ skp, href }: { skp: SkpRingkas; href: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Card padding={0} data-testid={`skp-item-${skp.id}`} data-status={skp.status}>
      <UnstyledButton component={Link} to={href} p="md" style={{ display: 'block' }} aria-label={t('skp.saya.buka', { tahun: skp.tahun })}>
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Stack gap={6} style={{ minWidth: 0, flex: 1 }}>
            <Group gap="xs" wrap="wrap">
              <Text fw={700}>{t('skp.detail.judul', { tahun: skp.tahun })}</Text>
              <Text size="sm" c="dimmed">
                {formatRentang(skp.tanggalMulai, skp.tanggalSelesai, i18n.language)}
              </Text>
            </Group>
            <StatusSkpKet status={skp.status} />
            <Text size="sm" c="dimmed">
              {t('skp.saya.jumlahRhk', { count: skp.jumlahRhk })} · {skp.penilaiNama ? t('skp.saya.penilai', { nama: skp.penilaiNama }) : t('skp.saya.tanpaPenilai')}
            </Text>
          </Stack>
          <IconChevronRight size={20} color="var(--mantine-color-dimmed)" style={{ flexShrink: 0 }} />
        </Group>
      </UnstyledButton>
    </Card>
  );
}

/**
 * "SKP saya": the open period(s) the pegawai may start an SKP in — empty or copied from an earlier one — and
 * the list of their SKPs. Starting creates the draft on the server and opens the editor.
 */
export function SkpSayaView({ tautan = TAUTAN_BAWAAN }: { tautan?: Tautan }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const saya = useSkpSaya();
  const buat = useCreateSkp();
  const [salin, setSalin] = useState<{ periode: PeriodeTerbuka; sumberId: string } | null>(null);

  const mulai = (periode: PeriodeTerbuka, salinDariSkpId?: string) =>
    buat.mutate(
      { periodeId: periode.id, ...(salinDariSkpId ? { salinDariSkpId } : {}) },
      {
        onSuccess: (skp) => {
          setSalin(null);
          beriTahu('teal', t('skp.saya.dibuat', { tahun: skp.tahun }));
          void navigate(tautan.skpHref(skp.id));
        },
        onError: (error) => beriTahu('red', errorMessage(t, error)),
      },
    );

  const data = saya.data;
  const bisaMulai = data?.periodeTerbuka.filter((p) => !p.sudahAda) ?? [];
  const sumberOpsi = data?.skp.filter((s) => s.periodeId !== salin?.periode.id) ?? [];

  return (
    <Stack gap="md" data-testid="skp-saya">
      <PageHeader title={t('skp.judul')} description={t('skp.apaItu')} />
      {saya.isPending ? <LoadingView /> : null}
      {saya.isError ? <ErrorAlert error={saya.error} onRetry={() => void saya.refetch()} /> : null}
      {data ? (
        <>
          {bisaMulai.map((p) => (
            <KartuPeriode
              key={p.id}
              periode={p}
              skp={data.skp}
              sibuk={buat.isPending && buat.variables?.periodeId === p.id && !salin}
              onMulai={() => mulai(p)}
              onSalin={(s) => setSalin({ periode: p, sumberId: s.id })}
            />
          ))}
          {data.periodeTerbuka.length === 0 ? (
            <Card padding="xl" data-testid="skp-belum-dibuka">
              <Stack align="center" gap="sm" ta="center">
                <ThemeIcon size={56} radius="xl" variant="light" color="gray">
                  <IconCalendarOff size={30} />
                </ThemeIcon>
                <Title order={2} fz="lg">
                  {t('skp.saya.belumDibuka')}
                </Title>
                <Text size="sm" c="dimmed" maw={460}>
                  {t('skp.saya.belumDibukaKet')}
                </Text>
              </Stack>
            </Card>
          ) : null}

          {data.skp.length > 0 ? (
            <Stack gap="sm" data-testid="skp-daftar">
              <Title order={2} fz="md" mt="xs">
                {t('skp.saya.daftar')}
              </Title>
              {data.skp.map((s) => (
                <ItemSkp key={s.id} skp={s} href={tautan.skpHref(s.id)} />
              ))}
            </Stack>
          ) : data.periodeTerbuka.length > 0 && bisaMulai.length === 0 ? (
            <Alert color="gray" variant="light">
              {t('skp.saya.kosong')}
            </Alert>
          ) : null}
        </>
      ) : null}

      <Modal opened={salin !== null} onClose={() => setSalin(null)} title={t('skp.saya.salinJudul', { tahun: salin?.periode.tahun ?? '' })} centered size="md">
        {salin ? (
          <Stack gap="md">
            <NativeSelect
              label={t('skp.saya.salinSumber')}
              value={salin.sumberId}
              onChange={(e) => setSalin({ ...salin, sumberId: e.currentTarget.value })}
              data={sumberOpsi.map((s) => ({
                value: s.id,
                label: t('skp.saya.opsiSumber', { tahun: s.tahun, status: t(`skp.status.${s.status}`), count: s.jumlahRhk }),
              }))}
              data-testid="skp-salin-sumber"
            />
            <Text size="sm" c="dimmed">
              {t('skp.saya.salinKet', { tahun: salin.periode.tahun })}
            </Text>
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={() => setSalin(null)}>
                {t('umum.batal')}
              </Button>
              <Button leftSection={<IconCopy size={16} />} loading={buat.isPending} onClick={() => mulai(salin.periode, salin.sumberId)} data-testid="skp-salin-konfirmasi">
                {t('skp.saya.salinKonfirmasi')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </Stack>
  );
}
