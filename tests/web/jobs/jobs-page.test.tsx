import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { jobDashboardSchema, type JobDashboard } from '#shared/jobs/jobs.schemas.js';
import JobsRoute from '#web/app/routes/jobs.js';
import { fakeServer } from '../support/fake-server.js';
import { districtFixture, provinceFixture, sessionAt, units } from '../support/fixtures.js';
import { renderInApp } from '../support/render.js';

/** "Công việc nền": the queues and their counts, the failed jobs with their reason, and whether e-mail goes out. */
const organisations = [provinceFixture(), districtFixture()];

const dashboard = (overrides: Partial<JobDashboard> = {}) =>
  jobDashboardSchema.parse({
    queues: [
      { name: 'notification-email', queued: 2, active: 1, completed: 1234, failed: 1 },
      { name: 'reminders', queued: 0, active: 0, completed: 30, failed: 0 },
      { name: 'nightly-check', queued: 4, active: 0, completed: 0, failed: 0 },
    ],
    failed: [
      {
        id: 'a3f1c2d4-0000-4000-8000-000000000001',
        queue: 'notification-email',
        reason: 'Không kết nối được máy chủ SMTP: connect ECONNREFUSED 10.0.0.5:587',
        retries: 3,
        createdAt: '2025-03-10T02:00:00.000Z',
        failedAt: '2025-03-10T02:20:00.000Z',
      },
    ],
    emailEnabled: true,
    publicUrl: 'https://capdo.thanhhoa.gov.vn',
    ...overrides,
  });

function serve(at: 'province' | 'district', answer: JobDashboard = dashboard()) {
  return fakeServer({
    'GET /api/auth/me': () => ({ body: sessionAt(units[at]) }),
    'GET /api/organisations': () => ({ body: { items: organisations, total: organisations.length } }),
    'GET /api/jobs': () => ({ body: answer }),
  });
}

const cells = (row: HTMLElement) => [...row.querySelectorAll('td')].map((td) => td.textContent);

describe('the job dashboard', () => {
  it('lists each queue with how many jobs wait, run, finished and failed', async () => {
    serve('province');
    renderInApp(<JobsRoute />, { route: '/jobs' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Công việc nền' })).toBeTruthy();
    await waitFor(() => expect(screen.getAllByTestId('job-queue')).toHaveLength(3));
    const [email, reminders, unknown] = screen.getAllByTestId('job-queue') as [HTMLElement, HTMLElement, HTMLElement];
    expect(cells(email)).toEqual(['Gửi e-mail thông báonotification-email', '2', '1', '1.234', '1']);
    expect(cells(reminders)).toEqual([
      'Nhắc hạn xử lý, kiểm tra định kỳ và báo cáo hằng nămreminders',
      '0',
      '0',
      '30',
      '0',
    ]);
    // A queue this version does not describe shows by its name.
    expect(cells(unknown)).toEqual(['nightly-check', '4', '0', '0', '0']);
    const table = email.closest('table')!;
    expect([...table.querySelectorAll('th')].map((th) => th.textContent)).toEqual([
      'Hàng đợi',
      'Đang chờ',
      'Đang chạy',
      'Đã xong',
      'Bị lỗi',
    ]);
  });

  it('shows each failed job with its queue, its reason, its retries and its dates', async () => {
    serve('province');
    renderInApp(<JobsRoute />, { route: '/jobs' });
    const row = await screen.findByTestId('failed-job');
    const [queue, reason, retries, created, failed] = cells(row);
    expect([queue, reason, retries]).toEqual([
      'notification-email',
      'Không kết nối được máy chủ SMTP: connect ECONNREFUSED 10.0.0.5:587',
      '3',
    ]);
    expect(created).toMatch(/^10\/03\/2025 \d{2}:00$/);
    expect(failed).toMatch(/^10\/03\/2025 \d{2}:20$/);
  });

  it('says plainly when e-mail is off and when the public address is not set', async () => {
    serve('province', dashboard({ emailEnabled: false, publicUrl: null, failed: [] }));
    renderInApp(<JobsRoute />, { route: '/jobs' });
    const banner = await screen.findByTestId('smtp-off');
    expect(within(banner).getByText('Chưa cấu hình SMTP: thông báo chỉ hiện trong ứng dụng')).toBeTruthy();
    expect(banner.textContent).toContain('SMTP_URL');
    expect(screen.getByText(/^Chưa đặt: liên kết trong e-mail sẽ không mở được/)).toBeTruthy();
    expect(screen.getByText('Chưa cấu hình')).toBeTruthy();
    expect(screen.getByText('Không có công việc nào bị lỗi.')).toBeTruthy();
  });

  it('with e-mail on, names the public address and shows no warning', async () => {
    serve('province');
    renderInApp(<JobsRoute />, { route: '/jobs' });
    expect(await screen.findByText('https://capdo.thanhhoa.gov.vn')).toBeTruthy();
    expect(screen.getByText('Đang bật')).toBeTruthy();
    expect(screen.queryByTestId('smtp-off')).toBeNull();
  });

  it("tells a district's administrator who may see it, without asking the API", async () => {
    const server = serve('district');
    renderInApp(<JobsRoute />, { route: '/jobs' });
    expect(await screen.findByText('Chỉ quản trị viên của đơn vị cấp tỉnh được xem công việc nền.')).toBeTruthy();
    expect(server.sent('GET', '/api/jobs')).toEqual([]);
  });
});
