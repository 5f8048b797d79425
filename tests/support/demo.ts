import { asc, eq } from 'drizzle-orm';
import type { Db } from '#server/db/open-db.js';
import { informationSystems, organisations, users } from '#server/db/schema/index.js';

export { DEMO_PASSWORD, demoUsers } from '../../drizzle/seed/yen-dinh.data.js';

export type OrganisationRow = typeof organisations.$inferSelect;
export type SystemRow = typeof informationSystems.$inferSelect;

export const PROVINCE = 'Ủy ban nhân dân tỉnh Thanh Hóa';
export const SO_TTTT = 'Sở Thông tin và Truyền thông tỉnh Thanh Hóa';
export const DISTRICT = 'Ủy ban nhân dân huyện Yên Định';
export const DINH_BINH = 'Ủy ban nhân dân xã Định Bình';
export const DINH_CONG = 'Ủy ban nhân dân xã Định Công';
export const TTDVNN = 'Trung tâm Dịch vụ nông nghiệp huyện Yên Định';

/** The demo's rows looked up by name, for tests that speak the demo's language. */
export interface Demo {
  organisations: OrganisationRow[];
  systems: SystemRow[];
  org(name: string): OrganisationRow;
  /** The systems operated by this organisation (not its subtree). */
  systemsOf(name: string): SystemRow[];
  systemOf(name: string): SystemRow;
  /** Ids of the organisation and everything under it. */
  subtreeIds(name: string): Set<string>;
  userId(username: string): Promise<string>;
}

export async function loadDemo(db: Db): Promise<Demo> {
  const orgRows = await db.select().from(organisations).orderBy(asc(organisations.depth), asc(organisations.name));
  const systemRows = await db.select().from(informationSystems).orderBy(asc(informationSystems.name));
  const org = (name: string) => {
    const row = orgRows.find((o) => o.name === name);
    if (!row) throw new Error(`no organisation named ${name}`);
    return row;
  };
  const systemsOf = (name: string) => systemRows.filter((s) => s.operatorOrganisationId === org(name).id);
  return {
    organisations: orgRows,
    systems: systemRows,
    org,
    systemsOf,
    systemOf(name) {
      const [first, ...rest] = systemsOf(name);
      if (!first || rest.length) throw new Error(`expected one system operated by ${name}`);
      return first;
    },
    subtreeIds(name) {
      const root = org(name);
      return new Set(orgRows.filter((o) => o.path.startsWith(root.path)).map((o) => o.id));
    },
    async userId(username) {
      const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
      if (!row) throw new Error(`no user ${username}`);
      return row.id;
    },
  };
}
