import { Anchor, Avatar, Badge, Card, DataList, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { IconBriefcase, IconId, IconUserCheck } from '@tabler/icons-react';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PegawaiProfil, PejabatRingkas } from '../../../../../contracts/kepegawaian.ts';
import { formatNip, formatTanggal } from '../../../utils/format.ts';

function initials(nama: string): string {
  const parts = nama.split(/\s+/).filter((p) => /^[A-Za-z]/.test(p));
  return ((parts[0]?.[0] ?? '') + (parts[1]?.[0] ?? '')).toUpperCase() || '?';
}

function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  const { t } = useTranslation();
  const empty = children === null || children === undefined || children === '';
  return (
    <DataList.Item>
      <DataList.ItemLabel c="dimmed">{label}</DataList.ItemLabel>
      <DataList.ItemValue data-testid={testId} fw={500}>
        {empty ? <Text span c="dimmed">{t('umum.kosong')}</Text> : children}
      </DataList.ItemValue>
    </DataList.Item>
  );
}

function SectionCard({ title, icon, children }: { title: string; icon: ReactNode; children: ReactNode }) {
  return (
    <Card>
      <Group gap="xs" mb="md" c="kupang.8">
        {icon}
        <Title order={2} fz="md" c="dark">
          {title}
        </Title>
      </Group>
      {children}
    </Card>
  );
}

function Pejabat({ pejabat, href, testId, puncak }: { pejabat: PejabatRingkas | null; href?: (id: string) => string; testId: string; puncak?: boolean }) {
  const { t } = useTranslation();
  if (!pejabat) {
    // the Wali Kota (PPK) is at the top of the chain: nobody above is not missing data
    return (
      <Text c="dimmed" fs="italic" data-testid={testId}>
        {t(puncak ? 'profil.tidakAdaPenilai' : 'profil.belumDitetapkan')}
      </Text>
    );
  }
  return (
    <Stack gap={2} data-testid={testId}>
      {href ? (
        <Anchor component={Link} to={href(pejabat.pegawaiId)} fw={600}>
          {pejabat.namaLengkap}
        </Anchor>
      ) : (
        <Text fw={600}>{pejabat.namaLengkap}</Text>
      )}
      <Text size="sm" ff="monospace" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {pejabat.nip ? formatNip(pejabat.nip) : t('profil.tanpaNip')}
      </Text>
      {pejabat.jabatan ? <Text size="sm">{pejabat.jabatan}</Text> : null}
    </Stack>
  );
}

/** One pegawai's data as the regulation names it. Used for "Profil saya" and for /pegawai/:id. */
export function ProfilView({ profil, pegawaiHref }: { profil: PegawaiProfil; pegawaiHref?: (id: string) => string }) {
  const { t, i18n } = useTranslation();
  // Label beside value where there is room; label above value on phones.
  const wide = useMediaQuery('(min-width: 36em)', false, { getInitialValueInEffect: false });
  const listProps = { labelWidth: '12.5rem', withDivider: true, orientation: wide ? 'horizontal' : 'vertical' } as const;
  const bahasa = i18n.resolvedLanguage ?? 'id';
  const jabatan = profil.jabatan;

  return (
    <Stack gap="md" data-testid="profil">
      <Card>
        <Group gap="md" wrap="nowrap" align="flex-start">
          <Avatar size={64} radius="xl" color="kupang" variant="light">
            {initials(profil.nama)}
          </Avatar>
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Title order={2} fz={{ base: 19, sm: 22 }} lh={1.25} data-testid="profil-nama">
              {profil.namaLengkap}
            </Title>
            <Text ff="monospace" size="sm" c="dimmed" data-testid="profil-nip">
              {profil.nip ? formatNip(profil.nip, profil.jenisAsn) : t('profil.tanpaNip')}
            </Text>
            {jabatan ? (
              <Text size="sm" fw={500}>
                {jabatan.nama}
              </Text>
            ) : null}
            <Group gap={6} mt={4}>
              <Badge variant="light">{t(`jenisAsn.${profil.jenisAsn}`)}</Badge>
              {profil.golongan ? (
                <Badge variant="outline" color="gray" tt="none">
                  {profil.golongan}
                </Badge>
              ) : null}
              <Badge variant="dot" color={profil.status === 'aktif' ? 'teal' : 'gray'}>
                {t(`statusPegawai.${profil.status}`)}
              </Badge>
            </Group>
          </Stack>
        </Group>
      </Card>

      {/* Two columns on wide screens; on phones: jabatan, penilai, identitas. */}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <SectionCard title={t('profil.jabatanUnit')} icon={<IconBriefcase size={20} />}>
            <DataList {...listProps}>
              <Field label={t('profil.jabatan')} testId="profil-jabatan">
                {jabatan?.nama}
              </Field>
              <Field label={t('profil.jenisJabatan')}>{jabatan ? t(`jenisJabatan.${jabatan.jenis}`) : null}</Field>
              <Field label={t('profil.jenjang')}>{jabatan?.jenjang}</Field>
              <Field label={t('profil.kelasJabatan')}>{jabatan?.kelasJabatan ?? null}</Field>
              <Field label={t('profil.unit')} testId="profil-unit">
                {profil.unit ? (
                  <Stack gap={2}>
                    <Text fw={500} size="sm">
                      {profil.unit.nama}
                    </Text>
                    {profil.unit.jalurNama.length > 1 ? (
                      <Text component="nav" aria-label={t('profil.unit')} size="xs" c="dimmed" lh={1.4} data-testid="profil-unit-jalur">
                        {profil.unit.jalurNama.join(' › ')}
                      </Text>
                    ) : null}
                  </Stack>
                ) : null}
              </Field>
              <Field label={t('profil.opd')} testId="profil-opd">
                {profil.opd?.nama}
              </Field>
            </DataList>
          </SectionCard>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="md">
            <SectionCard title={t('profil.penilai')} icon={<IconUserCheck size={20} />}>
              <DataList {...listProps}>
                <Field label={t('profil.pejabatPenilai')}>
                  <Pejabat pejabat={profil.pejabatPenilai} href={pegawaiHref} testId="profil-pejabat-penilai" puncak={profil.jenisAsn === 'PEJABAT_NEGARA'} />
                </Field>
                <Field label={t('profil.atasanPejabatPenilai')}>
                  <Pejabat pejabat={profil.atasanPejabatPenilai} href={pegawaiHref} testId="profil-atasan-pejabat-penilai" puncak={profil.jenisAsn === 'PEJABAT_NEGARA'} />
                </Field>
              </DataList>
            </SectionCard>
            <SectionCard title={t('profil.identitas')} icon={<IconId size={20} />}>
              <DataList {...listProps}>
                <Field label={t('profil.nip')}>{profil.nip ? <Text span ff="monospace" size="sm" style={{ whiteSpace: 'nowrap' }}>{formatNip(profil.nip, profil.jenisAsn)}</Text> : null}</Field>
                <Field label={t('profil.namaLengkap')}>{profil.namaLengkap}</Field>
                <Field label={t('profil.jenisAsn')} testId="profil-jenis-asn">
                  {t(`jenisAsn.${profil.jenisAsn}`)}
                </Field>
                <Field label={t('profil.golongan')} testId="profil-golongan">
                  {profil.golongan}
                </Field>
                <Field label={t('profil.status')}>{t(`statusPegawai.${profil.status}`)}</Field>
                <Field label={t('profil.jenisKelamin')}>{profil.jenisKelamin ? t(`jenisKelamin.${profil.jenisKelamin}`) : null}</Field>
                <Field label={t('profil.tanggalLahir')}>{formatTanggal(profil.tanggalLahir, bahasa)}</Field>
              </DataList>
            </SectionCard>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
