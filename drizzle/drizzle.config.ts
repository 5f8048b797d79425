import { defineConfig } from 'drizzle-kit';

// `npx drizzle-kit generate --config drizzle/drizzle.config.ts` writes the SQL to commit.
export default defineConfig({
  dialect: 'postgresql',
  schema: './server/db/schema/index.ts',
  out: './drizzle/migrations',
});
