import { describe, expect, test } from 'vitest';
import { pathOf } from '#shared/common/contract.js';
import { formatIssuePath } from '#shared/common/errors.schemas.js';
import { pageQuerySchema } from '#shared/common/pagination.js';
import { toSearchText } from '#shared/common/search-text.js';
import { formatDateVi, textSchema } from '#shared/common/text.js';
import { systemCreateSchema } from '#shared/systems/systems.schemas.js';
import { passwordSchema, usernameSchema } from '#shared/users/users.schemas.js';

describe('text', () => {
  test('textSchema trims and composes (NFC) what it accepts', () => {
    const nfd = ' Định Bình '.normalize('NFD');
    expect(textSchema(2, 50).parse(nfd)).toBe('Định Bình');
    expect(textSchema(2, 50).safeParse('   a  ').success).toBe(false);
  });

  test('toSearchText drops accents, đ and case, and squeezes spaces', () => {
    expect(toSearchText('  Ủy ban nhân dân xã ĐỊNH   Bình ')).toBe('uy ban nhan dan xa dinh binh');
    expect(toSearchText('Định Bình'.normalize('NFD'))).toBe('dinh binh');
  });

  test('formatDateVi writes dd/mm/yyyy', () => {
    expect(formatDateVi('2023-01-05')).toBe('05/01/2023');
    expect(formatDateVi(new Date('2022-09-20T10:00:00Z'))).toBe('20/09/2022');
    expect(formatDateVi(null)).toBe('');
  });
});

describe('users', () => {
  test.each(['Ngắn@1', 'chuthuongdaidaidai', 'CHUHOA123456', 'a'.repeat(257)])(
    'passwordSchema rejects %j',
    (password) => {
      expect(passwordSchema.safeParse(password).success).toBe(false);
    },
  );
  test.each(['YenDinh@2023', 'abcdefgh1234!', 'Mật-khẩu-mới-2024', 'ABCDEFGH123!'])(
    'passwordSchema accepts %j',
    (password) => {
      expect(passwordSchema.safeParse(password).success).toBe(true);
    },
  );
  test('usernameSchema: ASCII, lower-cased, 3-64 characters', () => {
    expect(usernameSchema.parse(' DinhBinh.CNTT ')).toBe('dinhbinh.cntt');
    for (const bad of ['ab', 'định.bình', '.dot', 'a b c', 'x'.repeat(65)])
      expect(usernameSchema.safeParse(bad).success, bad).toBe(false);
  });
});

describe('contracts and errors', () => {
  test('pathOf fills and encodes :params', () => {
    expect(pathOf({ path: '/api/systems/:id' }, { id: 'a/b' })).toBe('/api/systems/a%2Fb');
  });
  test('formatIssuePath reads like the field', () => {
    expect(formatIssuePath(['systems', 0, 'userCount'])).toBe('systems[0].userCount');
    expect(formatIssuePath([])).toBe('');
  });
  test('paging defaults to 50 from 0 and caps at 500', () => {
    expect(pageQuerySchema.parse({})).toEqual({ limit: 50, offset: 0 });
    expect(pageQuerySchema.safeParse({ limit: '501' }).success).toBe(false);
    expect(pageQuerySchema.parse({ limit: '500', offset: '10' })).toEqual({ limit: 500, offset: 10 });
  });
  test('a system address is a host name or an http(s) URL', () => {
    const base = {
      name: 'Hệ thống',
      ownerOrganisationId: crypto.randomUUID(),
      operatorOrganisationId: crypto.randomUUID(),
      systemType: 'internal',
      informationTypes: ['public'],
    };
    for (const address of [
      '',
      'yendinh.thanhhoa.gov.vn',
      'https://yendinh.thanhhoa.gov.vn/a?b=c',
      'http://10.0.0.1:8080',
    ]) {
      expect(systemCreateSchema.safeParse({ ...base, address }).success, address).toBe(true);
    }
    for (const address of ['không phải', 'ftp://x.vn', 'localhost', 'javascript:alert(1)']) {
      expect(systemCreateSchema.safeParse({ ...base, address }).success, address).toBe(false);
    }
  });
});
