import type { RequestHandler } from 'express';
import type { Env } from '../env.js';

/** A year, subdomains included: the usual value, and what browsers' preload lists ask for. */
const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Headers every response carries. antd injects its CSS-in-JS as <style> tags, hence
 * 'unsafe-inline' for styles only; scripts come from our own origin alone.
 * Strict-Transport-Security only when COOKIE_SECURE says the site is served over HTTPS: sent over
 * plain HTTP it would be ignored at best, and a browser that kept it would refuse the site's HTTP.
 */
export function securityHeaders(env: Pick<Env, 'COOKIE_SECURE'>): RequestHandler {
  const headers: Record<string, string> = {
    'Content-Security-Policy':
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
      "font-src 'self' data:; connect-src 'self'; frame-src 'self' blob:; object-src 'none'; base-uri 'self'; " +
      "frame-ancestors 'self'",
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    'X-Frame-Options': 'SAMEORIGIN',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(env.COOKIE_SECURE ? { 'Strict-Transport-Security': HSTS } : {}),
  };
  return (_req, res, next) => {
    res.set(headers);
    next();
  };
}
