import { useMemo } from 'react';
import { TreeSelect } from 'antd';
import type { Organisation } from '#shared/organisations/organisations.schemas.js';
import { toSearchText } from '#shared/common/search-text.js';
import { buildTree, type TreeNode } from '../lib/tree.js';

interface OptionNode {
  value: string;
  title: string;
  disabled?: boolean;
  children: OptionNode[];
}

interface OrganisationTreeSelectProps {
  organisations: readonly Organisation[];
  value?: string | null;
  onChange: (value: string | undefined) => void;
  onBlur?: () => void;
  /** Organisations that may not be picked still show, greyed, to keep the tree readable. */
  selectable?: (organisation: Organisation) => boolean;
  placeholder?: string;
  allowClear?: boolean;
  loading?: boolean;
  disabled?: boolean;
  id?: string;
  status?: 'error';
  'aria-invalid'?: boolean;
  'aria-describedby'?: string | undefined;
  'aria-required'?: boolean | undefined;
  'aria-label'?: string;
  style?: React.CSSProperties;
}

function toOptions(nodes: TreeNode<Organisation>[], selectable?: (o: Organisation) => boolean): OptionNode[] {
  return nodes.map(({ item, children }) => ({
    value: item.id,
    title: item.name,
    disabled: selectable ? !selectable(item) : false,
    children: toOptions(children, selectable),
  }));
}

/** Picks an organisation from the tree the person can see; typing searches without accents. */
export function OrganisationTreeSelect({
  organisations,
  value,
  onChange,
  selectable,
  ...rest
}: OrganisationTreeSelectProps) {
  const treeData = useMemo(() => toOptions(buildTree(organisations), selectable), [organisations, selectable]);
  // The top two levels open: a province shows its districts, a district its communes.
  const expanded = useMemo(() => {
    const minDepth = Math.min(...organisations.map((o) => o.depth));
    return organisations.filter((o) => o.depth <= minDepth + 1 && o.childCount > 0).map((o) => o.id);
  }, [organisations]);
  return (
    <TreeSelect<string>
      {...rest}
      value={value ?? undefined}
      onChange={(next) => onChange(next ?? undefined)}
      treeData={treeData}
      treeDefaultExpandedKeys={expanded}
      showSearch={{
        filterTreeNode: (input, node) =>
          typeof node.title === 'string' && toSearchText(node.title).includes(toSearchText(input)),
      }}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxWidth: 'min(560px, 95vw)' } } }}
      treeLine
    />
  );
}
