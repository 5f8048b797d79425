import { isIP } from 'node:net';

/**
 * What Express's "trust proxy" is given: false (nobody), a hop count, or the proxies' addresses.
 * `true` is never among them: it trusts every X-Forwarded-For entry, so any client could pick its own
 * address and walk past the login throttle (docs/decisions.md#trust-proxy-names-the-proxies).
 */
export type TrustProxy = false | number | string[];

/** Express's names for address ranges (proxy-addr): 127.0.0.1/8 and ::1, 169.254/16 and fe80::/10, private ranges. */
const presets = new Set(['loopback', 'linklocal', 'uniquelocal']);

const trustProxyTrueRefused =
  'TRUST_PROXY=true tin mọi X-Forwarded-For, nên bất kỳ ai cũng giả được địa chỉ của mình. Hãy ghi số proxy ' +
  'đứng trước máy chủ (vd. 1), hoặc địa chỉ/dải của chúng (vd. 10.0.0.5, 10.0.0.0/8, loopback). / ' +
  'TRUST_PROXY=true trusts every X-Forwarded-For, so anyone could forge their address. Give the number of ' +
  'proxies in front of the server (e.g. 1), or their addresses/ranges (e.g. 10.0.0.5, 10.0.0.0/8, loopback).';

const invalid = (entry: string) =>
  `"${entry}" không phải số hop, địa chỉ IP, dải CIDR hay loopback/linklocal/uniquelocal / ` +
  `"${entry}" is not a hop count, an IP address, a CIDR range or loopback/linklocal/uniquelocal`;

function validRange(entry: string): boolean {
  if (presets.has(entry)) return true;
  const [address = '', suffix, extra] = entry.split('/');
  const family = isIP(address);
  if (!family || extra !== undefined) return false;
  if (suffix === undefined) return true;
  // A prefix length, or for IPv4 a dotted netmask (proxy-addr accepts both).
  if (/^\d{1,3}$/.test(suffix)) return Number(suffix) <= (family === 4 ? 32 : 128);
  return family === 4 && isIP(suffix) === 4;
}

/** Reads TRUST_PROXY: "false", a hop count ("1"), or a comma-separated list of addresses, ranges and presets. */
export function parseTrustProxy(raw: string): { value: TrustProxy } | { error: string } {
  const text = raw.trim();
  if (text === 'false' || text === '') return { value: false };
  if (text.toLowerCase() === 'true') return { error: trustProxyTrueRefused };
  if (/^\d+$/.test(text)) return { value: Number(text) };
  const entries = text.split(',').map((entry) => entry.trim());
  const wrong = entries.find((entry) => !validRange(entry));
  return wrong === undefined ? { value: entries } : { error: invalid(wrong) };
}
