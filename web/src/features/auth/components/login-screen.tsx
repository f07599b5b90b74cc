import { Alert, Badge, Box, Button, Card, Container, Grid, Group, PasswordInput, SimpleGrid, Stack, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconFlask, IconLock, IconUser } from '@tabler/icons-react';
import { useMediaQuery } from '@mantine/hooks';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me, PublicInfo } from '../../../../../contracts/auth.ts';
import { Brand } from '../../../components/ui/brand.tsx';
import { LanguageSwitch } from '../../../components/ui/language-switch.tsx';
import { useDocumentTitle } from '../../../hooks/use-document-title.ts';
import { errorMessage } from '../../../i18n/error-message.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { serverFieldErrors, zodFieldErrors, type FieldErrors } from '../../../lib/form-errors.ts';
import { formatNip } from '../../../utils/format.ts';
import { usePublicInfo } from '../api/get-public-info.ts';
import { LoginBody, useLogin } from '../api/login.ts';

const FIELDS = ['username', 'password'] as const;
type Field = (typeof FIELDS)[number];

function DemoNotice({ info }: { info: PublicInfo }) {
  const { t } = useTranslation();
  return (
    <Alert
      variant="outline"
      color="cendana.7"
      icon={<IconFlask size={22} />}
      title={
        <Group gap="xs">
          {t('masuk.demoJudul')}
          <Badge color="cendana.7" size="sm">
            {t('umum.demo')}
          </Badge>
        </Group>
      }
      data-testid="demo-banner"
      bg="var(--mantine-color-cendana-0)"
      styles={{
        root: { borderWidth: 1, borderLeftWidth: 5 },
        title: { color: 'var(--mantine-color-dark-7)', fontSize: 'var(--mantine-font-size-md)' },
        message: { color: 'var(--mantine-color-dark-6)' },
      }}
    >
      {t('masuk.demoTeks', { instansi: info.nama })}
    </Alert>
  );
}

function DemoAccounts({ info, onPick }: { info: PublicInfo; onPick: (username: string) => void }) {
  const { t } = useTranslation();
  return (
    <Card data-testid="demo-akun">
      <Stack gap="xs">
        <Title order={2} fz="md">
          {t('masuk.demoAkun')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('masuk.demoPetunjuk')}
        </Text>
        {info.passwordDemo ? (
          <Text size="sm">
            {t('masuk.demoPassword')}{' '}
            <Text span ff="monospace" fw={600} style={{ whiteSpace: 'nowrap' }} data-testid="demo-password">
              {info.passwordDemo}
            </Text>
          </Text>
        ) : null}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mt={4}>
          {info.akunDemo.map((akun) => (
            <UnstyledButton
              key={akun.username}
              onClick={() => onPick(akun.username)}
              data-testid={`demo-akun-${akun.username}`}
              p="sm"
              style={{
                border: '1px solid var(--mantine-color-default-border)',
                borderRadius: 'var(--mantine-radius-md)',
                background: 'var(--mantine-color-body)',
              }}
            >
              <Badge size="xs" variant="light" radius="sm" mb={4}>
                {t(`peran.${akun.peran}`)}
              </Badge>
              <Text size="sm" fw={600} lh={1.25}>
                {akun.nama}
              </Text>
              <Text size="xs" ff="monospace" c="dimmed" mt={2}>
                {formatNip(akun.username)}
              </Text>
              {akun.keterangan ? (
                <Text size="xs" c="dimmed" lh={1.3} mt={2}>
                  {akun.keterangan}
                </Text>
              ) : null}
            </UnstyledButton>
          ))}
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

/** The login page: NIP or account name + password; on the demo instance, the demo accounts to try. */
export function LoginScreen({ onSuccess }: { onSuccess: (me: Me) => void }) {
  const { t } = useTranslation();
  useDocumentTitle(t('masuk.judulHalaman'));
  const info = usePublicInfo();
  const [values, setValues] = useState<Record<Field, string>>({ username: '', password: '' });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});
  const passwordRef = useRef<HTMLInputElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const loginMutation = useLogin({ onSuccess });

  const set = (field: Field) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setFieldErrors((e) => ({ ...e, [field]: undefined }));
  };

  const pickDemo = (username: string) => {
    const password = info.data?.passwordDemo ?? '';
    setValues({ username, password });
    setFieldErrors({});
    loginMutation.reset();
    (password ? submitRef : passwordRef).current?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = LoginBody.safeParse(values);
    if (!parsed.success) {
      setFieldErrors(zodFieldErrors(t, parsed.error.issues, FIELDS));
      return;
    }
    setFieldErrors({});
    loginMutation.mutate(parsed.data, {
      onError: (error) => {
        if (isApiError(error, 'VALIDASI.GAGAL')) setFieldErrors(serverFieldErrors(error.fieldIssues, FIELDS));
        if (isApiError(error, 'AUTH.KREDENSIAL_SALAH')) passwordRef.current?.select();
      },
    });
  };

  const error = loginMutation.error;
  const locked = isApiError(error, 'AUTH.TERKUNCI') || isApiError(error, 'AUTH.TERLALU_SERING');
  const demo = info.data?.demo ? info.data : null;
  const wide = useMediaQuery('(min-width: 62em)', false, { getInitialValueInEffect: false });
  // On wide screens the demo accounts sit beside the form; on phones below it (the form comes first).
  const demoAccounts = demo && demo.akunDemo.length > 0 ? <DemoAccounts info={demo} onPick={pickDemo} /> : null;

  return (
    <Box mih="100dvh" bg="linear-gradient(160deg, var(--mantine-color-kupang-0) 0%, var(--mantine-color-gray-0) 45%, var(--mantine-color-cendana-0) 100%)">
      <Container size={1040} py={{ base: 'md', sm: 'xl' }} px={{ base: 'md', sm: 'lg' }}>
        <Group justify="space-between" mb={{ base: 'lg', md: 48 }} wrap="nowrap">
          <Brand size="lg" />
          <LanguageSwitch size="sm" />
        </Group>
        <Grid gap={{ base: 'lg', md: 48 }}>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Stack gap="lg" pt={{ md: 'xl' }}>
              <Stack gap="xs" visibleFrom="md">
                <Title order={2} fz={34} lh={1.2} c="kupang.9">
                  {t('app.tagline')}
                </Title>
                <Text c="dimmed" size="lg">
                  {t('app.pemda')}
                </Text>
              </Stack>
              {demo ? <DemoNotice info={demo} /> : null}
              {wide ? demoAccounts : null}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Stack gap="lg">
              <Card shadow="sm" padding="xl" component="form" onSubmit={submit} noValidate data-testid="login-form">
                <Stack gap="md">
                  <div>
                    <Title order={1} fz={24}>
                      {t('masuk.judul')}
                    </Title>
                    <Text size="sm" c="dimmed" mt={4}>
                      {t('masuk.subjudul')}
                    </Text>
                  </div>
                  {error ? (
                    <Alert
                      color={locked ? 'orange' : 'red'}
                      variant="light"
                      icon={locked ? <IconLock size={20} /> : <IconAlertTriangle size={20} />}
                      title={t('masuk.gagalJudul')}
                      data-testid="login-error"
                      data-code={isApiError(error) ? error.code : undefined}
                      role="alert"
                    >
                      {errorMessage(t, error)}
                    </Alert>
                  ) : null}
                  <TextInput
                    label={t('masuk.username')}
                    placeholder={t('masuk.usernamePlaceholder')}
                    value={values.username}
                    onChange={(e) => set('username')(e.currentTarget.value)}
                    error={fieldErrors.username}
                    autoComplete="username"
                    autoCapitalize="none"
                    autoCorrect="off"
                    spellCheck={false}
                    leftSection={<IconUser size={18} />}
                    size="md"
                    required
                    data-testid="login-username"
                  />
                  <PasswordInput
                    ref={passwordRef}
                    label={t('masuk.password')}
                    placeholder={t('masuk.passwordPlaceholder')}
                    value={values.password}
                    onChange={(e) => set('password')(e.currentTarget.value)}
                    error={fieldErrors.password}
                    autoComplete="current-password"
                    leftSection={<IconLock size={18} />}
                    visibilityToggleButtonProps={{ 'aria-label': t('masuk.tampilkanSandi'), 'data-testid': 'login-password-toggle' }}
                    size="md"
                    required
                    data-testid="login-password"
                  />
                  <Button ref={submitRef} type="submit" size="md" fullWidth loading={loginMutation.isPending} data-testid="login-submit">
                    {t('masuk.kirim')}
                  </Button>
                  <Text size="xs" c="dimmed" ta="center">
                    {t('masuk.lupa')}
                  </Text>
                </Stack>
              </Card>
              {wide ? null : demoAccounts}
            </Stack>
          </Grid.Col>
        </Grid>
      </Container>
    </Box>
  );
}
