import { defineContract } from '../common/contract.js';
import {
  auditChainQuerySchema,
  auditChainStateSchema,
  auditEventListQuerySchema,
  auditEventPageSchema,
} from './audit-list.schemas.js';

const tag = 'Audit';

/*
 * The audit trail, read by administrators: events of units inside the subtrees they administer, and events that
 * belong to no unit (people, regimes, holidays) only for administrators of a top-level organisation.
 */

export const listAuditEvents = defineContract({
  method: 'get',
  path: '/api/audit-events',
  summary: "Audit events in the caller's administered subtrees, newest first (empty for non-administrators)",
  tag,
  auth: true,
  query: auditEventListQuerySchema,
  response: auditEventPageSchema,
});

export const getAuditChain = defineContract({
  method: 'get',
  path: '/api/audit-events/chain',
  summary: "The audit chain's head and newest anchor (administrators); verify=true recomputes it (top-level only)",
  tag,
  auth: true,
  query: auditChainQuerySchema,
  response: auditChainStateSchema,
});
