import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

// Red Cross red (#c8102e) at shade 6, which Mantine uses for filled buttons: white on it is 5.9:1.
const redCross: MantineColorsTuple = [
  '#ffe9ec',
  '#fdd2d7',
  '#f6a3ad',
  '#f07180',
  '#ea4759',
  '#e42d41',
  '#c8102e',
  '#b00c28',
  '#9c0722',
  '#87001b',
];

export const theme = createTheme({
  primaryColor: 'redCross',
  primaryShade: { light: 6, dark: 5 },
  colors: { redCross },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'sm',
  breakpoints: { xs: '30em', sm: '48em', md: '64em', lg: '74em', xl: '90em' },
});

// Mantine's dimmed grey (gray.6) is below 4.5:1 on white; use gray.7 so secondary text stays readable.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});
