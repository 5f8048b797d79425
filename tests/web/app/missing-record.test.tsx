import { expect, test } from 'vitest';
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import DossierDetailRoute from '#web/app/routes/dossier-detail.js';
import SystemDetailRoute from '#web/app/routes/system-detail.js';
import { UserDetailPage } from '#web/features/users/index.js';
import { apiError, fakeServer } from '../support/fake-server.js';
import { renderInApp } from '../support/render.js';
import { sessionAndOrganisations } from '../users/user-fixtures.js';

/** What the API answers for an id that is no uuid: a 400 naming only the id. */
const malformedId = () => apiError(400, 'validation_failed', [{ path: 'id', message: 'Mã định danh không hợp lệ.' }]);

async function expectMissingPage() {
  expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Về trang Tổng quan' }).getAttribute('href')).toBe('/');
  expect(screen.queryByRole('button', { name: 'Thử lại' })).toBeNull();
  expect(screen.queryByText(/Dữ liệu gửi lên không hợp lệ/)).toBeNull();
}

test('/dossiers/abc says the page does not exist, with the way home and no retry', async () => {
  fakeServer({ ...sessionAndOrganisations, 'GET /api/dossiers/:id': malformedId });
  renderInApp(
    <Routes>
      <Route path="/dossiers/:id" element={<DossierDetailRoute />} />
    </Routes>,
    { route: '/dossiers/abc' },
  );
  await expectMissingPage();
});

test('an unknown system (404) says the page does not exist', async () => {
  fakeServer({ ...sessionAndOrganisations, 'GET /api/systems/:id': () => apiError(404, 'not_found') });
  renderInApp(
    <Routes>
      <Route path="/systems/:id" element={<SystemDetailRoute />} />
    </Routes>,
    { route: '/systems/7c1f0e2a-1111-4e2a-9c1b-000000000001' },
  );
  await expectMissingPage();
});

test('/users/abc says the page does not exist', async () => {
  fakeServer({ ...sessionAndOrganisations, 'GET /api/users/:id': malformedId });
  renderInApp(
    <Routes>
      <Route path="/users/:id" element={<UserDetailPage />} />
    </Routes>,
    { route: '/users/abc' },
  );
  await expectMissingPage();
});

test('a server fault still offers to try again', async () => {
  fakeServer({ ...sessionAndOrganisations, 'GET /api/dossiers/:id': () => apiError(500, 'internal') });
  renderInApp(
    <Routes>
      <Route path="/dossiers/:id" element={<DossierDetailRoute />} />
    </Routes>,
    { route: '/dossiers/7c1f0e2a-1111-4e2a-9c1b-000000000002' },
  );
  expect(await screen.findByRole('button', { name: 'Thử lại' })).toBeTruthy();
});
