import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { sessionSchema } from '#shared/auth/auth.schemas.js';
import { dossierStatuses } from '#shared/dossiers/dossier-workflow.js';
import { dashboardSchema } from '#shared/reports/dashboard.schemas.js';
import { reportSummarySchema } from '#shared/reports/summary.schemas.js';
import { RequireAuth } from '#web/app/require-auth.js';
import HomeRoute from '#web/app/routes/home.js';
import LoginRoute from '#web/app/routes/login.js';
import { queryClient as appQueryClient } from '#web/lib/query-client.js';
import { apiError, fakeServer } from '../support/fake-server.js';
import { renderInApp } from '../support/render.js';

/*
 * The home page of someone who reports on a subtree shows its numbers from the small summary
 * (GET /api/reports/summary), never the whole compliance report: the fake server answers no other
 * report, and any request it does not answer fails the test.
 */

const ids = {
  district: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4d61',
  dossier: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4d62',
  commune: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4d63',
  user: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4d64',
};
const district = { id: ids.district, name: 'Ủy ban nhân dân huyện Yên Định', shortName: 'Yên Định', kind: 'district' };
const reporter = sessionSchema.parse({
  user: {
    id: ids.user,
    username: 'yendinh.tonghop',
    fullName: 'Trịnh Thị Tổng Hợp',
    memberships: [{ organisationId: ids.district, organisationName: district.name, role: 'reporter' }],
  },
  csrfToken: 'csrf-token',
});

const zeroUnits = { awaiting: 0, returned: 0, preparing: 0, notStarted: 0, withoutSystems: 0 };
const overdueItem = {
  dossierId: ids.dossier,
  title: 'Hồ sơ đề xuất cấp độ Cổng thông tin điện tử xã Định Bình',
  unit: { id: ids.commune, name: 'Ủy ban nhân dân xã Định Bình', kind: 'commune' },
  status: 'submitted',
  proposedLevel: 2,
  stepStartedOn: '2023-05-02',
  stepDueOn: '2023-05-30',
  waitingWorkingDays: 40,
  overdue: true,
};
const summary = reportSummarySchema.parse({
  organisation: district,
  asOf: '2023-06-30',
  historical: false,
  generatedAt: '2023-06-30T02:00:00.000Z',
  narrative: ['Tính đến ngày 30/06/2023, huyện Yên Định có 45 hệ thống thông tin.'],
  totals: {
    units: 27,
    unitsWithSystems: 27,
    unitsAllApproved: 25,
    unitsWithoutSystems: 0,
    systems: 45,
    approvedSystems: 40,
    dossiers: 44,
  },
  unitsByKind: [
    { kind: 'district', units: 1, withSystems: 1, allApproved: 1, ...zeroUnits },
    { kind: 'commune', units: 26, withSystems: 26, allApproved: 24, ...zeroUnits, awaiting: 2 },
  ],
  ownUnit: { state: 'approved', systems: 1, approvedSystems: 1 },
  systemsByLevel: [1, 2, 3, 4, 5, null].map((level) => ({ level, systems: level === 2 ? 40 : level ? 0 : 5 })),
  dossiersByStatus: dossierStatuses.map((status) => ({ status, dossiers: status === 'approved' ? 40 : 0 })),
  pending: { total: 35, items: [overdueItem] },
  overdue: { total: 35, items: [overdueItem] },
  inspectionsDue: { total: 0, withinDays: 90, items: [] },
  upcomingReports: [],
  listLimit: 20,
});
const counts = {
  units: 1,
  unitsWithSystems: 1,
  unitsAllApproved: 1,
  systems: 1,
  approvedSystems: 1,
  dossiersByStatus: Object.fromEntries(dossierStatuses.map((status) => [status, 0])),
};
const dashboard = dashboardSchema.parse({
  organisation: { id: district.id, name: district.name, kind: 'district' },
  asOf: '2023-06-30',
  historical: false,
  trail: [],
  own: counts,
  children: [],
  approvalsByMonth: [],
});

describe("a reporter's home", () => {
  it("shows the subtree's numbers from the summary, without asking for the whole report", async () => {
    const server = fakeServer({
      'GET /api/auth/me': () => ({ body: reporter }),
      'GET /api/reports/summary': () => ({ body: summary }),
      'GET /api/reports/dashboard': () => ({ body: dashboard }),
      'GET /api/organisations': () => ({ body: { items: [], total: 0 } }),
    });
    renderInApp(
      <Routes>
        <Route element={<RequireAuth />}>
          <Route path="/" element={<HomeRoute />} />
        </Route>
      </Routes>,
    );

    // The dashboard is its own chunk: the first load takes a while.
    const headline = await screen.findByTestId('headline', {}, { timeout: 20_000 });
    expect(within(headline).getByRole('link', { name: 'Xã đã được phê duyệt: 24/26' })).toBeTruthy();
    expect(within(headline).getByRole('link', { name: 'Hệ thống đã được phê duyệt cấp độ: 40/45' })).toBeTruthy();
    expect(within(headline).getByRole('link', { name: 'Hồ sơ quá hạn xử lý: 35' })).toBeTruthy();
    expect(within(screen.getByTestId('narrative')).getByText(summary.narrative[0]!)).toBeTruthy();
    // The list's first rows, and how many there are in all.
    expect(screen.getAllByTestId('overdue-item')).toHaveLength(1);
    expect(screen.getAllByText(/Hiển thị 01 trong số 35/)).toHaveLength(2);

    expect(server.sent('GET', '/api/reports/summary').map((r) => r.query.get('organisationId'))).toContain(
      ids.district,
    );
    expect(server.sent('GET', '/api/reports/compliance')).toEqual([]);
  });
});

describe('the login of someone whose home is the dashboard', () => {
  const loggingIn = () =>
    fakeServer({
      'GET /api/auth/me': () => apiError(401, 'unauthenticated'),
      'POST /api/auth/login': () => ({ body: reporter }),
      'GET /api/health': () => ({ body: { status: 'ok', database: 'pglite', demo: false } }),
      'GET /api/reports/summary': () => ({ body: summary }),
      'GET /api/reports/dashboard': () => ({ body: dashboard }),
      'GET /api/organisations': () => ({ body: { items: [], total: 0 } }),
    });
  const logIn = async (home: ReactElement) => {
    const view = renderInApp(
      <Routes>
        <Route path="/login" element={<LoginRoute />} />
        {home}
      </Routes>,
      { route: '/login' },
    );
    // How long the app trusts what it fetched (lib/query-client.ts): the page reads the login's answers as fresh.
    const { staleTime } = appQueryClient.getDefaultOptions().queries ?? {};
    view.queryClient.setDefaultOptions({ queries: { retry: false, staleTime } });
    await view.user.type(await screen.findByLabelText('Tên đăng nhập'), 'yendinh.tonghop');
    await view.user.type(screen.getByLabelText('Mật khẩu'), 'YenDinh@2023');
    await view.user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
  };

  it("starts the dashboard's two requests itself, for the subtree the home page opens on", async () => {
    const server = loggingIn();
    // A home page that asks for nothing: whatever is asked for, the login asked.
    await logIn(<Route path="/" element={<p>Trang chủ</p>} />);
    await screen.findByText('Trang chủ');
    await waitFor(() => expect(server.sent('GET', '/api/reports/dashboard')).toHaveLength(1), { timeout: 20_000 });
    expect(server.sent('GET', '/api/reports/summary').map((r) => r.query.get('organisationId'))).toEqual([
      ids.district,
    ]);
    expect(server.sent('GET', '/api/reports/dashboard').map((r) => r.query.get('organisationId'))).toEqual([
      ids.district,
    ]);
  });

  it('the dashboard then reads what the login fetched, without asking again', async () => {
    const server = loggingIn();
    await logIn(
      <Route element={<RequireAuth />}>
        <Route path="/" element={<HomeRoute />} />
      </Route>,
    );
    await screen.findByTestId('headline', {}, { timeout: 20_000 });
    expect(server.sent('GET', '/api/reports/summary')).toHaveLength(1);
    expect(server.sent('GET', '/api/reports/dashboard')).toHaveLength(1);
  });
});
