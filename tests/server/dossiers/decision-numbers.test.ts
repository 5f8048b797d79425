import { and, eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { todayInVietnam } from '#shared/calendar/today-in-vietnam.js';
import { documentRegisters, dossiers, issuedDocuments } from '#server/db/schema/index.js';
import { appraisedDossier as appraisedDossierOf } from '../../support/appraised-dossier.js';
import { SO_TTTT, type Demo } from '../../support/demo.js';
import type { TestApp } from '../../support/test-app.js';
import { useDemoApp } from '../../support/demo-app.js';

/**
 * A decision's number and date: a typed number is unique for its issuer, year and type, like the
 * register's own, and the date lies between the dossier's submission and today.
 */
let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

const appraisedDossier = () => appraisedDossierOf(app, demo);

async function approve(dossier: { id: string; version: number }, decision: Record<string, string>) {
  return (await app.as('sotttt.lanhdao')).post(`/api/dossiers/${dossier.id}/transitions`, {
    body: { action: 'approve', version: dossier.version, ...decision },
  });
}

const statusOf = async (id: string) =>
  (await app.db.select({ status: dossiers.status }).from(dossiers).where(eq(dossiers.id, id)))[0]!.status;

type Refusal = { json: { error?: { issues?: Array<{ path: string; message: string }> } } };
const issues = (res: Refusal) => res.json.error?.issues ?? [];

test('a typed number already given by the same issuer this year is refused, naming documentNumber', async () => {
  const today = todayInVietnam();
  const first = await appraisedDossier();
  const second = await appraisedDossier();
  expect((await approve(first, { documentNumber: '801/QĐ-STTTT', documentDate: today })).status).toBe(200);

  const refused = await approve(second, { documentNumber: '801/QĐ-STTTT', documentDate: today });
  expect(refused.status).toBe(400);
  expect(issues(refused).map((issue) => issue.path)).toEqual(['documentNumber']);
  expect(issues(refused)[0]!.message).toMatch(/đã được cấp/);
  expect(await statusOf(second.id)).toBe('appraised');
  const registered = await app.db.select().from(issuedDocuments).where(eq(issuedDocuments.number, 801));
  expect(registered.map((row) => row.dossierId)).toEqual([first.id]);

  // The same number written another way (leading zero, spaces) is still the same number.
  const padded = await approve(second, { documentNumber: '0801 / QĐ-STTTT', documentDate: today });
  expect(issues(padded).map((issue) => issue.path)).toEqual(['documentNumber']);
  expect(await statusOf(second.id)).toBe('appraised');
});

test('a decision dated before the submission is refused, naming documentDate, and opens no register', async () => {
  const dossier = await appraisedDossier();
  for (const documentDate of ['1901-01-01', '2020-06-01']) {
    const refused = await approve(dossier, { documentDate });
    expect(refused.status, documentDate).toBe(400);
    expect(issues(refused).map((issue) => issue.path)).toEqual(['documentDate']);
    expect(issues(refused)[0]!.message).toMatch(/trước ngày gửi hồ sơ/);
    const typed = await approve(dossier, { documentNumber: '7/QĐ-STTTT', documentDate });
    expect(issues(typed).map((issue) => issue.path)).toEqual(['documentDate']);
  }
  expect(await app.db.select().from(documentRegisters).where(eq(documentRegisters.year, 1901))).toEqual([]);
  expect(await app.db.select().from(issuedDocuments).where(eq(issuedDocuments.year, 1901))).toEqual([]);
  expect(await statusOf(dossier.id)).toBe('appraised');
});

test("the register skips a number already typed: the next decision without one doesn't collide", async () => {
  const today = todayInVietnam();
  const year = Number(today.slice(0, 4));
  const so = demo.org(SO_TTTT).id;
  const lastNumber = async () =>
    (
      await app.db
        .select({ last: documentRegisters.lastNumber })
        .from(documentRegisters)
        .where(
          and(
            eq(documentRegisters.organisationId, so),
            eq(documentRegisters.year, year),
            eq(documentRegisters.typeCode, 'QĐ'),
          ),
        )
    )[0]?.last ?? 0;
  const next = (await lastNumber()) + 1;
  const typed = await appraisedDossier();
  const symbol = `${String(next).padStart(2, '0')}/QĐ-STTTT`;
  expect((await approve(typed, { documentNumber: symbol, documentDate: today })).status).toBe(200);

  const numbered = await appraisedDossier();
  const approved = await approve(numbered, { documentDate: today });
  expect(approved.status, approved.text).toBe(200);
  expect(approved.json.approvalDecision.number).toBe(`${String(next + 1).padStart(2, '0')}/QĐ-STTTT`);
  const rows = await app.db
    .select()
    .from(issuedDocuments)
    .where(and(eq(issuedDocuments.organisationId, so), eq(issuedDocuments.year, year)));
  const decisions = rows.filter((row) => row.typeCode === 'QĐ');
  expect(new Set(decisions.map((row) => row.number)).size).toBe(decisions.length);
  expect(decisions.find((row) => row.number === next)).toMatchObject({ dossierId: typed.id, symbol });
});
