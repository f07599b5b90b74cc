import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Orang } from '../../../../contracts/skp.ts';
import { formatNip } from '../../utils/format.ts';

/** One person of a document's head (pegawai, penilai, …): name, NIP, jabatan and unit; `kosong` when there is none. */
export function KartuOrang({ judul, orang, kosong, testId }: { judul: string; orang: Orang | null; kosong?: ReactNode; testId: string }) {
  return (
    <Stack gap={2} data-testid={testId} data-pegawai-id={orang?.pegawaiId} style={{ minWidth: 0 }}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {judul}
      </Text>
      {orang ? (
        <>
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {orang.nama}
          </Text>
          {orang.nip ? (
            <Text size="xs" c="dimmed" ff="monospace">
              {formatNip(orang.nip)}
            </Text>
          ) : null}
          {orang.jabatan ? <Text size="sm">{orang.jabatan}</Text> : null}
          {orang.unit ? (
            <Text size="xs" c="dimmed">
              {orang.unit}
            </Text>
          ) : null}
        </>
      ) : (
        kosong
      )}
    </Stack>
  );
}
