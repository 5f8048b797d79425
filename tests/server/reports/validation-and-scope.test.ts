import { describe, expect, test } from 'vitest';
import { addCalendarDays } from '#shared/calendar/working-days.js';
import { formatDateVi } from '#shared/common/text.js';
import { todayInVietnam } from '#server/modules/calendar/load-calendar.js';
import { DINH_BINH, DINH_CONG, DISTRICT, PROVINCE, SO_TTTT, type Demo } from '../../support/demo.js';
import { ApiClient } from '../../support/http-client.js';
import type { TestApp } from '../../support/test-app.js';
import { ANNUAL, COMPLIANCE } from './report-requests.js';
import { useDemoApp } from '../../support/demo-app.js';

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

const issue = (path: string, message: string) => ({
  error: { code: 'validation_failed', message: expect.any(String), issues: [{ path, message }] },
});

describe('bad input answers 400 naming the field, in Vietnamese', () => {
  test.each([
    [COMPLIANCE, { asOf: '30/06/2023' }, 'asOf', 'Ngày không hợp lệ (định dạng YYYY-MM-DD).'],
    [COMPLIANCE, { asOf: '2023-02-30' }, 'asOf', 'Ngày không hợp lệ (định dạng YYYY-MM-DD).'],
    [COMPLIANCE, { format: 'html' }, 'format', 'Giá trị không thuộc danh sách cho phép.'],
    [ANNUAL, { regime: 'nd331', year: '2026', format: 'pdf' }, 'format', 'Giá trị không thuộc danh sách cho phép.'],
    [COMPLIANCE, { format: 'exe' }, 'format', 'Giá trị không thuộc danh sách cho phép.'],
    [COMPLIANCE, { organisationId: 'huyen-yen-dinh' }, 'organisationId', 'Mã định danh không hợp lệ.'],
    [ANNUAL, { regime: 'nd331', year: 'năm nay' }, 'year', 'Giá trị không đúng kiểu dữ liệu.'],
    [ANNUAL, { regime: 'nd331', year: '1999' }, 'year', 'Giá trị phải từ 2016 trở lên.'],
    [ANNUAL, { regime: 'nd999', year: '2026' }, 'regime', 'Giá trị không thuộc danh sách cho phép.'],
    [ANNUAL, { year: '2026' }, 'regime', 'Trường này là bắt buộc.'],
  ])('%s %j', async (path, query, field, message) => {
    const client = await app.as('yendinh.tonghop');
    const res = await client.get(path, { query });
    expect(res.status).toBe(400);
    expect(res.json).toEqual(issue(field, message));
    expect(res.json.error.message).toBe('Dữ liệu gửi lên không hợp lệ. Vui lòng kiểm tra các trường được đánh dấu.');
  });

  test('a report date after today', async () => {
    const client = await app.as('yendinh.tonghop');
    const today = todayInVietnam();
    const res = await client.get(COMPLIANCE, { query: { asOf: addCalendarDays(today, 1) } });
    expect(res.status).toBe(400);
    expect(res.json).toEqual(issue('asOf', `Ngày báo cáo không được sau ngày hôm nay (${formatDateVi(today)}).`));
  });

  test('in English when the browser asks for it', async () => {
    const client = await app.loginAs('yendinh.tonghop');
    const english = new ApiClient(client.baseUrl, { acceptLanguage: 'en' });
    Object.assign(english, { cookie: client.cookie, csrfToken: client.csrfToken });
    const res = await english.get(COMPLIANCE, { query: { asOf: addCalendarDays(todayInVietnam(), 2) } });
    expect(res.json.error.issues).toEqual([
      { path: 'asOf', message: `The report date cannot be after today (${formatDateVi(todayInVietnam())}).` },
    ]);
  });
});

describe('scope', () => {
  test.each([PROVINCE, SO_TTTT, DINH_CONG, DISTRICT])(
    "an organisation outside a commune officer's subtree answers 404 like a random id: %s",
    async (name) => {
      const client = await app.as('dinhbinh.cntt');
      const random = await client.get(COMPLIANCE, {
        query: { organisationId: '00000000-0000-4000-8000-000000000001' },
      });
      expect(random.status).toBe(404);
      for (const path of [COMPLIANCE, ANNUAL]) {
        const res = await client.get(path, {
          query: { organisationId: demo.org(name).id, regime: 'nd331', year: '2026' },
        });
        expect({ status: res.status, json: res.json }).toEqual({ status: random.status, json: random.json });
      }
    },
  );

  test('the district reporter may report on any unit under the district, and not above it', async () => {
    const client = await app.as('yendinh.tonghop');
    const commune = await client.get(COMPLIANCE, { query: { organisationId: demo.org(DINH_BINH).id } });
    expect(commune.status).toBe(200);
    expect(commune.json.organisation.name).toBe(DINH_BINH);
    expect((await client.get(COMPLIANCE, { query: { organisationId: demo.org(PROVINCE).id } })).status).toBe(404);
  });

  test("the Sở's appraiser reaches the province through its designation", async () => {
    const client = await app.as('sotttt.thamdinh');
    const own = await client.get(COMPLIANCE);
    expect(own.json.organisation.name).toBe(SO_TTTT);
    const province = await client.get(COMPLIANCE, {
      query: { organisationId: demo.org(PROVINCE).id, asOf: '2023-06-30' },
    });
    expect(province.status).toBe(200);
    expect(province.json.narrative).toContain('26/26 xã, thị trấn đã được phê duyệt hồ sơ đề xuất cấp độ (100%).');
  });
});
