import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { informationSystems } from '#server/db/schema/index.js';
import { makeOrganisation } from '../../factories/organisations.js';
import { DINH_BINH, DINH_CONG, DISTRICT, PROVINCE, type Demo } from '../../support/demo.js';
import { snapshotTables } from '../../support/snapshot.js';
import type { TestApp } from '../../support/test-app.js';
import { useDemoApp } from '../../support/demo-app.js';

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

const systemCount = async () => (await app.db.select({ n: count() }).from(informationSystems))[0]!.n;
const validBody = (operator = DINH_BINH, owner = operator) => ({
  name: 'Hệ thống camera giám sát trụ sở UBND xã',
  ownerOrganisationId: demo.org(owner).id,
  operatorOrganisationId: demo.org(operator).id,
  systemType: 'infrastructure',
  informationTypes: ['private'],
});
const issuesOf = (res: { json: { error: { issues: Array<{ path: string; message: string }> } } }) =>
  Object.fromEntries(res.json.error.issues.map((issue) => [issue.path, issue.message]));

describe('POST /api/systems', () => {
  test('an officer registers a system of their unit: 201 with the defaults filled', async () => {
    const res = await (await app.as('dinhbinh.cntt')).post('/api/systems', { body: validBody() });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      name: 'Hệ thống camera giám sát trụ sở UBND xã',
      owner: { id: demo.org(DINH_BINH).id },
      operator: { id: demo.org(DINH_BINH).id },
      systemType: 'infrastructure',
      informationTypes: ['private'],
      internalUserCount: 0,
      externalUserCount: 0,
      basicDataSubjects: 0,
      sensitiveDataSubjects: 0,
      description: '',
      address: '',
      status: 'operating',
      approvedLevel: null,
      approvalDecision: null,
      version: 1,
      abilities: { update: true },
    });
    const [row] = await app.db.select().from(informationSystems).where(eq(informationSystems.id, res.json.id));
    expect(row).toMatchObject({
      name: res.json.name,
      searchText: 'he thong camera giam sat tru so ubnd xa',
      version: 1,
    });
    const again = await (await app.as('dinhbinh.cntt')).get(`/api/systems/${res.json.id}`);
    expect(again.json).toEqual(res.json);
  });

  test('every field is stored as sent, counts coerced from strings', async () => {
    const res = await (
      await app.as('yendinh.cntt')
    ).post('/api/systems', {
      body: {
        ...validBody(DINH_BINH, DISTRICT),
        internalUserCount: '12',
        externalUserCount: 3400,
        basicDataSubjects: 3400,
        sensitiveDataSubjects: 5,
        description: 'Một cửa điện tử cấp xã',
        address: 'https://dinhbinh.yendinh.thanhhoa.gov.vn/motcua',
        status: 'planned',
        informationTypes: ['public', 'personal'],
      },
    });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      internalUserCount: 12,
      externalUserCount: 3400,
      status: 'planned',
      owner: { id: demo.org(DISTRICT).id },
    });
  });

  test('the owner may be an ancestor of the operator, up to the province', async () => {
    const res = await (await app.as('admin')).post('/api/systems', { body: validBody(DINH_BINH, PROVINCE) });
    expect(res.status).toBe(201);
  });

  test('an invalid body answers 400 naming every bad field in Vietnamese, and writes nothing', async () => {
    const before = await systemCount();
    const res = await (
      await app.as('dinhbinh.cntt')
    ).post('/api/systems', {
      body: {
        name: '  ',
        ownerOrganisationId: 'owner',
        operatorOrganisationId: 42,
        systemType: 'mainframe',
        informationTypes: [],
        internalUserCount: -1,
        address: 'không phải địa chỉ',
        status: 'unknown',
      },
    });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('validation_failed');
    expect(res.json.error.message).toBe('Dữ liệu gửi lên không hợp lệ. Vui lòng kiểm tra các trường được đánh dấu.');
    expect(issuesOf(res)).toEqual({
      name: 'Trường này là bắt buộc.',
      ownerOrganisationId: 'Mã định danh không hợp lệ.',
      operatorOrganisationId: 'Giá trị không đúng kiểu dữ liệu.',
      systemType: 'Giá trị không thuộc danh sách cho phép.',
      informationTypes: 'Chọn ít nhất một loại thông tin mà hệ thống xử lý.',
      internalUserCount: 'Giá trị phải từ 0 trở lên.',
      address: 'Địa chỉ không hợp lệ, ví dụ: yendinh.thanhhoa.gov.vn hoặc https://yendinh.thanhhoa.gov.vn',
      status: 'Giá trị không thuộc danh sách cho phép.',
    });
    expect(await systemCount()).toBe(before);
  });

  test('an empty body names every required field', async () => {
    const res = await (await app.as('dinhbinh.cntt')).post('/api/systems', { body: {} });
    expect(res.status).toBe(400);
    expect(Object.keys(issuesOf(res)).sort()).toEqual(
      ['informationTypes', 'name', 'operatorOrganisationId', 'ownerOrganisationId', 'systemType'].sort(),
    );
    expect(Object.values(issuesOf(res))).toEqual(Array(5).fill('Trường này là bắt buộc.'));
  });

  test('an owner that is not the operator nor above it answers 400 ownerOrganisationId', async () => {
    const child = await makeOrganisation(app.db, { parent: demo.org(DINH_BINH), name: 'Tổ một cửa' });
    const before = await systemCount();
    for (const ownerOrganisationId of [demo.org(DINH_CONG).id, child.id, randomUUID()]) {
      const res = await (await app.as('admin')).post('/api/systems', { body: { ...validBody(), ownerOrganisationId } });
      expect(res.status).toBe(400);
      expect(issuesOf(res)).toEqual({
        ownerOrganisationId: 'Chủ quản phải là chính đơn vị vận hành hoặc một cơ quan cấp trên của đơn vị đó.',
      });
    }
    expect(await systemCount()).toBe(before);
  });

  test("an operator outside the caller's scope answers 400 operatorOrganisationId, like an unknown one", async () => {
    const before = await snapshotTables(app.db);
    const client = await app.as('dinhbinh.cntt');
    const outside = await client.post('/api/systems', { body: validBody(DINH_CONG) });
    const unknown = await client.post('/api/systems', {
      body: { ...validBody(), operatorOrganisationId: randomUUID() },
    });
    expect(outside.status).toBe(400);
    expect(issuesOf(outside)).toEqual({
      operatorOrganisationId: 'Đơn vị không tồn tại hoặc nằm ngoài phạm vi quản lý của bạn.',
    });
    expect(unknown.json).toEqual(outside.json);
    expect(await snapshotTables(app.db)).toEqual(before);
  });

  test('a reporter or an appraiser may not register systems: 403, nothing written', async () => {
    const before = await snapshotTables(app.db);
    for (const username of ['yendinh.tonghop', 'sotttt.thamdinh']) {
      const res = await (await app.as(username)).post('/api/systems', { body: validBody() });
      expect(res.status, username).toBe(403);
      expect(res.json.error).toEqual({ code: 'forbidden', message: 'Bạn không có quyền thực hiện thao tác này.' });
    }
    expect(await snapshotTables(app.db)).toEqual(before);
  });
});
