import { expect, test } from 'vitest';
import { holidays } from '#server/db/schema/index.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { TestApp } from '../../support/test-app.js';

let app: TestApp;
useDemoApp((opened) => (app = opened));

test('ships the holidays of the demo years, editable data', async () => {
  const res = await (await app.as('yendinh.tonghop')).request('GET', '/api/holidays/2024');
  expect(res.status).toBe(200);
  expect(res.json.items).toContainEqual({ date: '2024-04-18', name: 'Giỗ Tổ Hùng Vương', kind: 'holiday' });
  expect(res.json.items).toContainEqual(expect.objectContaining({ date: '2024-05-04', kind: 'workingWeekend' }));
});

test('an administrator replaces a year as announced; others get 403', async () => {
  const items = [
    { date: '2027-01-01', name: 'Tết Dương lịch', kind: 'holiday' },
    { date: '2027-02-08', name: 'Tết Nguyên đán', kind: 'holiday' },
    { date: '2027-02-20', name: 'Làm bù', kind: 'workingWeekend' },
  ];
  expect((await (await app.as('yendinh.cntt')).request('PUT', '/api/holidays/2027', { body: { items } })).status).toBe(
    403,
  );
  const admin = await app.as('admin');
  const saved = await admin.request('PUT', '/api/holidays/2027', { body: { items } });
  expect(saved.status).toBe(200);
  expect((await admin.request('GET', '/api/holidays/2027')).json.items).toEqual(items);
});

test('a date outside the year or a weekend "holiday" answers 400 naming it, and nothing changes', async () => {
  const admin = await app.as('admin');
  const before = await app.db.select().from(holidays);
  const outside = await admin.request('PUT', '/api/holidays/2025', {
    body: { items: [{ date: '2024-12-31', name: 'x', kind: 'holiday' }] },
  });
  expect(outside.status).toBe(400);
  expect(outside.json.error.issues[0]).toEqual({
    path: 'items[0].date',
    message: 'Ngày 2024-12-31 không thuộc năm 2025.',
  });
  const weekend = await admin.request('PUT', '/api/holidays/2025', {
    body: { items: [{ date: '2025-01-04', name: 'x', kind: 'holiday' }] },
  });
  expect(weekend.status).toBe(400);
  expect(weekend.json.error.issues[0].path).toBe('items[0].kind');
  expect(await app.db.select().from(holidays)).toEqual(before);
});

test('a day listed twice answers 400 naming the second, not a failed insert, and nothing changes', async () => {
  const admin = await app.as('admin');
  const before = await app.db.select().from(holidays);
  const twice = await admin.request('PUT', '/api/holidays/2025', {
    body: {
      items: [
        { date: '2025-09-02', name: 'Quốc khánh', kind: 'holiday' },
        { date: '2025-09-02', name: 'Quốc khánh (nhập lại)', kind: 'holiday' },
      ],
    },
  });
  expect(twice.status).toBe(400);
  expect(twice.json.error.issues).toEqual([
    { path: 'items[1].date', message: 'Ngày 02/09/2025 đã có trong danh sách.' },
  ]);
  expect(await app.db.select().from(holidays)).toEqual(before);
});
