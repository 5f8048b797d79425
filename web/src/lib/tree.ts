import { toSearchText } from '#shared/common/search-text.js';

export interface TreeItem {
  id: string;
  parentId: string | null;
}

export interface TreeNode<T extends TreeItem> {
  item: T;
  children: TreeNode<T>[];
}

/**
 * Builds the tree from a flat list (ordered by depth then name, as the API sends it). An item
 * whose parent the person cannot see becomes a root: a commune officer's tree starts at the commune.
 */
export function buildTree<T extends TreeItem>(items: readonly T[]): TreeNode<T>[] {
  const nodes = new Map(items.map((item) => [item.id, { item, children: [] as TreeNode<T>[] }]));
  const roots: TreeNode<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.item.parentId ? nodes.get(node.item.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** The ids of an item and everything below it. */
export function subtreeIds<T extends TreeItem>(items: readonly T[], rootId: string): Set<string> {
  const ids = new Set([rootId]);
  // Parents come before children in depth order, so one pass suffices.
  for (const item of items) if (item.parentId && ids.has(item.parentId)) ids.add(item.id);
  return ids;
}

/**
 * Accent-insensitive search in a tree: the matching ids; what stays visible (each match, its
 * ancestors to show the path, its descendants so a found district still lists its communes);
 * and what to expand (the ancestors of matches).
 */
export function searchTree<T extends TreeItem>(items: readonly T[], query: string, textOf: (item: T) => string) {
  const needle = toSearchText(query);
  const byId = new Map(items.map((item) => [item.id, item]));
  const matches = new Set<string>();
  const visible = new Set<string>();
  if (!needle) return { matches, visible: new Set(byId.keys()), expanded: new Set<string>() };
  const expanded = new Set<string>();
  for (const item of items) {
    if (!toSearchText(textOf(item)).includes(needle)) continue;
    matches.add(item.id);
    visible.add(item.id);
    let parentId = item.parentId;
    while (parentId && byId.has(parentId) && !expanded.has(parentId)) {
      expanded.add(parentId);
      visible.add(parentId);
      parentId = byId.get(parentId)!.parentId;
    }
  }
  const underMatch = new Set(matches);
  for (const item of items) {
    if (item.parentId && underMatch.has(item.parentId)) {
      underMatch.add(item.id);
      visible.add(item.id);
    }
  }
  return { matches, visible, expanded };
}
