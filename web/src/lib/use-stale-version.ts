import { useRef, useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import type { ConflictRow } from '../components/ui/conflict-panel.js';

interface StaleVersionOptions<T extends FieldValues, Latest extends { version: number }, Submitted> {
  /** Submitted: what the form's resolver hands to onSubmit (the parsed values). */
  form: UseFormReturn<T, unknown, Submitted>;
  /** The values the form started from: what the person's edits are measured against. */
  initial: T;
  fetchLatest: () => Promise<Latest>;
  toValues: (latest: Latest) => T;
  /** The differing fields, labelled and formatted for people. */
  compare: (mine: T, latest: T) => ConflictRow[];
}

/**
 * The "409 stale_version" flow of a form, a three-way merge that loses nothing: load the latest
 * version and make it the form's base (so the next save is based on it); fields the person did
 * not touch take the latest values; fields they changed keep their values; where the newer
 * version changed the same field differently, both are listed so the person keeps theirs (save)
 * or takes the newer ones.
 */
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function useStaleVersion<
  T extends FieldValues & { version?: number },
  Latest extends { version: number },
  Submitted = T,
>({ form, initial, fetchLatest, toValues, compare }: StaleVersionOptions<T, Latest, Submitted>) {
  const [message, setMessage] = useState<string | null>(null);
  const [latest, setLatest] = useState<{
    version: number;
    rows: ConflictRow[];
    values: T;
    /** The fields both changed: the only ones "use the latest" replaces. */
    conflicts: Path<T>[];
  } | null>(null);
  const [loading, setLoading] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const base = useRef(initial);

  const loadLatest = async () => {
    setLoading(true);
    setLoadError(null);
    try {
      const record = await fetchLatest();
      const values = toValues(record);
      const mine = form.getValues();
      const before = base.current;
      const changed = Object.keys(mine).filter(
        (name) => name !== 'version' && !same(mine[name], before[name]),
      ) as Path<T>[];
      base.current = values;
      form.reset(values);
      for (const name of changed) form.setValue(name, mine[name], { shouldDirty: true });
      // A real conflict: both the person and the newer version changed the field, differently.
      const conflicts = changed.filter((name) => !same(values[name], before[name]));
      setLatest({
        version: record.version,
        rows: compare(mine, values).filter((row) => conflicts.some((name) => name === row.key)),
        values,
        conflicts,
      });
    } catch (error) {
      setLoadError(error instanceof Error ? error.message : String(error));
    } finally {
      setLoading(false);
    }
  };

  return {
    message,
    latest,
    loading,
    loadError,
    report: (text: string) => {
      setMessage(text);
      setLatest(null);
    },
    loadLatest,
    // The fields both changed take the newer value; the person's other changes stay, as the
    // panel's text promises (the form's base is already the newer version since loadLatest).
    useLatest: () => {
      if (latest) for (const name of latest.conflicts) form.setValue(name, latest.values[name], { shouldDirty: true });
      setMessage(null);
      setLatest(null);
    },
    clear: () => {
      setMessage(null);
      setLatest(null);
    },
  };
}
