import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { contractList } from '#server/openapi/build-openapi.js';
import { SESSION_COOKIE } from '#server/http/authenticate.js';
import { DINH_BINH, TTDVNN, type Demo } from '../support/demo.js';
import { snapshotDossierTables } from '../support/dossiers.js';
import type { ApiClient } from '../support/http-client.js';
import type { TestApp } from '../support/test-app.js';
import { endpointSamples, keyOf, randomId, type EndpointSample } from './endpoints.js';
import { useDemoApp } from '../support/demo-app.js';

/**
 * The reports called by people of one unit: naming another unit's organisation answers exactly like
 * an id that does not exist, nothing changes, and their own report, in every format, names no unit
 * outside their subtree.
 */
let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

const outsiders: Record<string, string> = { 'dinhbinh.cntt': DINH_BINH, 'ttdvnn.cntt': TTDVNN };
const reports = contractList
  .filter((contract) => endpointSamples[keyOf(contract)]?.kind === 'report')
  .map(
    (contract) =>
      [
        keyOf(contract),
        contract,
        endpointSamples[keyOf(contract)] as Extract<EndpointSample, { kind: 'report' }>,
      ] as const,
  );

async function fetchText(
  client: ApiClient,
  path: string,
  query: Record<string, string>,
): Promise<{ status: number; text: string }> {
  const url = new URL(path, client.baseUrl);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  const res = await fetch(url, { headers: { cookie: `${SESSION_COOKIE}=${client.cookie}` } });
  const body = Buffer.from(await res.arrayBuffer());
  if (query.format !== 'xlsx' || res.status !== 200) return { status: res.status, text: body.toString('utf8') };
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const texts: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void texts.push(cell.text))));
  return { status: res.status, text: texts.join('\n') };
}

test('both report endpoints have a report sample', () => {
  expect(reports.map(([key]) => key).sort()).toEqual(['GET /api/reports/annual', 'GET /api/reports/compliance']);
});

describe.each(Object.keys(outsiders))('as %s', (username) => {
  const mine = () => demo.subtreeIds(outsiders[username]!);
  const foreign = () => demo.organisations.filter((o) => !mine().has(o.id));

  describe.each(reports)('%s', (_, contract, sample) => {
    test('naming another unit answers exactly like a random id; nothing changes', async () => {
      const client = await app.as(username);
      const before = await snapshotDossierTables(app.db);
      const random = await client.get(contract.path, { query: { ...sample.query, organisationId: randomId() } });
      expect(random.status).toBe(404);
      for (const org of foreign()) {
        for (const format of ['json', 'csv', 'xlsx']) {
          const res = await client.get(contract.path, { query: { ...sample.query, organisationId: org.id, format } });
          expect({ status: res.status, json: res.json }, `${org.name} ${format}`).toEqual({
            status: random.status,
            json: random.json,
          });
        }
      }
      expect(await snapshotDossierTables(app.db)).toEqual(before);
    });

    test('its own report names no unit outside its subtree, in any format', async () => {
      const client = await app.as(username);
      // The owner (chủ quản) of the caller's own systems is part of those systems, as the system page shows it.
      const owners = new Set(
        demo.systems.filter((s) => mine().has(s.operatorOrganisationId)).map((s) => s.ownerOrganisationId),
      );
      for (const format of ['json', 'csv', 'xlsx']) {
        const { status, text } = await fetchText(client, contract.path, { ...sample.query, format });
        expect(status, format).toBe(200);
        expect(text, format).toContain(outsiders[username]!);
        for (const org of foreign().filter((o) => !owners.has(o.id)))
          expect(text, `${format} names ${org.name}`).not.toContain(org.name);
      }
    });
  });
});
