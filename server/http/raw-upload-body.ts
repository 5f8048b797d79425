import express from 'express';
import { requireSession } from './authenticate.js';

/**
 * The raw body of an upload, read only for a logged-in request carrying its CSRF token (a stranger
 * never makes the server buffer megabytes) and only on the path it is mounted on. Larger bodies answer 413.
 */
export function rawUploadBody(limitBytes: number): express.RequestHandler {
  const raw = express.raw({ type: () => true, limit: limitBytes });
  return (req, res, next) => {
    if (req.method !== 'POST') return next();
    requireSession(req, true);
    raw(req, res, next);
  };
}
