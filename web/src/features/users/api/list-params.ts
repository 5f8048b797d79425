import { idSchema } from '#shared/common/text.js';
import { roleSchema, userListQuerySchema, type Role, type UserListQuery } from '#shared/users/users.schemas.js';
import { readPaging, readSearchText, validParam, writePaging, type Paging } from '../../../lib/list-params.js';

type UserState = NonNullable<UserListQuery['state']>;
const stateSchema = userListQuerySchema.shape.state.unwrap();
export const userStates = stateSchema.options;

/** The users list as its URL states it: a link shows the same list. */
export interface UserListParams extends Paging {
  q?: string;
  /** An organisation's subtree; absent = every organisation the person administers (the server's scope). */
  organisationId?: string;
  role?: Role;
  state?: UserState;
}

/** Reads the URL; anything malformed is ignored rather than shown as an error. */
export function parseUserListParams(search: URLSearchParams): UserListParams {
  return {
    q: readSearchText(search),
    organisationId: validParam<string>(idSchema, search.get('organisationId')),
    role: validParam<Role>(roleSchema, search.get('role')),
    state: validParam<UserState>(stateSchema, search.get('state')),
    ...readPaging(search),
  };
}

/** Writes the list state back to the URL, leaving out defaults. */
export function toUserSearchParams(params: Partial<UserListParams>): URLSearchParams {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.organisationId) search.set('organisationId', params.organisationId);
  if (params.role) search.set('role', params.role);
  if (params.state) search.set('state', params.state);
  writePaging(search, params);
  return search;
}
