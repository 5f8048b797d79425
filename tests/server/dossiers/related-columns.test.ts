import { expect, test } from 'vitest';
import { loadDossierRecords, relatedColumns, relatedOf, selectDossiersWith } from '#server/modules/dossiers/queries.js';
import { dossierSystems } from '#server/db/schema/index.js';
import { loadRegimes } from '#server/modules/regimes/load-regimes.js';
import { makeDossier } from '../../factories/dossiers.js';
import { preparersInTable } from '../../support/preparers-table.js';
import { makeSystem } from '../../factories/systems.js';
import { DINH_BINH, DINH_CONG, DISTRICT, type Demo } from '../../support/demo.js';
import type { TestApp } from '../../support/test-app.js';
import { useDemoApp } from '../../support/demo-app.js';

// The lists, the inbox and the dossier page read a dossier's systems and preparers as columns of the statement that
// reads its row (relatedColumns); the notifications and the exports read them by the rows' ids (loadDossierRecords
// alone). Both give the same records: every system of the dossier once, in the Vietnamese order, with the owner
// their routing names, and the preparers dossier_preparers holds.
let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

test('systems and preparers read as columns equal those read apart, for every dossier', async () => {
  const operatorId = demo.org(DINH_BINH).id;
  // Names whose Vietnamese order differs from their byte order and from their accents stripped (ă before â, so
  // "Tăng" before "Tân"), owned by two communes, so the owner is their district, which none of the systems names.
  const names = ['Hệ thống Định Tăng', 'Hệ thống Định Tân', 'Hệ thống Ấp Bắc', 'hệ thống Đông'];
  const owners = [DINH_BINH, DINH_CONG, DINH_BINH, DINH_CONG];
  const systems = [];
  for (const [i, name] of names.entries())
    systems.push(
      await makeSystem(app.db, {
        operatorOrganisationId: operatorId,
        ownerOrganisationId: demo.org(owners[i]!).id,
        name,
      }),
    );
  const preparedBy = await demo.userId('dinhbinh.cntt');
  const mixed = await makeDossier(app.db, {
    operatorOrganisationId: operatorId,
    systems: systems.map((system) => ({ systemId: system.id, level: 3 })),
    status: 'appraised',
    preparedBy,
  });

  const rows = await selectDossiersWith(app.db, relatedColumns);
  expect(rows.length).toBeGreaterThan(10);
  const regimes = await loadRegimes(app.db);
  const apart = await loadDossierRecords(app.db, rows, regimes);
  const together = await loadDossierRecords(app.db, rows, regimes, { readBeside: relatedOf(rows) });
  expect(together).toEqual(apart);

  const linked = await app.db.select().from(dossierSystems);
  const preparers = await preparersInTable(
    app.db,
    rows.map((row) => row.dossier.id),
  );
  for (const record of together) {
    const mine = linked.filter((link) => link.dossierId === record.dossier.id);
    expect(record.systems.map((s) => s.systemId).sort()).toEqual(mine.map((link) => link.systemId).sort());
    expect([...record.facts.preparers].sort()).toEqual([...(preparers.get(record.dossier.id) ?? [])].sort());
  }

  const record = together.find((r) => r.dossier.id === mixed.id)!;
  expect(record.systems.map((s) => s.name)).toEqual([
    'Hệ thống Ấp Bắc',
    'Hệ thống Định Tăng',
    'Hệ thống Định Tân',
    'hệ thống Đông',
  ]);
  expect(record.owner?.name).toBe(DISTRICT);
  expect(together.some((r) => r.facts.preparers.length > 0)).toBe(true);
});
