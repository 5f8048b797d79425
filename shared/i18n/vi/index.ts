import { domain } from './domain.js';
import { email } from './email.js';
import { errors, validation } from './errors.js';
import { reports } from './reports.js';
import { ui } from './ui.js';

/** The Vietnamese catalogue: the product's first language and the shape every other locale follows. */
export const vi = { domain, errors, validation, ui, reports, email };
