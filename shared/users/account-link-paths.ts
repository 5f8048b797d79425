/**
 * The web pages that open a one-time link; the link carries its token in the query string (?token=…). Apart from
 * users.schemas.ts, which imports zod: the web app's router needs them on the login page, which loads without it.
 */
export const accountLinkPaths = { activate: '/activate', reset: '/reset-password' } as const;
