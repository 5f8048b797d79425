import type { Actor } from './actor.js';
import { canChangeSettings } from './settings.policy.js';

/**
 * The background jobs serve every unit (and their failures may name any of them), so they are shown to
 * those who look after what applies to every unit: the administrators of a top-level organisation.
 */
export const canSeeJobs = (actor: Actor): boolean => canChangeSettings(actor);
