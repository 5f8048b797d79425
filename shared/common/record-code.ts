import { z } from 'zod';

/**
 * A unit's identifying code (mã định danh) or a system's inventory code: letters, digits and . _ - only, stored in
 * upper case, so "h56.30" in one file and "H56.30" in the next name the same unit. '' means none: a save stores
 * null, and a form sends '' to clear the code.
 */
export const recordCodeSchema = z
  .string()
  .trim()
  .max(50, { message: 'validation.recordCode' })
  .toUpperCase()
  // Checked after toUpperCase; the lower-case letters are there for the OpenAPI document, whose pattern describes
  // what a client may send.
  .regex(/^([A-Za-z0-9][A-Za-z0-9._-]*)?$/, { message: 'validation.recordCode' });
