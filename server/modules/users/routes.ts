import { Router } from 'express';
import * as contracts from '#shared/users/users.contract.js';
import type { Db } from '../../db/open-db.js';
import type { AccountLinkPurpose } from '#shared/users/users.schemas.js';
import type { Env } from '../../env.js';
import { notFound } from '../../http/http-error.js';
import type { Mailer } from '../../mail/mailer.js';
import { mountAuthed } from '../../http/mount-route.js';
import type { Actor } from '../../policies/actor.js';
import { accountLinkUrl, publicBase } from '../auth/activation-links.js';
import { createUser } from './create-user.js';
import { emailAccountLink } from './email-account-link.js';
import { issueLinkFor } from './issue-link.js';
import { presentUserAccount } from './presenter.js';
import { findVisibleUser, listVisibleUsers, loadAccount, loadHeldRoles, type AccountRow } from './queries.js';
import { updateUser } from './update-user.js';
import { grantRole, revokeRole } from './user-roles.js';

export function userRoutes(db: Db, env: Env, mailer: Mailer): Router {
  const router = Router();
  const present = async (actor: Actor, rows: AccountRow[]) => {
    const held = await loadHeldRoles(
      db,
      rows.map((row) => row.id),
    );
    return rows.map((row) => presentUserAccount(row, held.get(row.id) ?? [], actor));
  };
  /** After a change the caller was allowed to make, the account as it is now (even if it left their sight). */
  const reload = async (actor: Actor, id: string) => (await present(actor, [await loadAccount(db, id)]))[0]!;
  const visible = async (actor: Actor, id: string) => {
    const row = await findVisibleUser(db, actor, id);
    if (!row) throw notFound();
    return { row, held: (await loadHeldRoles(db, [id])).get(id) ?? [] };
  };
  /** The link to the account's own address too, when capdo can send e-mail and the account has one. */
  const emailLink = (
    actor: Actor,
    account: { email: string; fullName: string; username: string },
    purpose: AccountLinkPurpose,
    link: { url: string; expiresAt: Date },
  ) =>
    emailAccountLink(mailer, {
      to: account.email,
      fullName: account.fullName,
      username: account.username,
      purpose,
      ...link,
      issuedBy: actor.fullName,
    });

  mountAuthed(router, contracts.listUsers, async ({ actor, query }) => {
    const page = await listVisibleUsers(db, actor, query);
    return { items: await present(actor, page.items), total: page.total };
  });

  mountAuthed(router, contracts.getUser, async ({ actor, params }) => {
    const { row, held } = await visible(actor, params.id);
    return presentUserAccount(row, held, actor);
  });

  mountAuthed(router, contracts.createUser, async ({ actor, body, req }) => {
    const { userId, link } = await createUser(db, actor, body);
    const user = await reload(actor, userId);
    const activationUrl = accountLinkUrl(publicBase(env, req), 'activate', link.token);
    return {
      user,
      activationUrl,
      expiresAt: link.expiresAt.toISOString(),
      emailedTo: await emailLink(actor, user, 'activate', { url: activationUrl, expiresAt: link.expiresAt }),
    };
  });

  mountAuthed(router, contracts.updateUser, async ({ actor, params, body }) => {
    const { row, held } = await visible(actor, params.id);
    await updateUser(db, actor, row, held, body);
    return reload(actor, row.id);
  });

  mountAuthed(router, contracts.grantRole, async ({ actor, params, body }) => {
    await visible(actor, params.id);
    await grantRole(db, actor, params.id, body);
    return reload(actor, params.id);
  });

  mountAuthed(router, contracts.revokeRole, async ({ actor, params }) => {
    await visible(actor, params.id);
    await revokeRole(db, actor, params.id, params.membershipId);
    return reload(actor, params.id);
  });

  mountAuthed(router, contracts.issueActivationLink, async ({ actor, params, req }) => {
    const { row, held } = await visible(actor, params.id);
    const link = await issueLinkFor(db, actor, row, held, 'activate');
    const activationUrl = accountLinkUrl(publicBase(env, req), 'activate', link.token);
    return {
      activationUrl,
      expiresAt: link.expiresAt.toISOString(),
      emailedTo: await emailLink(actor, row, 'activate', { url: activationUrl, expiresAt: link.expiresAt }),
    };
  });

  mountAuthed(router, contracts.issueResetLink, async ({ actor, params, req }) => {
    const { row, held } = await visible(actor, params.id);
    const link = await issueLinkFor(db, actor, row, held, 'reset');
    const resetUrl = accountLinkUrl(publicBase(env, req), 'reset', link.token);
    return {
      resetUrl,
      expiresAt: link.expiresAt.toISOString(),
      emailedTo: await emailLink(actor, row, 'reset', { url: resetUrl, expiresAt: link.expiresAt }),
    };
  });

  return router;
}
