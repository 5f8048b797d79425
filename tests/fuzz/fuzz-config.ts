import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * tests/fuzz/config.json: the seed and the bounds of a run, kept in the repository so that every run (a
 * developer's, CI's) sends the same requests. `npm run fuzz -- --seed N --examples N --only "GET /api/x"`
 * overrides them for one run.
 */
const configSchema = z.object({
  seed: z.number().int(),
  /** Requests built entirely from the schemas, per operation */
  validExamplesPerOperation: z.number().int().min(0),
  /** Requests with one part broken, per operation */
  mutatedExamplesPerOperation: z.number().int().min(0),
  /** The demo account the run logs in as, once per database (the login throttle counts every login) */
  account: z.object({ username: z.string(), password: z.string() }),
  /** Error statuses any operation may answer although its responses do not list them (with the error shape) */
  genericErrorStatuses: z.array(z.number().int().min(400).max(499)),
  /** Operations that end the session or change the password: sent after all others, in this order */
  lastOperations: z.array(z.string()),
  /** Operations not sent at all ("METHOD /path" as in the OpenAPI document) */
  skipOperations: z.array(z.string()),
  requestTimeoutMs: z.number().int().min(1_000),
  serverStartTimeoutMs: z.number().int().min(1_000),
  /** A fixed key for the audit chain's HMAC: the server refuses to start without one it can rely on */
  auditHmacKey: z.string().min(32),
  /** A run that sends fewer requests than this to a database fails: the bound must mean something */
  minimumRequestsPerDatabase: z.number().int().min(0),
});
export type FuzzConfig = z.infer<typeof configSchema> & { only?: string };

const configFile = new URL('./config.json', import.meta.url);

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

export function loadConfig(args: string[]): FuzzConfig {
  const config: FuzzConfig = configSchema.parse(JSON.parse(readFileSync(configFile, 'utf8')));
  const seed = option(args, '--seed');
  if (seed !== undefined) config.seed = Number(seed);
  const examples = option(args, '--examples');
  if (examples !== undefined) {
    config.validExamplesPerOperation = Number(examples);
    config.mutatedExamplesPerOperation = Number(examples);
  }
  const only = option(args, '--only');
  if (only !== undefined) {
    config.only = only;
    config.minimumRequestsPerDatabase = 0;
  }
  return config;
}
