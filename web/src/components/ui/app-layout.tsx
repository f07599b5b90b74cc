import { ActionIcon, AppShell, Badge, Box, Burger, Button, Group, NavLink, ScrollArea, Stack, Text, Tooltip } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconLogout, type Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Brand } from './brand.tsx';
import { LanguageSwitch } from './language-switch.tsx';

export type NavItem = { href: string; label: string; icon: Icon; testId: string; exact?: boolean };
export type LayoutUser = {
  nama: string;
  keterangan: string;
  peran: Array<{ value: string; label: string }>;
  instansi: string;
  demo: boolean;
};

function isActive(pathname: string, item: NavItem): boolean {
  if (item.exact) return pathname === item.href;
  return pathname === item.href || pathname.startsWith(`${item.href}/`);
}

/** Name and role badges. Rendered exactly once: in the header on wide screens, atop the menu on phones. */
function UserBlock({ user, inline }: { user: LayoutUser; inline: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} align={inline ? 'flex-end' : 'flex-start'} style={{ minWidth: 0 }} data-testid="user-info">
      <Text fw={600} size="sm" lh={1.2} truncate="end" maw={inline ? 280 : undefined} data-testid="user-nama">
        {user.nama}
      </Text>
      {!inline && user.keterangan ? (
        <Text size="xs" c="dimmed" lh={1.2}>
          {user.keterangan}
        </Text>
      ) : null}
      <Group gap={4} justify={inline ? 'flex-end' : 'flex-start'} aria-label={t('menu.peranAnda')}>
        {user.peran.map((p) => (
          <Badge key={p.value} size="xs" variant="light" radius="sm" data-testid={`peran-${p.value}`}>
            {p.label}
          </Badge>
        ))}
      </Group>
    </Stack>
  );
}

/** The signed-in frame: header (brand, user, language, log out) and a menu that becomes a drawer on phones. */
export function AppLayout({
  nav,
  user,
  onLogout,
  loggingOut,
  children,
}: {
  nav: NavItem[];
  user: LayoutUser;
  onLogout: () => void;
  loggingOut: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const wide = useMediaQuery('(min-width: 48em)', false, { getInitialValueInEffect: false });
  const { pathname } = useLocation();

  const hasNav = nav.length > 0;

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={hasNav ? { width: 264, breakpoint: 'sm', collapsed: { mobile: !opened } } : undefined}
      padding={{ base: 'md', sm: 'lg' }}
    >
      <AppShell.Header>
        <Group h="100%" px={{ base: 'sm', sm: 'md' }} justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            {hasNav ? (
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={opened ? t('menu.tutupMenu') : t('menu.bukaMenu')}
                data-testid="nav-burger"
              />
            ) : null}
            <Box component={Link} to="/" onClick={close} style={{ textDecoration: 'none', minWidth: 0 }} aria-label={t('menu.beranda')}>
              <Brand />
            </Box>
          </Group>
          <Group gap={wide ? 'md' : 6} wrap="nowrap">
            {wide ? <UserBlock user={user} inline /> : null}
            <LanguageSwitch />
            {wide ? (
              <Button
                variant="default"
                size="xs"
                leftSection={<IconLogout size={16} />}
                onClick={onLogout}
                loading={loggingOut}
                data-testid="logout-button"
              >
                {t('menu.keluar')}
              </Button>
            ) : (
              <Tooltip label={t('menu.keluar')}>
                <ActionIcon
                  variant="default"
                  size="lg"
                  onClick={onLogout}
                  loading={loggingOut}
                  aria-label={t('menu.keluar')}
                  data-testid="logout-button"
                >
                  <IconLogout size={18} />
                </ActionIcon>
              </Tooltip>
            )}
          </Group>
        </Group>
      </AppShell.Header>

      {hasNav ? (
        <AppShell.Navbar p="sm" aria-label={t('menu.navigasi')}>
          {!wide ? (
            <Box px="xs" pb="sm" mb="xs" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
              <UserBlock user={user} inline={false} />
            </Box>
          ) : null}
          <AppShell.Section grow component={ScrollArea} type="auto">
            <nav aria-label={t('menu.navigasi')} data-testid="menu">
              {nav.map((item) => (
                <NavLink
                  key={item.testId}
                  component={Link}
                  to={item.href}
                  label={item.label}
                  leftSection={<item.icon size={20} stroke={1.6} />}
                  active={isActive(pathname, item)}
                  data-testid={item.testId}
                  onClick={close}
                  variant="light"
                  styles={{ root: { borderRadius: 'var(--mantine-radius-md)', minHeight: 44 } }}
                />
              ))}
            </nav>
          </AppShell.Section>
          <AppShell.Section pt="sm" mt="xs" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
            <Stack gap={4} px="xs" align="flex-start">
              <Text size="xs" c="dimmed" lh={1.3}>
                {user.instansi}
              </Text>
              {user.demo ? (
                <Badge size="xs" color="cendana.7" variant="filled" data-testid="demo-badge">
                  {t('umum.demo')}
                </Badge>
              ) : null}
            </Stack>
          </AppShell.Section>
        </AppShell.Navbar>
      ) : null}

      <AppShell.Main bg="var(--mantine-color-gray-0)" style={{ minHeight: '100dvh' }}>
        <Box maw={1200} mx="auto">
          {children}
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
