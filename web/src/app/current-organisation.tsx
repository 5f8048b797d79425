import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { User } from '#shared/users/users.schemas.js';

interface WorkingOrganisation {
  id: string;
  name: string;
}

interface CurrentOrganisationValue {
  /** Where the person works now: the default scope of lists and counts. */
  current: WorkingOrganisation | null;
  /** Every organisation the person holds a role in (a person with several switches in the top bar). */
  choices: WorkingOrganisation[];
  /**
   * The default scope of lists and counts: the working organisation when the person has several
   * to switch between; with one, everything they can see (for an officer that is the same
   * subtree; a reviewer also sees the units their designated unit appraises).
   */
  defaultScope: WorkingOrganisation | null;
  setCurrent: (id: string) => void;
}

const CurrentOrganisationContext = createContext<CurrentOrganisationValue | null>(null);

const storageKey = (userId: string) => `capdo.currentOrganisation.${userId}`;

function readStored(userId: string): string | null {
  try {
    return localStorage.getItem(storageKey(userId));
  } catch {
    return null;
  }
}

/** Every organisation the person holds a role in, once each, in the order of their memberships. */
function choicesOf(user: User): WorkingOrganisation[] {
  const seen = new Map<string, WorkingOrganisation>();
  for (const m of user.memberships)
    if (!seen.has(m.organisationId)) seen.set(m.organisationId, { id: m.organisationId, name: m.organisationName });
  return [...seen.values()];
}

const chosenOf = (choices: WorkingOrganisation[], chosenId: string | null) =>
  choices.find((c) => c.id === chosenId) ?? choices[0] ?? null;

/** Where the person will work once logged in (what `current` will be), known before the app's pages render. */
export const workingOrganisationOf = (user: User) => chosenOf(choicesOf(user), readStored(user.id));

export function CurrentOrganisationProvider({ user, children }: { user: User; children: ReactNode }) {
  const choices = useMemo(() => choicesOf(user), [user]);
  const [chosenId, setChosenId] = useState(() => readStored(user.id));
  const current = chosenOf(choices, chosenId);

  const value = useMemo<CurrentOrganisationValue>(
    () => ({
      current,
      choices,
      defaultScope: choices.length > 1 ? current : null,
      setCurrent: (id) => {
        setChosenId(id);
        try {
          localStorage.setItem(storageKey(user.id), id);
        } catch {
          // private mode: the choice lasts for this page only
        }
      },
    }),
    [current, choices, user.id],
  );
  return <CurrentOrganisationContext.Provider value={value}>{children}</CurrentOrganisationContext.Provider>;
}

export function useCurrentOrganisation(): CurrentOrganisationValue {
  const value = useContext(CurrentOrganisationContext);
  if (!value) throw new Error('useCurrentOrganisation outside CurrentOrganisationProvider');
  return value;
}
