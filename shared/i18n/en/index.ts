import type { Messages } from '../messages.js';
import { domain } from './domain.js';
import { email } from './email.js';
import { errors, validation } from './errors.js';
import { reports } from './reports.js';
import { ui } from './ui.js';

export const en: Messages = { domain, errors, validation, ui, reports, email };
