import { Router } from 'express';
import type { Db } from '../../db/open-db.js';

export function dossierRoutes(_db: Db): Router {
  return Router();
}
