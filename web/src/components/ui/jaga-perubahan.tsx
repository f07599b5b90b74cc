// Unsaved changes on an editor page (SKP, realisasi, the penilai's rating): an in-app navigation to another page asks
// first through the returned blocker, and closing or reloading the tab triggers the browser's own warning.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { type Blocker, useBlocker } from 'react-router';

export function useJagaPerubahan(kotor: boolean): Blocker {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => kotor && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (!kotor) return;
    const tahan = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', tahan);
    return () => window.removeEventListener('beforeunload', tahan);
  }, [kotor]);
  return blocker;
}

export interface TeksTinggalkan {
  judul: string;
  ket: string;
  tetap: string;
  pergi: string;
}

/** "Leave without saving?" — `<testIdPrefix>-tinggalkan-batal` stays, `<testIdPrefix>-tinggalkan-ya` leaves. */
export function ModalTinggalkan({ opened, onTetap, onPergi, teks, testIdPrefix }: { opened: boolean; onTetap: () => void; onPergi: () => void; teks: TeksTinggalkan; testIdPrefix: string }) {
  return (
    <Modal opened={opened} onClose={onTetap} title={teks.judul} centered size="sm">
      <Stack gap="md">
        <Text size="sm">{teks.ket}</Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onTetap} data-testid={`${testIdPrefix}-tinggalkan-batal`}>
            {teks.tetap}
          </Button>
          <Button color="red" onClick={onPergi} data-testid={`${testIdPrefix}-tinggalkan-ya`}>
            {teks.pergi}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
