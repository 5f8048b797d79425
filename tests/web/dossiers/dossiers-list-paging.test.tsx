import type { ReactElement } from 'react';
import { expect, test } from 'vitest';
import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { CurrentOrganisationProvider } from '#web/app/current-organisation.js';
import DossiersListRoute from '#web/app/routes/dossiers-list.js';
import SystemsListRoute from '#web/app/routes/systems-list.js';
import { fakeServer, type SentRequest } from '../support/fake-server.js';
import { ids, provinceAdminSession, systemFixture } from '../support/fixtures.js';
import { renderInApp } from '../support/render.js';
import { sessionAndOrganisations } from '../users/user-fixtures.js';

/*
 * The lists page by cursor (docs/lists.md): "Trang sau" sends the nextCursor of the page on screen, "Trang trước" the
 * cursor of the page before, and a total the server counted only up to its threshold reads "hơn".
 */

const inApp = (page: ReactElement) => (
  <CurrentOrganisationProvider user={provinceAdminSession.user}>{page}</CurrentOrganisationProvider>
);

const dossierRow = (n: number) => ({
  id: `0b1f5e1c-7d2a-4c1e-9a51-${String(n).padStart(12, '0')}`,
  title: `Hồ sơ số ${n}`,
  regime: 'nd85',
  operator: { id: ids.operator, name: 'UBND xã Định Bình', shortName: 'UBND' },
  status: 'drafting',
  proposedLevel: 2,
  systems: [],
  stepStartedOn: null,
  stepDueOn: null,
  overdue: false,
  approvalDecision: null,
  levelAnswersConfirmedAt: null,
  version: 1,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  abilities: {},
});

/** Three pages of 20 (cursors "c2", "c3"), the total counted to 1,000 and no further. */
function pagedDossiers(request: SentRequest) {
  const cursor = request.query.get('cursor');
  const page = cursor === 'c2' ? 2 : cursor === 'c3' ? 3 : 1;
  const first = (page - 1) * 20 + 1;
  return {
    body: {
      items: Array.from({ length: 20 }, (_, i) => dossierRow(first + i)),
      total: 1000,
      totalIsExact: false,
      nextCursor: page < 3 ? `c${page + 1}` : null,
    },
  };
}

test('the dossier list pages forward by the cursor and back by the remembered one, saying "hơn 1.000"', async () => {
  const server = fakeServer({ ...sessionAndOrganisations, 'GET /api/dossiers': pagedDossiers });
  const { user, location } = renderInApp(
    <Routes>
      <Route path="/dossiers" element={inApp(<DossiersListRoute />)} />
    </Routes>,
    { route: '/dossiers' },
  );
  expect(await screen.findByText('Hồ sơ số 1')).toBeTruthy();
  expect(screen.getByText('Hơn 1.000 hồ sơ')).toBeTruthy();
  const pager = screen.getByTestId('cursor-pager');
  expect(within(pager).getByText('1-20 trong số hơn 1.000')).toBeTruthy();
  expect(
    within(pager)
      .getByRole('button', { name: /Trang trước/ })
      .hasAttribute('disabled'),
  ).toBe(true);

  await user.click(within(pager).getByRole('button', { name: /Trang sau/ }));
  expect(await screen.findByText('Hồ sơ số 21')).toBeTruthy();
  expect(location.search).toContain('cursor=c2');
  await user.click(within(screen.getByTestId('cursor-pager')).getByRole('button', { name: /Trang sau/ }));
  expect(await screen.findByText('Hồ sơ số 41')).toBeTruthy();
  // The last page knows how many there are.
  expect(within(screen.getByTestId('cursor-pager')).getByText('41-60 trong số 60')).toBeTruthy();
  expect(
    within(screen.getByTestId('cursor-pager'))
      .getByRole('button', { name: /Trang sau/ })
      .hasAttribute('disabled'),
  ).toBe(true);

  await user.click(within(screen.getByTestId('cursor-pager')).getByRole('button', { name: /Trang trước/ }));
  expect(await screen.findByText('Hồ sơ số 21')).toBeTruthy();
  const sent = server.requests.filter((r) => r.path === '/api/dossiers').map((r) => r.query.get('cursor'));
  expect(sent).toEqual([null, 'c2', 'c3', 'c2']);
  await user.click(within(screen.getByTestId('cursor-pager')).getByRole('button', { name: /Trang trước/ }));
  expect(await screen.findByText('Hồ sơ số 1')).toBeTruthy();
  expect(location.search).not.toContain('cursor');
});

test('a link to a later page without its cursor asks by offset, and an exact total reads as such', async () => {
  const server = fakeServer({
    ...sessionAndOrganisations,
    'GET /api/systems': () => ({
      body: { items: [systemFixture({ name: 'Cổng thông tin' })], total: 41, totalIsExact: true, nextCursor: null },
    }),
  });
  renderInApp(
    <Routes>
      <Route path="/systems" element={inApp(<SystemsListRoute />)} />
    </Routes>,
    { route: `/systems?organisationId=all&page=3` },
  );
  expect(await screen.findByText('Cổng thông tin')).toBeTruthy();
  expect(screen.getByText('Tổng số: 41 hệ thống')).toBeTruthy();
  const [request] = server.requests.filter((r) => r.path === '/api/systems');
  expect(request!.query.get('offset')).toBe('40');
  expect(request!.query.get('cursor')).toBeNull();
});
