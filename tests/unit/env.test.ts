import { describe, expect, test } from 'vitest';
import { parseEnv } from '#server/env.js';

const trustProxy = (value: string) => parseEnv({ TRUST_PROXY: value }).TRUST_PROXY;

describe('TRUST_PROXY', () => {
  test('"true" is refused at start-up, in Vietnamese and English, saying what to write instead', () => {
    for (const value of ['true', 'TRUE', ' true ']) {
      expect(() => trustProxy(value)).toThrow(/TRUST_PROXY: TRUST_PROXY=true tin mọi X-Forwarded-For/);
    }
    expect(() => trustProxy('true')).toThrow(/TRUST_PROXY=true trusts every X-Forwarded-For, so anyone could forge/);
    expect(() => trustProxy('true')).toThrow(/Biến môi trường không hợp lệ \/ invalid environment/);
  });

  test('unset or "false": nobody is trusted', () => {
    expect(parseEnv({}).TRUST_PROXY).toBe(false);
    expect(trustProxy('false')).toBe(false);
  });

  test('a whole number is a hop count', () => {
    expect(trustProxy('0')).toBe(0);
    expect(trustProxy('1')).toBe(1);
    expect(trustProxy('2')).toBe(2);
  });

  test("addresses, CIDR ranges and Express's presets, comma-separated", () => {
    expect(trustProxy('loopback')).toEqual(['loopback']);
    expect(trustProxy('10.0.0.5')).toEqual(['10.0.0.5']);
    expect(trustProxy('loopback, linklocal,uniquelocal')).toEqual(['loopback', 'linklocal', 'uniquelocal']);
    expect(trustProxy('10.0.0.0/8, 192.168.1.0/255.255.255.0, ::1, fd00::/8')).toEqual([
      '10.0.0.0/8',
      '192.168.1.0/255.255.255.0',
      '::1',
      'fd00::/8',
    ]);
  });

  test.each(['-1', '1.5', 'yes', '10.0.0.0/33', '::/129', '300.1.1.1', 'loopback,', 'localhost', '10.0.0.0/8/8'])(
    '%s is refused, naming the entry',
    (value) => {
      expect(() => trustProxy(value)).toThrow(/TRUST_PROXY: ".*" không phải số hop.* is not a hop count/s);
    },
  );
});

describe('DB_POOL_SIZE', () => {
  test('unset leaves openDb its default (4, see pool-size.test.ts); else a whole number from 1 to 100', () => {
    expect(parseEnv({}).DB_POOL_SIZE).toBeUndefined();
    expect(parseEnv({ DB_POOL_SIZE: '12' }).DB_POOL_SIZE).toBe(12);
    for (const value of ['0', '101', '2.5', 'many'])
      expect(() => parseEnv({ DB_POOL_SIZE: value })).toThrow(/DB_POOL_SIZE/);
  });
});
