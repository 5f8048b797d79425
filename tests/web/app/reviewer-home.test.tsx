import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { sessionSchema } from '#shared/auth/auth.schemas.js';
import { RequireAuth } from '#web/app/require-auth.js';
import HomeRoute from '#web/app/routes/home.js';
import { apiError, fakeServer } from '../support/fake-server.js';
import { renderInApp } from '../support/render.js';

/*
 * An appraiser's home shows the subtree they review, not their own unit's (the Sở has no systems of its own): the
 * first in the Vietnamese order by default, with a switch to the others.
 */

const ids = {
  department: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4d51',
  district: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4d52',
  province: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4d53',
};
const appraiser = sessionSchema.parse({
  user: {
    id: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4d50',
    username: 'sotttt.thamdinh',
    fullName: 'Lê Thị Thẩm',
    memberships: [
      { organisationId: ids.department, organisationName: 'Sở Thông tin và Truyền thông', role: 'appraiser' },
    ],
  },
  csrfToken: 'csrf-token',
  reviewedSubtrees: [
    { organisationId: ids.district, organisationName: 'Ủy ban nhân dân huyện Yên Định' },
    { organisationId: ids.province, organisationName: 'Ủy ban nhân dân tỉnh Thanh Hóa' },
  ],
});

describe("a reviewer's home", () => {
  it('asks for the first reviewed subtree by default, and another one through the switch', async () => {
    // The numbers themselves do not matter here: which subtree the page asks for does.
    const server = fakeServer({
      'GET /api/auth/me': () => ({ body: appraiser }),
      'GET /api/reports/summary': () => apiError(500, 'internal'),
      'GET /api/reports/dashboard': () => apiError(500, 'internal'),
      'GET /api/inbox': () => ({ body: { items: [], total: 0 } }),
      'GET /api/organisations': () => ({ body: { items: [], total: 0 } }),
    });
    const view = renderInApp(
      <Routes>
        <Route element={<RequireAuth />}>
          <Route path="/" element={<HomeRoute />} />
        </Route>
      </Routes>,
    );
    const asked = () => server.sent('GET', '/api/reports/dashboard').map((r) => r.query.get('organisationId'));

    // The dashboard is its own chunk: the first load takes a while.
    await waitFor(() => expect(asked()).toContain(ids.district), { timeout: 20_000 });
    expect(asked()).not.toContain(ids.department);

    const switchTo = await screen.findByRole('radio', { name: 'Ủy ban nhân dân tỉnh Thanh Hóa' });
    expect(screen.getByRole('radio', { name: 'Ủy ban nhân dân huyện Yên Định' })).toHaveProperty('checked', true);
    await view.user.click(switchTo);
    await waitFor(() => expect(asked()).toContain(ids.province));
    expect(view.location.search).toBe(`?organisationId=${ids.province}`);
  });
});
