import type { DocumentSystem, FormData } from '#shared/documents/form-data.schemas.js';
import { defaultRegimes } from '#shared/regimes/regimes.js';

/**
 * The rules a form cites for a system: those that decided its level, i.e. whose level is the system's.
 * A lower-level rule the system also matched did not decide it and is not cited. The server passes only the
 * deciding rules; the templates check again against the shipped regime, so a document never cites a lower
 * rule whatever it is given. A rule the shipped regime does not know (an administrator's own) is kept: its
 * level is not known here; and when the check would leave none (an administrator moved a rule to another
 * level), the rules given stand, since the server filtered them with the regime as stored.
 */
export function decidingRules(regime: FormData['regime'], system: DocumentSystem): DocumentSystem['rules'] {
  if (system.level === null) return system.rules;
  const shipped = defaultRegimes[regime.id].rules;
  const deciding = system.rules.filter((rule) => {
    const known = shipped.find((candidate) => candidate.id === rule.ruleId);
    return !known || known.level === system.level;
  });
  return deciding.length > 0 ? deciding : system.rules;
}

/** The system with only the rules that decided its level. */
export const withDecidingRules = (regime: FormData['regime'], system: DocumentSystem): DocumentSystem => ({
  ...system,
  rules: decidingRules(regime, system),
});
