import { useMemo, useState } from 'react';
import { Empty, Input, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '#shared/organisations/organisations.schemas.js';
import { Highlight } from '../../../components/ui/highlight.js';
import { buildTree, searchTree, type TreeNode } from '../../../lib/tree.js';
import { useNamedSearchButtons } from '../../../components/ui/named-controls.js';

interface OrganisationTreeProps {
  organisations: readonly Organisation[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}

const searchableText = (o: Organisation) => `${o.name} ${o.shortName} ${o.code ?? ''}`;

/** The organisation tree with an accent-insensitive search that filters it and opens the matches. */
export function OrganisationTree({ organisations, selectedId, onSelect }: OrganisationTreeProps) {
  const { t } = useTranslation();
  const searchButtons = useNamedSearchButtons();
  const [query, setQuery] = useState('');
  const search = useMemo(() => searchTree(organisations, query, searchableText), [organisations, query]);
  // The top two levels open, and the path to the organisation opened by its link.
  const defaultExpanded = useMemo(() => {
    const minDepth = Math.min(...organisations.map((o) => o.depth));
    const top = organisations.filter((o) => o.depth <= minDepth + 1 && o.childCount > 0).map((o) => o.id);
    const selected = organisations.find((o) => o.id === selectedId);
    return [...new Set([...top, ...(selected?.ancestors.map((a) => a.id) ?? [])])];
  }, [organisations, selectedId]);
  const [expanded, setExpanded] = useState<string[] | null>(null);

  const changeQuery = (value: string) => {
    setQuery(value);
    setExpanded(value ? [...searchTree(organisations, value, searchableText).expanded] : null);
  };

  const treeData = useMemo(() => {
    const toNodes = (nodes: TreeNode<Organisation>[]): TreeDataNode[] =>
      nodes
        .filter((node) => search.visible.has(node.item.id))
        .map(({ item, children }) => ({
          key: item.id,
          title: (
            <>
              <span>
                <Highlight text={item.name} query={query} />
              </span>
              {item.code && (
                <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
                  <Highlight text={item.code} query={query} />
                </Typography.Text>
              )}
            </>
          ),
          children: toNodes(children),
        }));
    return toNodes(buildTree(organisations));
  }, [organisations, search, query]);

  const expandedKeys = expanded ?? defaultExpanded;

  return (
    <div>
      <label htmlFor="organisation-search" className="visually-hidden">
        {t('ui.organisations.searchLabel')}
      </label>
      <Input.Search
        id="organisation-search"
        {...searchButtons}
        placeholder={t('ui.organisations.searchPlaceholder')}
        value={query}
        onChange={(event) => changeQuery(event.target.value)}
        style={{ marginBottom: 12 }}
      />
      {treeData.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={query ? t('ui.organisations.noMatch', { q: query }) : t('ui.organisations.empty')}
        />
      ) : (
        <div className="tree-scroll">
          <Tree
            aria-label={t('ui.organisations.treeTitle')}
            treeData={treeData}
            showLine
            blockNode
            expandedKeys={expandedKeys}
            onExpand={(keys) => setExpanded(keys.map(String))}
            selectedKeys={selectedId ? [selectedId] : []}
            onSelect={(keys) => {
              const id = keys[0];
              if (id !== undefined) onSelect(String(id));
            }}
          />
        </div>
      )}
    </div>
  );
}
