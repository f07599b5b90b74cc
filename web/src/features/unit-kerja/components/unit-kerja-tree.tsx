import { ActionIcon, Anchor, Badge, Button, Card, Group, Highlight, Menu, Stack, Switch, Text, TextInput, Tooltip } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import {
  IconArrowsMove,
  IconChevronDown,
  IconChevronRight,
  IconDots,
  IconFoldDown,
  IconFoldUp,
  IconLock,
  IconPencil,
  IconPlus,
  IconSearch,
  IconSitemap,
} from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UnitKerjaNode } from '../../../../../contracts/unit-kerja.ts';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import { formatAngka, formatTanggal } from '../../../utils/format.ts';
import { useUnitKerjaTree } from '../api/get-unit-kerja-tree.ts';
import { PindahUnitModal, TutupUnitModal, UnitFormModal } from './unit-kerja-dialogs.tsx';
import { useJenisUnitLabel } from './jenis-unit.ts';

type Dialog =
  | { kind: 'tambah'; induk: UnitKerjaNode | null }
  | { kind: 'ubah'; unit: UnitKerjaNode }
  | { kind: 'pindah'; unit: UnitKerjaNode }
  | { kind: 'tutup'; unit: UnitKerjaNode }
  | null;

const cocok = (u: UnitKerjaNode, q: string) =>
  u.nama.toLowerCase().includes(q) || u.kode.toLowerCase().includes(q) || (u.singkatan?.toLowerCase().includes(q) ?? false);

/**
 * The unit kerja tree: expand/collapse, search (matches with their ancestors), pegawai counts of each subtree, and —
 * for the admin — create / rename / move / close from a menu on each unit. `readOnly` for the pimpinan OPD's
 * "Struktur OPD", the auditor and the wali kota.
 */
export function UnitKerjaTree({ readOnly, pegawaiHref }: { readOnly: boolean; pegawaiHref?: (unitId: string) => string }) {
  const { t, i18n } = useTranslation();
  const bahasa = i18n.resolvedLanguage ?? 'id';
  const jenisLabel = useJenisUnitLabel();
  const wide = useMediaQuery('(min-width: 48em)', false, { getInitialValueInEffect: false });
  const [termasukDitutup, setTermasukDitutup] = useState(false);
  const query = useUnitKerjaTree(termasukDitutup);
  const [cari, setCari] = useState('');
  const [dialog, setDialog] = useState<Dialog>(null);
  /** ids whose children are shown; undefined = the initial state (the top two levels open) */
  const [terbuka, setTerbuka] = useState<Set<string> | undefined>(undefined);

  const items = useMemo(() => query.data?.items ?? [], [query.data]);
  const anak = useMemo(() => {
    const m = new Map<string, UnitKerjaNode[]>();
    for (const u of items) if (u.indukId) m.set(u.indukId, [...(m.get(u.indukId) ?? []), u]);
    return m;
  }, [items]);
  const byId = useMemo(() => new Map(items.map((u) => [u.id, u])), [items]);
  const minDepth = items.length ? Math.min(...items.map((u) => u.kedalaman)) : 0;
  const open = terbuka ?? new Set(items.filter((u) => u.kedalaman <= minDepth).map((u) => u.id));

  const q = cari.trim().toLowerCase();
  /** With a search: every match and the ancestors that lead to it, all expanded. */
  const tampil = useMemo(() => {
    if (!q) return null;
    const ids = new Set<string>();
    for (const u of items) {
      if (!cocok(u, q)) continue;
      for (let cur: UnitKerjaNode | undefined = u; cur && !ids.has(cur.id); cur = cur.indukId ? byId.get(cur.indukId) : undefined) ids.add(cur.id);
    }
    return ids;
  }, [q, items, byId]);

  const visible: UnitKerjaNode[] = [];
  if (tampil) {
    for (const u of items) if (tampil.has(u.id)) visible.push(u);
  } else {
    // items are depth-first: a unit is visible when its parent is visible and open
    const shown = new Set<string>();
    for (const u of items) {
      const parentShown = !u.indukId || !byId.has(u.indukId) || (shown.has(u.indukId) && open.has(u.indukId));
      if (parentShown) {
        shown.add(u.id);
        visible.push(u);
      }
    }
  }

  const toggle = (id: string) => {
    const next = new Set(open);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setTerbuka(next);
  };
  const bukaSemua = () => setTerbuka(new Set(items.filter((u) => anak.has(u.id)).map((u) => u.id)));
  // with a single top unit (the instansi root) keep it open: "collapsed" then means the list of OPDs
  const tutupSemua = () => {
    const top = items.filter((u) => u.kedalaman === minDepth);
    setTerbuka(new Set(top.length === 1 ? [top[0]!.id] : []));
  };
  /** After creating a sub-unit, show it: open its parent and every ancestor. */
  const tampilkan = (indukId: string) => {
    const next = new Set(open);
    for (let cur = byId.get(indukId); cur; cur = cur.indukId ? byId.get(cur.indukId) : undefined) next.add(cur.id);
    setTerbuka(next);
  };

  const indent = wide ? 22 : 14;

  return (
    <Stack gap="md">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          type="search"
          value={cari}
          onChange={(e) => setCari(e.currentTarget.value)}
          placeholder={t('unitKerja.cari')}
          aria-label={t('unitKerja.cariLabel')}
          leftSection={<IconSearch size={18} />}
          size="md"
          style={{ flex: '1 1 16rem', maxWidth: 480 }}
          data-testid="unit-kerja-cari"
        />
        <Group gap="xs">
          <Tooltip label={t('unitKerja.bukaSemua')}>
            <ActionIcon variant="default" size="lg" onClick={bukaSemua} aria-label={t('unitKerja.bukaSemua')} data-testid="unit-buka-semua" disabled={!!tampil}>
              <IconFoldDown size={18} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('unitKerja.tutupSemua')}>
            <ActionIcon variant="default" size="lg" onClick={tutupSemua} aria-label={t('unitKerja.tutupSemua')} data-testid="unit-tutup-semua" disabled={!!tampil}>
              <IconFoldUp size={18} />
            </ActionIcon>
          </Tooltip>
        </Group>
        <Switch
          checked={termasukDitutup}
          onChange={(e) => setTermasukDitutup(e.currentTarget.checked)}
          label={t('unitKerja.tampilDitutup')}
          data-testid="unit-tampil-ditutup"
          mb={6}
        />
      </Group>

      {query.isPending ? (
        <LoadingView />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : visible.length === 0 ? (
        <Card data-testid="unit-kosong">
          <Group gap="sm" c="dimmed">
            <IconSitemap size={22} />
            <Text>{q ? t('unitKerja.tidakCocok') : t('unitKerja.kosong')}</Text>
          </Group>
        </Card>
      ) : (
        <Card padding={0} data-testid="unit-kerja-tree" role="tree" aria-label={t('unitKerja.judul')}>
          {visible.map((u) => {
            const punyaAnak = anak.has(u.id);
            const expanded = tampil ? true : open.has(u.id);
            const depth = u.kedalaman - minDepth;
            const total = (
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }} data-testid="unit-jumlah">
                {t('unitKerja.jumlahPegawai', { count: u.jumlahPegawaiTotal, n: formatAngka(u.jumlahPegawaiTotal, bahasa) })}
              </Text>
            );
            return (
              <Group
                key={u.id}
                role="treeitem"
                aria-expanded={punyaAnak ? expanded : undefined}
                aria-level={depth + 1}
                data-testid="unit-node"
                data-id={u.id}
                data-kode={u.kode}
                data-depth={depth}
                gap={6}
                wrap="nowrap"
                px="sm"
                py={8}
                style={{ borderBottom: '1px solid var(--mantine-color-gray-2)', paddingLeft: `calc(var(--mantine-spacing-sm) + ${depth * indent}px)`, opacity: u.ditutup ? 0.6 : 1 }}
              >
                {punyaAnak ? (
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    size="sm"
                    onClick={() => toggle(u.id)}
                    aria-label={expanded ? t('unitKerja.ciutkan', { nama: u.nama }) : t('unitKerja.bentangkan', { nama: u.nama })}
                    data-testid="unit-toggle"
                    disabled={!!tampil}
                  >
                    {expanded ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
                  </ActionIcon>
                ) : (
                  <span style={{ width: 22, flexShrink: 0 }} />
                )}
                <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                  <Group gap={6} wrap="wrap">
                    <Highlight highlight={q} size="sm" fw={depth <= 1 ? 700 : 500} data-testid="unit-node-nama">
                      {u.nama}
                    </Highlight>
                    {u.ditutup ? (
                      <Badge size="xs" color="gray" variant="light" leftSection={<IconLock size={10} />} data-testid="unit-ditutup">
                        {t('unitKerja.ditutupSejak', { tanggal: formatTanggal(u.ditutupPada, bahasa) })}
                      </Badge>
                    ) : u.ditutupPada ? (
                      <Badge size="xs" color="orange" variant="light">
                        {t('unitKerja.akanDitutup', { tanggal: formatTanggal(u.ditutupPada, bahasa) })}
                      </Badge>
                    ) : null}
                  </Group>
                  <Group gap={8} wrap="wrap">
                    <Text size="xs" ff="monospace" c="dimmed">
                      {u.kode}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {jenisLabel(u.jenis)}
                    </Text>
                    {!wide ? total : null}
                  </Group>
                </Stack>
                {wide ? (
                  pegawaiHref && u.jumlahPegawaiTotal > 0 ? (
                    <Anchor component={Link} to={pegawaiHref(u.id)} size="xs" style={{ whiteSpace: 'nowrap' }} data-testid="unit-lihat-pegawai">
                      {t('unitKerja.jumlahPegawai', { count: u.jumlahPegawaiTotal, n: formatAngka(u.jumlahPegawaiTotal, bahasa) })}
                    </Anchor>
                  ) : (
                    total
                  )
                ) : null}
                {!readOnly && !u.ditutup ? (
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <ActionIcon variant="subtle" color="gray" aria-label={t('unitKerja.aksiUntuk', { nama: u.nama })} data-testid="unit-aksi">
                        <IconDots size={18} />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'tambah', induk: u })} data-testid="unit-aksi-tambah">
                        {t('unitKerja.tambahSub')}
                      </Menu.Item>
                      <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => setDialog({ kind: 'ubah', unit: u })} data-testid="unit-aksi-ubah">
                        {t('unitKerja.ubah')}
                      </Menu.Item>
                      {u.indukId ? (
                        <>
                          <Menu.Item leftSection={<IconArrowsMove size={16} />} onClick={() => setDialog({ kind: 'pindah', unit: u })} data-testid="unit-aksi-pindah">
                            {t('unitKerja.pindahkan')}
                          </Menu.Item>
                          {!u.ditutupPada ? (
                            <Menu.Item color="red" leftSection={<IconLock size={16} />} onClick={() => setDialog({ kind: 'tutup', unit: u })} data-testid="unit-aksi-tutup">
                              {t('unitKerja.tutup')}
                            </Menu.Item>
                          ) : null}
                        </>
                      ) : null}
                    </Menu.Dropdown>
                  </Menu>
                ) : null}
              </Group>
            );
          })}
        </Card>
      )}
      {!readOnly && items.length === 0 && query.isSuccess && !q ? (
        <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'tambah', induk: null })} variant="light" w="fit-content" data-testid="unit-tambah-akar">
          {t('unitKerja.tambahAkar')}
        </Button>
      ) : null}

      <UnitFormModal
        key={dialog?.kind === 'tambah' ? `tambah-${dialog.induk?.id ?? 'akar'}` : dialog?.kind === 'ubah' ? `ubah-${dialog.unit.id}-${dialog.unit.versi}` : 'none'}
        opened={dialog?.kind === 'tambah' || dialog?.kind === 'ubah'}
        induk={dialog?.kind === 'tambah' ? dialog.induk : null}
        unit={dialog?.kind === 'ubah' ? dialog.unit : null}
        onClose={() => setDialog(null)}
        onCreated={(indukId) => indukId && tampilkan(indukId)}
      />
      <PindahUnitModal
        key={dialog?.kind === 'pindah' ? `pindah-${dialog.unit.id}` : 'pindah-none'}
        opened={dialog?.kind === 'pindah'}
        unit={dialog?.kind === 'pindah' ? dialog.unit : null}
        items={items}
        onClose={() => setDialog(null)}
        onMoved={(indukId) => tampilkan(indukId)}
      />
      <TutupUnitModal
        key={dialog?.kind === 'tutup' ? `tutup-${dialog.unit.id}` : 'tutup-none'}
        opened={dialog?.kind === 'tutup'}
        unit={dialog?.kind === 'tutup' ? dialog.unit : null}
        onClose={() => setDialog(null)}
      />
    </Stack>
  );
}
