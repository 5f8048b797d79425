import type { Sql } from 'postgres';

type Callback = (sql: Sql) => unknown;

/**
 * The postgres.js client drizzle is given, with every query sent as a named prepared statement.
 *
 * drizzle calls `client.unsafe(text, params, { prepare: false })` unless a query is built with
 * `.prepare(name)`, so PostgreSQL would parse and analyse the same text again on every request (a list
 * page runs about ten statements). Prepared, each connection parses a text once and then only binds and
 * executes it: measured on the country benchmark, 1.5-1.7 times the dossier page's requests per second and
 * 1.4 times the saves (docs/benchmarks.md).
 *
 * postgres.js keeps a connection's statements until the connection ends, and ends each connection after
 * 30-60 minutes (its max_lifetime), so statements whose text varies (an IN list of n values) cannot pile
 * up for ever. Transactions and savepoints hand drizzle a new handle, which is wrapped the same way.
 */
export function preparingEveryStatement<T extends Sql>(client: T): T {
  const wrapCallback = (callback: Callback) => (sql: Sql) => callback(preparingEveryStatement(sql));
  // A callback is the last argument of begin(options?, cb) and savepoint(name?, cb).
  const withWrappedCallback =
    (method: (...args: unknown[]) => unknown) =>
    (...args: unknown[]) =>
      method(...args.slice(0, -1), wrapCallback(args.at(-1) as Callback));
  return new Proxy(client, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      const method = (value as (...args: unknown[]) => unknown).bind(target);
      if (property === 'unsafe')
        return (text: string, params: unknown[] = [], options: object = {}) =>
          method(text, params, { ...options, prepare: true });
      if (property === 'begin' || property === 'savepoint') return withWrappedCallback(method);
      return method;
    },
  });
}
