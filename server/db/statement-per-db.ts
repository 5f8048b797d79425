import type { Db } from './open-db.js';

/**
 * A statement that drizzle builds once per database handle, and per variant (how many subtree roots an actor has,
 * say), and then only runs with values (`.prepare`): built on each call, drizzle writes the same SQL again every
 * time, a good part of a short request's time (docs/decisions.md, "Saves at country scale").
 */
export function statementPerDb<Statement, Variant = void>(
  build: (db: Db, variant: Variant) => Statement,
): (db: Db, variant: Variant) => Statement {
  const built = new WeakMap<Db, Map<Variant, Statement>>();
  return (db, variant) => {
    let variants = built.get(db);
    if (!variants) built.set(db, (variants = new Map<Variant, Statement>()));
    let statement = variants.get(variant);
    if (!statement) variants.set(variant, (statement = build(db, variant)));
    return statement;
  };
}
