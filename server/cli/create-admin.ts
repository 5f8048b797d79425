import { parseArgs } from 'node:util';
import { z } from 'zod';
import { organisationKindSchema } from '#shared/organisations/organisations.schemas.js';
import { passwordSchema, usernameSchema } from '#shared/users/users.schemas.js';
import { zodErrorMap } from '#shared/i18n/translate.js';
import { openDb } from '../db/open-db.js';
import { memberships, organisations, users } from '../db/schema/index.js';
import { parseEnv } from '../env.js';
import { hashPassword } from '../modules/auth/passwords.js';
import { organisationSearchText } from '../modules/organisations/search-text.js';

/**
 * Creates the first administrator of a fresh database (PostgreSQL deployments are not seeded):
 * a top-level organisation and an admin membership there, which covers everything under it.
 *
 *   npm run admin:create -- --username admin --full-name "Quản trị" --organisation "Ủy ban nhân dân tỉnh X" \
 *     --short-name UBND --place "X" [--kind province]    (password read from CAPDO_ADMIN_PASSWORD)
 */
const { values } = parseArgs({
  options: {
    username: { type: 'string' },
    'full-name': { type: 'string' },
    organisation: { type: 'string' },
    'short-name': { type: 'string', default: 'UBND' },
    place: { type: 'string' },
    kind: { type: 'string', default: 'province' },
  },
});

const input = z
  .object({
    username: usernameSchema,
    fullName: z.string().min(2),
    password: passwordSchema,
    organisation: z.string().min(2),
    shortName: z.string().min(1),
    place: z.string().min(1),
    kind: organisationKindSchema,
  })
  .safeParse(
    {
      username: values.username,
      fullName: values['full-name'] ?? values.username,
      password: process.env.CAPDO_ADMIN_PASSWORD,
      organisation: values.organisation,
      shortName: values['short-name'],
      place: values.place,
      kind: values.kind,
    },
    { error: zodErrorMap('vi') },
  );
if (!input.success) {
  for (const issue of input.error.issues) console.error(`${issue.path.join('.')}: ${issue.message}`);
  console.error(
    'Mật khẩu đọc từ biến môi trường CAPDO_ADMIN_PASSWORD. / The password is read from CAPDO_ADMIN_PASSWORD.',
  );
  process.exit(2);
}
const data = input.data;
const env = parseEnv();
const { db, close } = await openDb({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
try {
  const passwordHash = await hashPassword(data.password);
  await db.transaction(async (tx) => {
    const id = crypto.randomUUID();
    const name = data.organisation.normalize('NFC');
    await tx.insert(organisations).values({
      id,
      kind: data.kind,
      name,
      shortName: data.shortName,
      place: data.place.normalize('NFC'),
      path: `${id}/`,
      depth: 0,
      searchText: organisationSearchText({ name, shortName: data.shortName }),
    });
    const [user] = await tx
      .insert(users)
      .values({ username: data.username, fullName: data.fullName.normalize('NFC'), passwordHash })
      .returning();
    await tx.insert(memberships).values({ userId: user!.id, organisationId: id, role: 'admin' });
  });
  console.log(`Đã tạo quản trị viên ${data.username} tại ${data.organisation}. / Administrator created.`);
} finally {
  await close();
}
