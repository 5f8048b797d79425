import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isWorkingDay, workingDaysBetween, type WorkingCalendar } from '#shared/calendar/working-days.js';
import { dossierReviewSchema, type DossierReview } from '#shared/dossiers/dossier-review.schemas.js';
import type { DossierContent } from '#shared/dossiers/dossiers.schemas.js';
import { auditEvents, dossiers, dossierSystems, informationSystems, issuedDocuments } from '#server/db/schema/index.js';
import { loadWorkingCalendar } from '#server/modules/calendar/load-calendar.js';
import { openTestDb, type TestDb } from '../../support/test-database.js';

/**
 * The demo reads like a real district's records: its registers numbered by date and from 1 each year, its
 * documents dated on working days of the product's own calendar, its dossiers written without a sentence
 * copied from one part or one unit to another, and the district's portal described as the public web site
 * it is.
 */

/** One numbered document of the demo, in the register (issuer and type) that numbered it. */
interface Numbered {
  register: string;
  symbol: string;
  date: string;
}

interface DemoDossier {
  id: string;
  operatorOrganisationId: string;
  content: DossierContent;
  review: DossierReview;
}

/** More documents than this a working day no register of a district's bodies gives. */
const MAX_A_WORKING_DAY = 20;
const PORTAL = 'Cổng thông tin điện tử huyện Yên Định';

let testDb: TestDb;
let calendar: WorkingCalendar;
let demoDossiers: DemoDossier[];
let numbered: Numbered[];
/** Every day a document was issued or a step recorded, with what it was. */
let issuedDays: Array<{ what: string; date: string }>;

/** The day in Vietnam (UTC+7) of a recorded moment. */
const vietnamDay = (at: string | Date) => new Date(new Date(at).getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}
const leadingNumber = (symbol: string) => Number(/^(\d+)\//.exec(symbol)?.[1]);
const workingDaysIntoYear = (date: string) =>
  workingDaysBetween(calendar, `${Number(date.slice(0, 4)) - 1}-12-31`, date);

beforeAll(async () => {
  testDb = await openTestDb();
  const { db } = testDb;
  calendar = await loadWorkingCalendar(db);
  demoDossiers = (await db.select().from(dossiers)).map((row) => ({
    ...row,
    review: dossierReviewSchema.parse(row.review),
  }));
  const systems = await db.select().from(informationSystems);
  const issued = await db.select().from(issuedDocuments);

  const decisions = new Map<string, Numbered>();
  for (const system of systems)
    if (system.approvalDecisionNumber && system.approvalDecisionDate)
      decisions.set(system.approvalDecisionNumber, {
        register: `${system.approvalDecisionIssuer} QĐ`,
        symbol: system.approvalDecisionNumber,
        date: system.approvalDecisionDate,
      });
  for (const { review } of demoDossiers)
    if (review.decision)
      decisions.set(review.decision.documentNumber, {
        register: `${review.decision.issuer.name} QĐ`,
        symbol: review.decision.documentNumber,
        date: review.decision.documentDate,
      });
  numbered = [
    ...decisions.values(),
    ...demoDossiers.flatMap(({ operatorOrganisationId, review }) =>
      review.submission
        ? [
            {
              register: `${operatorOrganisationId} TTr`,
              symbol: review.submission.documentNumber,
              date: review.submission.documentDate,
            },
          ]
        : [],
    ),
    ...issued.map((row) => ({
      register: `${row.organisationId} ${row.typeCode}`,
      symbol: row.symbol,
      date: row.issuedOn,
    })),
  ];

  const events = await db.select().from(auditEvents).where(eq(auditEvents.entityType, 'dossier'));
  issuedDays = [
    ...numbered.map((entry) => ({ what: entry.symbol, date: entry.date })),
    ...demoDossiers.flatMap(({ id, review }) => [
      ...(review.appraisal ? [{ what: `appraisal of ${id}`, date: vietnamDay(review.appraisal.at) }] : []),
      ...(review.appraisal?.document
        ? [{ what: review.appraisal.document.documentNumber, date: review.appraisal.document.documentDate }]
        : []),
      ...(review.returns ?? []).map((back) => ({ what: `return of ${id}`, date: vietnamDay(back.at) })),
      ...(review.decision ? [{ what: `decision of ${id}`, date: vietnamDay(review.decision.at) }] : []),
    ]),
    ...events.map((event) => ({ what: `${event.action} of ${event.entityId}`, date: vietnamDay(event.at) })),
  ];
});
afterAll(() => testDb?.close());

describe('the registers', () => {
  test('within each register and year, a later date never has a smaller number, and none is taken twice', () => {
    const byRegisterYear = groupBy(numbered, (entry) => `${entry.register} ${entry.date.slice(0, 4)}`);
    // The Sở's decisions, its letters, and every unit's submission letter.
    expect(byRegisterYear.size).toBeGreaterThan(30);
    for (const [register, entries] of byRegisterYear) {
      const sorted = [...entries].sort((a, b) => a.date.localeCompare(b.date));
      const numbers = sorted.map((entry) => leadingNumber(entry.symbol));
      expect(new Set(numbers).size, register).toBe(numbers.length);
      for (const entry of sorted)
        for (const next of sorted.filter((other) => other.date > entry.date))
          expect(
            leadingNumber(next.symbol),
            `${register}: ${entry.symbol} of ${entry.date}, ${next.symbol} of ${next.date}`,
          ).toBeGreaterThan(leadingNumber(entry.symbol));
    }
  });

  test('numbering restarts each 1 January: no number larger than a year so far could have reached', () => {
    for (const entry of numbered) {
      const limit = MAX_A_WORKING_DAY * Math.max(1, workingDaysIntoYear(entry.date));
      expect(leadingNumber(entry.symbol), `${entry.symbol} of ${entry.date}`).toBeLessThanOrEqual(limit);
    }
    // Where a register runs across New Year, the new year starts below where the old one ended.
    const registers = groupBy(numbered, (entry) => entry.register);
    let acrossNewYear = 0;
    for (const [register, entries] of registers) {
      const years = groupBy(entries, (entry) => Number(entry.date.slice(0, 4)));
      for (const [year, ofYear] of years) {
        const previous = years.get(year - 1);
        if (!previous) continue;
        acrossNewYear += 1;
        expect(Math.min(...ofYear.map((e) => leadingNumber(e.symbol))), register).toBeLessThan(
          Math.max(...previous.map((e) => leadingNumber(e.symbol))),
        );
      }
    }
    // The Sở's decisions and its letters (the appraisal opinions) both run from 2022 into 2023.
    expect(acrossNewYear).toBeGreaterThanOrEqual(2);
  });
});

test('no document is dated, and no step recorded, on a weekend or a public holiday', () => {
  const years = new Set(issuedDays.map((day) => day.date.slice(0, 4)));
  // The calendar knows every year the demo dates (2022 included): the check is not vacuous.
  for (const year of years)
    expect(
      [...calendar.holidays].some((date) => date.startsWith(year)),
      year,
    ).toBe(true);
  expect(issuedDays.length).toBeGreaterThan(150);
  const offDays = issuedDays.filter((day) => !isWorkingDay(calendar, day.date));
  expect(offDays).toEqual([]);
});

describe("the dossiers' texts", () => {
  /** What the unit wrote in its dossier (the free texts, not the codes beside them), sentence by sentence. */
  const sentencesOf = (content: DossierContent): string[] =>
    [
      ...Object.values(content.overview),
      content.design.description,
      content.levelExplanation,
      content.riskIdentification,
      ...Object.values(content.securityPlan.parts),
      ...content.securityPlan.requirements.map((requirement) => requirement.note),
      ...Object.values(content.highLevelAnalysis),
    ]
      .flatMap((text) => text.split(/(?<=[.!?])\s+|\n+/u))
      .map((sentence) => sentence.trim())
      .filter(Boolean);

  test('no sentence is repeated within a dossier', () => {
    expect(demoDossiers).toHaveLength(30);
    for (const dossier of demoDossiers) {
      const sentences = sentencesOf(dossier.content);
      expect(sentences.length).toBeGreaterThan(20);
      expect(
        sentences.filter((sentence, index) => sentences.indexOf(sentence) !== index),
        dossier.id,
      ).toEqual([]);
    }
  });

  test('nor copied from one dossier to another', () => {
    const dossiersOf = new Map<string, Set<string>>();
    for (const dossier of demoDossiers)
      for (const sentence of sentencesOf(dossier.content))
        dossiersOf.set(sentence, (dossiersOf.get(sentence) ?? new Set()).add(dossier.id));
    expect([...dossiersOf].filter(([, ids]) => ids.size > 1).map(([sentence]) => sentence)).toEqual([]);
  });

  test("the district portal's explanation describes a public web portal, not an internal network", async () => {
    const [portal] = await testDb.db
      .select({ content: dossiers.content })
      .from(dossiers)
      .innerJoin(dossierSystems, eq(dossierSystems.dossierId, dossiers.id))
      .innerJoin(informationSystems, eq(informationSystems.id, dossierSystems.systemId))
      .where(eq(informationSystems.name, PORTAL));
    const { overview, levelExplanation } = portal!.content;
    const text = Object.values(overview).join(' ');
    for (const term of ['Internet', 'công khai', 'DMZ', 'máy chủ web', 'hệ quản trị nội dung (CMS)', 'người dân'])
      expect(text, term).toContain(term);
    expect(overview.logicalArchitecture).not.toMatch(/LAN|mạng nội bộ/u);
    // The rule that decided its level: a service to the public giving public information (nd85 art. 8.2.a).
    expect(levelExplanation).toContain('điểm a khoản 2 Điều 8 Nghị định 85/2016/NĐ-CP');
  });
});
