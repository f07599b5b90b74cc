import { notifications } from '@mantine/notifications';

/**
 * A short message at the top of the screen: the SKP and penilaian editors keep Simpan / Ajukan in a bar at the
 * bottom, which the app's usual bottom notifications would cover.
 */
export function beriTahu(color: 'teal' | 'red' | 'orange', message: string, autoClose = color === 'teal' ? 4000 : 8000): void {
  notifications.show({ color, message, position: 'top-center', autoClose });
}
