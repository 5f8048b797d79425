import { inArray, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/open-db.js';
import { organisations } from '../../db/schema/index.js';
import { pathIds, type OrganisationRow } from '../organisations/queries.js';
import { comparable, NAME_PATH_SEPARATOR } from './workbook-layout.js';

/** An organisation as the import sees it: one that exists (with its row) or one the file creates. */
export interface OrgNode {
  id: string;
  name: string;
  code: string | null;
  parent: OrgNode | null;
  path: string;
  depth: number;
  /** The stored row, for an organisation that exists. */
  existing?: OrganisationRow;
  /** Inside the actor's read scope (an ancestor above it can be named, as an owner, but not changed). */
  visible: boolean;
}

export type Resolution = { node: OrgNode } | { error: 'unknown' | 'ambiguous' };

/**
 * The organisations a file may name, by id, by code and by name: the actor's visible subtrees with the ancestors
 * above them, and the units the file itself adds as it is read. A reference is a code, or names from any level
 * down to the unit joined by " > " ("UBND huyện Yên Định > UBND xã Định Bình"), enough of them to be unique.
 */
export class OrgTree {
  private readonly byId = new Map<string, OrgNode>();
  private readonly byCode = new Map<string, OrgNode>();
  private readonly byName = new Map<string, OrgNode[]>();
  private readonly children = new Map<string, OrgNode[]>();

  add(node: OrgNode) {
    this.byId.set(node.id, node);
    if (node.code) this.byCode.set(node.code, node);
    const key = comparable(node.name);
    this.byName.set(key, [...(this.byName.get(key) ?? []), node]);
    if (node.parent) this.children.set(node.parent.id, [...(this.children.get(node.parent.id) ?? []), node]);
  }

  /** Builds the tree from stored rows (any order); `visible` says which lie in the actor's scope. */
  static fromRows(rows: OrganisationRow[], visible: (row: OrganisationRow) => boolean): OrgTree {
    const tree = new OrgTree();
    for (const row of [...rows].sort((a, b) => a.depth - b.depth)) {
      const parent = row.parentId ? (tree.byId.get(row.parentId) ?? null) : null;
      tree.add({ ...row, parent, existing: row, visible: visible(row) });
    }
    return tree;
  }

  /** A unit that exists receives the code a file gives it: later rows may name it by that code. */
  setCode(node: OrgNode, code: string) {
    if (node.code) this.byCode.delete(node.code);
    node.code = code;
    this.byCode.set(code, node);
  }

  /** The organisations selected to be worked on (not the ancestors above them). */
  visibleNodes(): OrgNode[] {
    return [...this.byId.values()].filter((node) => node.visible);
  }

  get(id: string) {
    return this.byId.get(id);
  }

  withCode(code: string) {
    return this.byCode.get(code);
  }

  childNamed(parent: OrgNode, name: string) {
    return (this.children.get(parent.id) ?? []).find((child) => comparable(child.name) === comparable(name));
  }

  /** Units with this name whose parent the actor cannot see: the tops of what the actor looks after. */
  topsNamed(name: string) {
    return (this.byName.get(comparable(name)) ?? []).filter((node) => node.visible && !node.parent?.visible);
  }

  resolve(reference: string): Resolution {
    const byCode = this.byCode.get(reference.trim().toUpperCase());
    if (byCode) return { node: byCode };
    const names = reference.split('>').map(comparable).filter(Boolean);
    const last = names.at(-1);
    if (last === undefined) return { error: 'unknown' };
    const matches = (this.byName.get(last) ?? []).filter((node) => {
      let ancestor = node.parent;
      for (const name of names.slice(0, -1).reverse()) {
        while (ancestor && comparable(ancestor.name) !== name) ancestor = ancestor.parent;
        if (!ancestor) return false;
        ancestor = ancestor.parent;
      }
      return true;
    });
    if (matches.length === 1) return { node: matches[0]! };
    return { error: matches.length === 0 ? 'unknown' : 'ambiguous' };
  }
}

/**
 * The organisations `where` selects, with every ancestor above them: those can be named (as an owner, as the
 * start of a name path) but are not `visible`, so nothing of theirs is changed or exported.
 */
export async function loadOrgTree(db: Db | Tx, where: SQL): Promise<OrgTree> {
  const selected = await db.select().from(organisations).where(where);
  const selectedIds = new Set(selected.map((row) => row.id));
  const above = [...new Set(selected.flatMap((row) => pathIds(row.path)))].filter((id) => !selectedIds.has(id));
  const ancestors =
    above.length > 0 ? await db.select().from(organisations).where(inArray(organisations.id, above)) : [];
  return OrgTree.fromRows([...selected, ...ancestors], (row) => selectedIds.has(row.id));
}

/** How the workbook names a unit: its code when it has one, else its names from the top of the tree down. */
export function referenceOf(node: Pick<OrgNode, 'name' | 'code' | 'parent'>): string {
  if (node.code) return node.code;
  const names: string[] = [];
  for (let at: Pick<OrgNode, 'name' | 'parent'> | null = node; at; at = at.parent) names.unshift(at.name);
  return names.join(NAME_PATH_SEPARATOR);
}
