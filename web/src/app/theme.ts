import { createTheme, type MantineColorsTuple } from '@mantine/core';

// A calm deep teal-blue (the sea around Kupang) with a warm sandal-gold accent (NTT's ikat colours).
const kupang: MantineColorsTuple = [
  '#e7f4f8', '#cfe5ed', '#9ecbdb', '#6aafc8', '#4298b8', '#2889ad', '#1581a8', '#066e93', '#0b5c7a', '#004d68',
];
const cendana: MantineColorsTuple = [
  '#fff8e2', '#fdefcd', '#f9dd9c', '#f5ca67', '#f2b233', '#f0ad25', '#efa613', '#d59104', '#be8000', '#a56d00',
];

export const theme = createTheme({
  primaryColor: 'kupang',
  primaryShade: { light: 8, dark: 5 },
  colors: { kupang, cendana },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif',
  headings: { fontWeight: '650' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  components: {
    Card: { defaultProps: { withBorder: true, radius: 'md', padding: 'lg' } },
    Paper: { defaultProps: { radius: 'md' } },
  },
});
