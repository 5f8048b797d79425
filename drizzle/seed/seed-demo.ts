import { count } from 'drizzle-orm';
import type { OrganisationKind } from '#shared/organisations/organisations.schemas.js';
import type { Db } from '#server/db/open-db.js';
import { designations, informationSystems, memberships, organisations, users } from '#server/db/schema/index.js';
import { hashPassword } from '#server/modules/auth/passwords.js';
import { organisationSearchText } from '#server/modules/organisations/search-text.js';
import { systemSearchText } from '#server/modules/systems/search-text.js';
import { ensureDefaultHolidays, loadWorkingCalendar, todayInVietnam } from '#server/modules/calendar/load-calendar.js';
import { seedDemoDocumentSettings } from './demo-document-settings.js';
import { seedDemoDossiers } from './demo-dossiers.js';
import { refreshNextActors } from '#server/modules/dossiers/next-actor.js';
import { loadRegimes } from '#server/modules/regimes/load-regimes.js';
import { registerNumbers, registerSymbol, workingDayOnOrAfter } from './demo-schedule.js';
import { communes, DEMO_PASSWORD, demoUsers, publicServiceUnits, towns, type DemoOrgKey } from './yen-dinh.data.js';

type OrgInsert = typeof organisations.$inferInsert;
type SystemInsert = typeof informationSystems.$inferInsert;

/** The Sở's decisions a working day (all its decisions, of which the demo shows its approvals). */
const DECISIONS_A_DAY = 10.5;

export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(organisations);
  return (row?.n ?? 0) === 0;
}

/** Loads the Yên Định demo in one transaction; refuses a database that already has organisations. */
export async function seedDemo(db: Db): Promise<void> {
  if (!(await isEmpty(db)))
    throw new Error('Cơ sở dữ liệu đã có dữ liệu; không nạp dữ liệu mẫu. / Database is not empty.');
  // The demo's documents are dated on working days of the calendar the product itself uses.
  await ensureDefaultHolidays(db);
  const calendar = await loadWorkingCalendar(db);
  const orgs: OrgInsert[] = [];
  const keys = new Map<DemoOrgKey, OrgInsert>();
  const add = (
    key: DemoOrgKey,
    parent: OrgInsert | undefined,
    kind: OrganisationKind,
    name: string,
    shortName: string,
    place: string,
  ) => {
    const id = crypto.randomUUID();
    const org: OrgInsert = {
      id,
      parentId: parent?.id ?? null,
      kind,
      name,
      shortName,
      place,
      path: `${parent?.path ?? ''}${id}/`,
      depth: (parent?.depth ?? -1) + 1,
      searchText: organisationSearchText({ name, shortName }),
    };
    orgs.push(org);
    keys.set(key, org);
    return org;
  };
  const province = add('province', undefined, 'province', 'Ủy ban nhân dân tỉnh Thanh Hóa', 'UBND', 'Thanh Hóa');
  const department = add(
    'department',
    province,
    'department',
    'Sở Thông tin và Truyền thông tỉnh Thanh Hóa',
    'STTTT',
    'Thanh Hóa',
  );
  const district = add('district', province, 'district', 'Ủy ban nhân dân huyện Yên Định', 'UBND', 'Yên Định');
  for (const name of towns) add(`commune:${name}`, district, 'town', `Ủy ban nhân dân thị trấn ${name}`, 'UBND', name);
  for (const name of communes) add(`commune:${name}`, district, 'commune', `Ủy ban nhân dân xã ${name}`, 'UBND', name);
  for (const unit of publicServiceUnits)
    add(`psu:${unit.key}`, district, 'publicServiceUnit', unit.name, unit.shortName, 'Yên Định');

  const systems: SystemInsert[] = [];
  const system = (values: Omit<SystemInsert, 'searchText'>) =>
    systems.push({
      id: crypto.randomUUID(),
      ...values,
      searchText: systemSearchText(values),
    });
  const sotttt = department.name;
  system({
    name: 'Cổng thông tin điện tử huyện Yên Định',
    ownerOrganisationId: district.id!,
    operatorOrganisationId: district.id!,
    systemType: 'onlineService',
    informationTypes: ['public'],
    internalUserCount: 40,
    externalUserCount: 20000,
    description:
      'Cổng thông tin điện tử công khai của huyện trên Internet, với 26 trang thông tin thành phần của các xã, ' +
      'thị trấn.',
    address: 'yendinh.thanhhoa.gov.vn',
    approvedLevel: 2,
    approvalDecisionDate: '2022-09-20',
    approvalDecisionIssuer: sotttt,
    approvalRegime: 'nd85',
  });
  // The communes' and towns' approvals spread from November 2022 to March 2023, each on a working day.
  [...towns, ...communes].forEach((name, index) => {
    const unit = keys.get(`commune:${name}`)!;
    const short = unit.name.replace('Ủy ban nhân dân', 'UBND');
    const day = String((index % 27) + 1).padStart(2, '0');
    const month = ['11', '12', '01', '02', '03'][index % 5]!;
    system({
      name: `Hệ thống thông tin phục vụ hoạt động nội bộ của ${short}`,
      ownerOrganisationId: unit.id!,
      operatorOrganisationId: unit.id!,
      systemType: 'internal',
      informationTypes: ['private', 'personal'],
      internalUserCount: 25,
      description: `Mạng nội bộ của ${short}: máy trạm, kết nối mạng truyền số liệu chuyên dùng, ứng dụng dùng chung.`,
      approvedLevel: 2,
      approvalDecisionDate: workingDayOnOrAfter(calendar, `${month < '06' ? 2023 : 2022}-${month}-${day}`),
      approvalDecisionIssuer: sotttt,
      approvalRegime: 'nd85',
    });
  });
  // The Sở's decisions numbered in its register: in date order, from 1 each January.
  const approved = systems.filter((row) => row.approvalDecisionDate);
  const decisionNumbers = registerNumbers(
    calendar,
    approved.map((row) => ({ key: row, date: row.approvalDecisionDate! })),
    DECISIONS_A_DAY,
  );
  for (const row of approved) row.approvalDecisionNumber = registerSymbol(decisionNumbers.get(row)!, 'QĐ', 'STTTT');
  for (const unit of publicServiceUnits) {
    const org = keys.get(`psu:${unit.key}`)!;
    system({
      name: `Hệ thống thông tin phục vụ hoạt động nội bộ của ${unit.name}`,
      ownerOrganisationId: district.id!,
      operatorOrganisationId: org.id!,
      systemType: 'internal',
      informationTypes: ['private', 'personal'],
      internalUserCount: unit.staff,
      description: `Mạng nội bộ, máy trạm và ${unit.software}.`,
    });
  }

  const passwordHashes = await Promise.all(demoUsers.map(() => hashPassword(DEMO_PASSWORD)));
  await db.transaction(async (tx) => {
    await tx.insert(organisations).values(orgs);
    await seedDemoDocumentSettings(tx, keys);
    await tx.insert(designations).values({
      designatedOrganisationId: department.id!,
      subtreeRootId: province.id!,
      validFrom: '2016-07-01',
      note: 'Đơn vị chuyên trách về an toàn thông tin của tỉnh theo Nghị định 85/2016/NĐ-CP',
    });
    await tx.insert(informationSystems).values(systems);
    const inserted = await tx
      .insert(users)
      .values(
        demoUsers.map((u, i) => ({ username: u.username, fullName: u.fullName, passwordHash: passwordHashes[i]! })),
      )
      .returning({ id: users.id, username: users.username });
    const idOf = new Map(inserted.map((u) => [u.username, u.id]));
    await tx
      .insert(memberships)
      .values(
        demoUsers.map((u) => ({ userId: idOf.get(u.username)!, organisationId: keys.get(u.org)!.id!, role: u.role })),
      );
    // Who prepared each unit's dossier: the unit's own demo officer where there is one.
    const person = (username: string) => ({
      id: idOf.get(username)!,
      name: demoUsers.find((u) => u.username === username)!.fullName,
    });
    const officerOf = new Map(
      demoUsers.filter((u) => u.role === 'officer').map((u) => [keys.get(u.org)!.id!, idOf.get(u.username)!]),
    );
    await seedDemoDossiers(
      tx,
      systems,
      new Map(orgs.map((o) => [o.id!, o])),
      (operatorId) => ({
        preparedBy: officerOf.get(operatorId) ?? null,
        appraiser: person('sotttt.thamdinh'),
        approver: person('sotttt.lanhdao'),
        issuer: { id: department.id!, name: department.name },
      }),
      calendar,
    );
    // The dossiers were written straight into the table: who acts next on each, as the server keeps it.
    await refreshNextActors(tx, await loadRegimes(tx), todayInVietnam(), 'all');
  });
}
