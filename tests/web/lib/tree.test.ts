import { describe, expect, it } from 'vitest';
import { buildTree, searchTree, subtreeIds, type TreeItem } from '#web/lib/tree.js';

interface Unit extends TreeItem {
  name: string;
}

// A slice of the Thanh Hóa tree, in depth order as the API sends it.
const units: Unit[] = [
  { id: 'tinh', parentId: null, name: 'UBND tỉnh Thanh Hóa' },
  { id: 'sotttt', parentId: 'tinh', name: 'Sở Thông tin và Truyền thông' },
  { id: 'yendinh', parentId: 'tinh', name: 'UBND huyện Yên Định' },
  { id: 'dinhbinh', parentId: 'yendinh', name: 'UBND xã Định Bình' },
  { id: 'quanlao', parentId: 'yendinh', name: 'UBND thị trấn Quán Lào' },
  { id: 'ttdvnn', parentId: 'yendinh', name: 'Trung tâm Dịch vụ nông nghiệp' },
];
const nameOf = (unit: Unit) => unit.name;

describe('the organisation tree', () => {
  it('builds the tree; an item whose parent is out of sight becomes a root', () => {
    const tree = buildTree(units);
    expect(tree.map((node) => node.item.id)).toEqual(['tinh']);
    expect(tree[0]!.children.map((node) => node.item.id)).toEqual(['sotttt', 'yendinh']);
    // A district officer sees the district and below: the tree starts at the district.
    const district = buildTree(units.slice(2));
    expect(district.map((node) => node.item.id)).toEqual(['yendinh']);
    expect(district[0]!.children).toHaveLength(3);
  });

  it('lists an item and everything below it', () => {
    expect([...subtreeIds(units, 'yendinh')].sort()).toEqual(['dinhbinh', 'quanlao', 'ttdvnn', 'yendinh']);
    expect([...subtreeIds(units, 'dinhbinh')]).toEqual(['dinhbinh']);
  });

  it('finds a unit typed without accents, showing the path to it and opening its ancestors', () => {
    for (const query of ['dinh binh', 'ĐỊNH BÌNH', '  Định   Bình ']) {
      const found = searchTree(units, query, nameOf);
      expect([...found.matches], query).toEqual(['dinhbinh']);
      expect([...found.visible].sort(), query).toEqual(['dinhbinh', 'tinh', 'yendinh']);
      expect([...found.expanded].sort(), query).toEqual(['tinh', 'yendinh']);
    }
  });

  it('keeps the units under a found district visible', () => {
    const found = searchTree(units, 'yen dinh', nameOf);
    expect([...found.matches]).toEqual(['yendinh']);
    expect([...found.visible].sort()).toEqual(['dinhbinh', 'quanlao', 'tinh', 'ttdvnn', 'yendinh']);
  });

  it('shows everything, with nothing matched, for an empty search', () => {
    const found = searchTree(units, '  ', nameOf);
    expect(found.matches.size).toBe(0);
    expect(found.visible.size).toBe(units.length);
  });
});
