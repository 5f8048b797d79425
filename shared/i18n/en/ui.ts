import type { Messages } from '../messages.js';

export const ui: Messages['ui'] = {
  appName: 'capdo',
  appTitle: 'Information system security level tracker',
};
