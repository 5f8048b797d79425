import { Router } from 'express';
import * as contracts from '#shared/onboarding/onboarding.contract.js';
import { MAX_ONBOARDING_BYTES, XLSX_MEDIA_TYPE } from '#shared/onboarding/onboarding.schemas.js';
import type { Db } from '../../db/open-db.js';
import { FileResponse } from '../../http/file-response.js';
import { forbidden, notFound } from '../../http/http-error.js';
import { mountAuthed } from '../../http/mount-route.js';
import { rawUploadBody } from '../../http/raw-upload-body.js';
import type { Actor } from '../../policies/actor.js';
import { scopePaths } from '../../policies/organisation-scope.js';
import { findVisibleOrganisation } from '../organisations/queries.js';
import { administers, requireAdministrator } from '../users/rules.js';
import { exportOnboardingRows } from './export-onboarding.js';
import { commitImport, findOwnImport, presentImport, previewUpload } from './onboarding-imports.js';
import { ONBOARDING_TITLES, writeOnboardingWorkbook } from './write-workbook.js';

const emptyRows = { organisations: [], people: [], systems: [] };
const workbookFile = (bytes: Buffer, fileName: string) =>
  new FileResponse({ bytes, fileName, mediaType: XLSX_MEDIA_TYPE });

/** Onboarding from a spreadsheet: administrators only, each within the subtrees they administer. */
export function onboardingRoutes(db: Db): Router {
  const router = Router();

  /** The subtrees to export: the one asked for (404 outside the actor's sight, 403 if not administered), or all. */
  const exportRoots = async (actor: Actor, organisationId: string | undefined) => {
    if (organisationId) {
      const organisation = await findVisibleOrganisation(db, actor, organisationId);
      if (!organisation) throw notFound();
      if (!administers(actor, organisation.path)) throw forbidden();
      return [organisation.path];
    }
    return scopePaths(actor, 'user.administer');
  };

  mountAuthed(router, contracts.downloadOnboardingTemplate, async ({ actor }) => {
    requireAdministrator(actor);
    return workbookFile(
      await writeOnboardingWorkbook(emptyRows, ONBOARDING_TITLES.template),
      'mau-nhap-du-lieu-capdo.xlsx',
    );
  });

  mountAuthed(router, contracts.exportOnboarding, async ({ actor, query }) => {
    requireAdministrator(actor);
    const roots = await exportRoots(actor, query.organisationId);
    return workbookFile(await writeOnboardingWorkbook(await exportOnboardingRows(db, roots)), 'du-lieu-capdo.xlsx');
  });

  router.use(contracts.uploadOnboardingImport.path, rawUploadBody(MAX_ONBOARDING_BYTES));
  mountAuthed(router, contracts.uploadOnboardingImport, async ({ actor, query, req, locale }) => {
    requireAdministrator(actor);
    const file = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    return presentImport(await previewUpload(db, actor, file, query.fileName), locale);
  });

  mountAuthed(router, contracts.getOnboardingImport, async ({ actor, params, locale }) =>
    presentImport(await findOwnImport(db, actor, params.id), locale),
  );

  mountAuthed(router, contracts.commitOnboardingImport, async ({ actor, params, locale }) => {
    requireAdministrator(actor);
    const stored = await findOwnImport(db, actor, params.id);
    return presentImport(await commitImport(db, actor, stored, locale), locale);
  });

  return router;
}
