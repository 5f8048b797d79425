import { randomUUID } from 'node:crypto';
import type { Express } from 'express';
import type { Contract } from '#shared/common/contract.js';
import type { Db } from '#server/db/open-db.js';
import { issueDocumentNumber } from '#server/modules/documents/issue-number.js';
import { factoryDelivery } from '#server/modules/notifications/delivery-preferences.js';
import { contractList } from '#server/openapi/build-openapi.js';
import type { OrganisationRow, SystemRow } from '../support/demo.js';
import { defaultRegimes } from '#shared/regimes/regimes.js';

export const keyOf = (contract: Pick<Contract, 'method' | 'path'>) =>
  `${contract.method.toUpperCase()} ${contract.path}`;

/** Endpoints that work without a session, on purpose. Anything else must answer 401 to a stranger. */
export const PUBLIC_CONTRACTS = [
  'GET /api/health',
  'POST /api/auth/login',
  'POST /api/auth/activate',
  'POST /api/auth/reset',
];
/** Routes the app serves that are not contracts: the API's own documentation. */
export const DOCUMENTATION_ROUTES = ['GET /api/openapi.json', 'GET /api/docs'];

export interface OutsiderContext {
  /** The caller's own organisation. */
  own: OrganisationRow;
}

/**
 * How to call each endpoint as someone who should not reach the target. Every contract needs an
 * entry (a test fails naming any that lacks one), so a new endpoint joins the outsider suite
 * the day it is declared.
 */
export type EndpointSample =
  /** The endpoint concerns only the caller themself (their session, their password). */
  | { kind: 'self'; body?: () => unknown }
  /** :id names a record; a stranger must get 404 exactly as for an id that does not exist. */
  | {
      kind: 'record';
      resource: 'organisation' | 'system';
      body?: (target: { version: number }, context: OutsiderContext) => unknown;
    }
  /** A list; every item must lie in the caller's scope; `filters` aim at other units on purpose. */
  | {
      kind: 'list';
      organisationIdsOf: (item: any) => string[];
      filters: (foreign: OrganisationRow) => Array<Record<string, string>>;
      /** Makes an item in the caller's own unit first, for lists the demo leaves empty there. */
      arrange?: (db: Db, own: OrganisationRow) => Promise<unknown>;
    }
  /** A create whose body points at an organisation; a foreign one must fare like a random id. */
  | { kind: 'create'; body: (organisationId: string, context: OutsiderContext) => unknown }
  /**
   * Data every unit shares (regimes, holidays, level determination): readable by any user,
   * changed only by an administrator of a top-level organisation (403 for anyone else).
   */
  | { kind: 'shared'; path: string; write: boolean; body?: () => unknown }
  /**
   * :id names a dossier (and :attachmentId one of its files): a stranger must get 404 exactly as for
   * a random id, and nothing changes (tests/outsider/dossiers.test.ts builds the foreign dossiers).
   */
  | {
      kind: 'dossier';
      query?: Record<string, string>;
      body?: (target: { version: number }) => unknown;
      /** Sent as the raw request body instead of JSON (uploads). */
      raw?: { contentType: string; data: () => string };
    }
  /** A list of dossiers: every item's operator lies in the caller's scope, whatever the filters. */
  | {
      kind: 'dossierList';
      organisationIdsOf: (item: any) => string[];
      filters: (foreign: OrganisationRow) => Array<Record<string, string>>;
    }
  /**
   * A report over the subtree of `organisationId` (default: the caller's own): naming another unit
   * answers exactly like a random id, and the caller's own report, in every format, names nothing
   * outside its subtree (tests/outsider/reports.test.ts).
   */
  | { kind: 'report'; query: Record<string, string> }
  /**
   * Like a report, JSON only (the dashboard's breakdown): naming another unit answers exactly like a
   * random id, and the caller's own names nothing outside its subtree (tests/server/reports/dashboard.test.ts).
   */
  | { kind: 'reportBreakdown'; query: Record<string, string> }
  /**
   * The accounts API: :id names a person (and :membershipId one of their roles). One holding no role the caller
   * administers answers exactly like an id nobody has, and nothing changes (tests/outsider/users.test.ts).
   */
  | { kind: 'account'; body?: (target: { version: number }, context: OutsiderContext) => unknown }
  /** The list of people: only those holding a role the caller administers, whatever the filters. */
  | { kind: 'accountList'; filters: (foreign: OrganisationRow) => Array<Record<string, string>> }
  /**
   * Designations (shared/designations/): read within the caller's scope, changed only by an administrator
   * of the province above; tests/outsider/designations.test.ts calls each one as people of other units.
   */
  | { kind: 'designation'; query?: Record<string, string>; body?: (context: OutsiderContext) => unknown }
  /**
   * :id names a person: one holding no role the caller administers answers exactly like an id nobody has,
   * and nothing changes (tests/outsider/people-sessions.test.ts).
   */
  | { kind: 'person' }
  /**
   * The audit trail (shared/audit/audit-events.contract.ts): administrators read the events of their subtrees only,
   * others get an empty list (the chain: 403), whatever the filters (tests/server/audit/list-audit-events.test.ts).
   */
  | {
      kind: 'audit';
      query?: Record<string, string>;
      filters?: (foreign: OrganisationRow) => Array<Record<string, string>>;
    }
  /**
   * Onboarding from a spreadsheet (shared/onboarding/): administrators only (403 for anyone else); an export of a
   * unit outside the caller's sight and an upload of another person answer exactly like an id nobody has, and
   * nothing changes (tests/outsider/onboarding.test.ts).
   */
  | { kind: 'onboarding'; upload?: boolean }
  /**
   * The caller's own notifications, delivery choices and live count (shared/notifications/): another person's
   * notification answers exactly like an id nobody has, lists and counts hold only the caller's own, and the defaults
   * are for administrators of a top-level organisation, 403 for anyone else (tests/outsider/notifications.test.ts).
   */
  | { kind: 'notifications'; body?: () => unknown }
  /**
   * The background jobs' dashboard (shared/jobs/): administrators of a top-level organisation only, 403 for anyone
   * else, a commune's administrator included, and nothing changes (tests/outsider/jobs.test.ts).
   */
  | { kind: 'jobs' };

/** A syntactically valid id no record has: dossier samples point their systems at it. */
const NO_SUCH_SYSTEM = '00000000-0000-4000-8000-000000000000';

const someAnswers = { systemType: 'internal', informationTypes: ['private'] };

export const endpointSamples: Record<string, EndpointSample> = {
  'POST /api/level-assessments': {
    kind: 'shared',
    path: '/api/level-assessments',
    write: false,
    body: () => ({ regime: 'nd85', answers: someAnswers }),
  },
  'GET /api/regimes': { kind: 'shared', path: '/api/regimes', write: false },
  'PUT /api/regimes/:id': { kind: 'shared', path: '/api/regimes/nd85', write: true, body: () => defaultRegimes.nd85 },
  // Saves nothing, yet answers only those who may save (it reads the levels of every system in their scope).
  'POST /api/regimes/:id/preview': {
    kind: 'shared',
    path: '/api/regimes/nd85/preview',
    write: true,
    body: () => defaultRegimes.nd85,
  },
  'GET /api/holidays/:year': { kind: 'shared', path: '/api/holidays/2023', write: false },
  'PUT /api/holidays/:year': { kind: 'shared', path: '/api/holidays/2023', write: true, body: () => ({ items: [] }) },

  'POST /api/auth/logout': { kind: 'self' },
  'GET /api/auth/me': { kind: 'self' },
  'POST /api/auth/password': {
    kind: 'self',
    body: () => ({ currentPassword: 'YenDinh@2023', newPassword: 'Người-ngoài-2024' }),
  },
  'GET /api/auth/sessions': { kind: 'self' },
  // By the session's public id; another person's answers 404 (tests/server/auth/sessions-list.test.ts).
  'DELETE /api/auth/sessions/:id': { kind: 'self' },
  'DELETE /api/users/:id/sessions': { kind: 'person' },

  'GET /api/users': {
    kind: 'accountList',
    filters: (foreign): Array<Record<string, string>> => [
      { organisationId: foreign.id },
      { organisationId: foreign.id, role: 'admin' },
      { q: 'admin' },
      { q: foreign.name },
    ],
  },
  'GET /api/users/:id': { kind: 'account' },
  'PATCH /api/users/:id': {
    kind: 'account',
    body: (target) => ({ version: target.version, active: false, fullName: 'Bị người ngoài sửa' }),
  },
  'POST /api/users/:id/memberships': {
    kind: 'account',
    body: (_, { own }) => ({ organisationId: own.id, role: 'admin' }),
  },
  'DELETE /api/users/:id/memberships/:membershipId': { kind: 'account' },
  'POST /api/users/:id/activation-link': { kind: 'account' },
  'POST /api/users/:id/reset-link': { kind: 'account' },
  'POST /api/users': {
    kind: 'create',
    body: (organisationId) => ({
      username: 'nguoingoai.taomoi',
      fullName: 'Người do người ngoài tạo',
      memberships: [{ organisationId, role: 'admin' }],
    }),
  },

  'GET /api/audit-events': {
    kind: 'audit',
    filters: (foreign): Array<Record<string, string>> => [
      { organisationId: foreign.id },
      { organisationId: foreign.id, entityType: 'organisation' },
      { entityType: 'organisation', entityId: foreign.id },
    ],
  },
  'GET /api/audit-events/chain': { kind: 'audit', query: { verify: 'true' } },
  'GET /api/onboarding/template': { kind: 'onboarding' },
  'GET /api/onboarding/export': { kind: 'onboarding' },
  'POST /api/onboarding/imports': { kind: 'onboarding', upload: true },
  'GET /api/onboarding/imports/:id': { kind: 'onboarding' },
  'POST /api/onboarding/imports/:id/commit': { kind: 'onboarding' },

  'GET /api/designations': { kind: 'designation' },
  'GET /api/designations/coverage': { kind: 'designation', query: { asOf: '2024-06-01' } },
  'POST /api/designations': {
    kind: 'designation',
    body: ({ own }) => ({ designatedOrganisationId: own.id, subtreeRootId: own.id, validFrom: '2031-01-01' }),
  },
  'PATCH /api/designations/:id': { kind: 'designation', body: () => ({ version: 1, validTo: '2031-12-31' }) },
  'DELETE /api/designations/:id': { kind: 'designation', query: { version: '1' } },

  'GET /api/organisations': {
    kind: 'list',
    organisationIdsOf: (item: { id: string }) => [item.id],
    filters: (foreign): Array<Record<string, string>> => [
      { parentId: foreign.id },
      { under: foreign.id },
      { q: foreign.name },
    ],
  },
  'GET /api/organisations/:id': { kind: 'record', resource: 'organisation' },
  'PATCH /api/organisations/:id': {
    kind: 'record',
    resource: 'organisation',
    body: (target, { own }) => ({ version: target.version, name: 'Bị người ngoài đổi tên', parentId: own.id }),
  },
  'POST /api/organisations': {
    kind: 'create',
    body: (organisationId) => ({
      parentId: organisationId,
      kind: 'other',
      name: 'Đơn vị do người ngoài tạo',
      shortName: 'NN',
      place: 'Yên Định',
    }),
  },

  'GET /api/systems': {
    kind: 'list',
    organisationIdsOf: (item: { operator: { id: string } }) => [item.operator.id],
    filters: (foreign): Array<Record<string, string>> => [
      { organisationId: foreign.id },
      { q: foreign.name.replace('Ủy ban nhân dân', 'UBND') },
    ],
  },
  'GET /api/systems/:id': { kind: 'record', resource: 'system' },
  'PATCH /api/systems/:id': {
    kind: 'record',
    resource: 'system',
    body: (target, { own }) => ({
      version: target.version,
      name: 'Bị người ngoài sửa',
      operatorOrganisationId: own.id,
      ownerOrganisationId: own.id,
    }),
  },
  'POST /api/systems': {
    kind: 'create',
    body: (organisationId, { own }) => ({
      name: 'Hệ thống do người ngoài đăng ký',
      ownerOrganisationId: organisationId === own.id ? own.id : organisationId,
      operatorOrganisationId: organisationId,
      systemType: 'internal',
      informationTypes: ['private'],
    }),
  },

  'GET /api/dossiers': {
    kind: 'dossierList',
    organisationIdsOf: (item: { operator: { id: string } }) => [item.operator.id],
    filters: (foreign): Array<Record<string, string>> => [
      { organisationId: foreign.id },
      { q: foreign.name.replace('Ủy ban nhân dân', 'UBND') },
      { q: 'Hồ sơ của đơn vị khác' },
    ],
  },
  'GET /api/inbox': {
    kind: 'dossierList',
    organisationIdsOf: (item: { operator: { id: string } }) => [item.operator.id],
    filters: () => [],
  },
  'POST /api/dossiers': {
    kind: 'create',
    body: (organisationId) => ({
      title: 'Hồ sơ do người ngoài lập',
      operatorOrganisationId: organisationId,
      systems: [{ systemId: NO_SUCH_SYSTEM }],
    }),
  },
  'GET /api/dossiers/:id': { kind: 'dossier' },
  'PATCH /api/dossiers/:id': {
    kind: 'dossier',
    body: (target) => ({ version: target.version, title: 'Bị người ngoài sửa' }),
  },
  'POST /api/dossiers/:id/transitions': {
    kind: 'dossier',
    body: (target) => ({ action: 'submit', version: target.version }),
  },
  'GET /api/dossiers/:id/snapshots': { kind: 'dossier' },
  'GET /api/dossiers/:id/events': { kind: 'dossier' },
  'GET /api/dossiers/:id/attachments': { kind: 'dossier' },
  'POST /api/dossiers/:id/attachments': {
    kind: 'dossier',
    query: { fileName: 'tep-nguoi-ngoai.pdf' },
    raw: { contentType: 'application/pdf', data: () => '%PDF-1.4\n%%EOF\n' },
  },
  'GET /api/dossiers/:id/attachments/:attachmentId': { kind: 'dossier' },
  'DELETE /api/dossiers/:id/attachments/:attachmentId': { kind: 'dossier' },
  'GET /api/reports/compliance': { kind: 'report', query: {} },
  'GET /api/reports/annual': { kind: 'report', query: { regime: 'nd331', year: '2023' } },
  'GET /api/reports/dashboard': { kind: 'reportBreakdown', query: {} },
  // Its scope is checked like the dashboard's, in tests/server/reports/report-cache.test.ts.
  'GET /api/reports/summary': { kind: 'reportBreakdown', query: {} },
  'GET /api/dossiers/:id/documents': { kind: 'dossier' },
  'GET /api/dossiers/:id/documents.zip': { kind: 'dossier' },
  'GET /api/dossiers/:id/documents/:file': { kind: 'dossier' },
  // An export of another unit's dossier is refused like one of a dossier that does not exist.
  'POST /api/document-exports': {
    kind: 'dossier',
    body: (target) => ({ dossierIds: [(target as { id?: string }).id ?? NO_SUCH_SYSTEM] }),
  },
  // Exports belong to their requester: any other id answers 404 (tests/server/documents checks another user's).
  'GET /api/document-exports/:id': { kind: 'dossier' },
  'GET /api/document-exports/:id/download': { kind: 'dossier' },
  'GET /api/organisations/:id/document-settings': { kind: 'record', resource: 'organisation' },
  'PUT /api/organisations/:id/document-settings': {
    kind: 'record',
    resource: 'organisation',
    body: () => ({
      version: 0,
      headTitle: 'Giám đốc',
      signingMark: 'KT',
      markedAuthority: 'Giám đốc',
      signerTitle: 'Phó Giám đốc',
    }),
  },
  // A foreign organisationId answers 404 like a random one (tests/server/documents/document-registers.test.ts).
  'GET /api/document-registers': {
    kind: 'list',
    organisationIdsOf: (item: { organisation: { id: string } }) => [item.organisation.id],
    filters: (): Array<Record<string, string>> => [{ year: '2023' }, { year: '2024' }],
    // The demo's registers are the Sở's: the caller's unit numbers a letter of its own.
    arrange: (db, own) =>
      db.transaction((tx) =>
        issueDocumentNumber(tx, {
          organisationId: own.id,
          issuerCode: own.shortName,
          typeCode: '',
          issuedOn: '2024-05-06',
          dossierId: null,
          form: 'appraisal-opinion',
          issuedBy: null,
        }),
      ),
  },

  'GET /api/notifications': { kind: 'notifications' },
  'POST /api/notifications/read': { kind: 'notifications', body: () => ({ ids: [randomUUID()] }) },
  'GET /api/notifications/preferences': { kind: 'notifications' },
  'PUT /api/notifications/preferences': { kind: 'notifications', body: () => ({ delivery: { submitted: 'off' } }) },
  'GET /api/notifications/defaults': { kind: 'notifications' },
  'PUT /api/notifications/defaults': {
    kind: 'notifications',
    body: () => ({ delivery: { ...factoryDelivery, submitted: 'off' }, digestHour: 6, dueSoonWorkingDays: 3 }),
  },
  'GET /api/notifications/stream': { kind: 'notifications' },
  'GET /api/jobs': { kind: 'jobs' },
};

export const authedContracts = () => contractList.filter((contract) => !PUBLIC_CONTRACTS.includes(keyOf(contract)));

/** The contract's path for a record (and, for an attachment, one of its files), with a sample's query. */
export const pathWith = (
  contract: Contract,
  id: string,
  attachmentId: string = randomUUID(),
  query?: Record<string, string>,
) => {
  const path = contract.path
    .replace(':attachmentId', attachmentId)
    .replace(':membershipId', attachmentId) // a person's role: the second id, as an attachment is a dossier's
    .replace(':id', id)
    .replace(':file', 'explanation.pdf');
  return query ? `${path}?${new URLSearchParams(query)}` : path;
};

/** A request for the contract with plausible, valid input aimed at existing records (anonymous suite). */
export function sampleRequest(
  contract: Contract,
  targets: { organisation: OrganisationRow; system: SystemRow },
  context: OutsiderContext,
) {
  const sample = endpointSamples[keyOf(contract)];
  if (!sample) throw new Error(`no outsider sample for ${keyOf(contract)}`);
  switch (sample.kind) {
    case 'self':
      return { path: contract.path, body: sample.body?.() };
    case 'list':
    case 'dossierList':
      return { path: contract.path, body: undefined };
    case 'dossier':
      // A stranger is refused before any lookup, so a random dossier does.
      return {
        path: pathWith(contract, randomUUID(), randomUUID(), sample.query),
        body: sample.body?.({ version: 1 }),
      };
    case 'create':
      return { path: contract.path, body: sample.body(context.own.id, context) };
    case 'report':
    case 'reportBreakdown':
      return {
        path: `${contract.path}?${new URLSearchParams({ ...sample.query, organisationId: context.own.id })}`,
        body: undefined,
      };
    case 'shared':
      return { path: sample.path, body: sample.body?.() };
    case 'designation':
      return { path: pathWith(contract, randomUUID(), undefined, sample.query), body: sample.body?.(context) };
    case 'person':
      return { path: pathWith(contract, randomUUID()), body: undefined };
    case 'audit':
      return { path: pathWith(contract, randomUUID(), undefined, sample.query), body: undefined };
    case 'notifications':
      return { path: contract.path, body: sample.body?.() };
    case 'jobs':
      return { path: contract.path, body: undefined };
    case 'onboarding':
      return { path: pathWith(contract, randomUUID()), body: undefined };
    case 'account':
      return { path: pathWith(contract, randomUUID()), body: sample.body?.({ version: 1 }, context) };
    case 'accountList':
      return { path: contract.path, body: undefined };
    case 'record': {
      const target = targets[sample.resource];
      return { path: pathWith(contract, target.id), body: sample.body?.(target, context) };
    }
  }
}

/** Every METHOD path the Express app routes, read from its router stack. */
export function routesOf(app: Express): string[] {
  const out: string[] = [];
  const walk = (stack: any[]) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const method of Object.keys(layer.route.methods)) out.push(`${method.toUpperCase()} ${layer.route.path}`);
      } else if (layer.handle?.stack) {
        // Contracts carry full paths, so routers are mounted at the root; a prefix would hide part of the path.
        if (!layer.slash) throw new Error('a router is mounted under a path prefix: teach routesOf() to prepend it');
        walk(layer.handle.stack);
      }
    }
  };
  walk((app as any).router.stack);
  return out;
}

export const randomId = () => randomUUID();

/** The contracts whose outsider sample is of one kind, each with its key and its sample. */
export const contractsOfKind = <K extends EndpointSample['kind']>(kind: K) =>
  contractList
    .filter((contract) => endpointSamples[keyOf(contract)]?.kind === kind)
    .map(
      (contract) =>
        [keyOf(contract), contract, endpointSamples[keyOf(contract)] as Extract<EndpointSample, { kind: K }>] as const,
    );

/** What a caller learns from a response: its status and body. */
export const answerOf = (res: { status: number; json: unknown }) => ({ status: res.status, json: res.json });
