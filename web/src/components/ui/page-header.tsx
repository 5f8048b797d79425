import type { ReactNode } from 'react';
import { Breadcrumb, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { useDocumentTitle } from './document-title.js';

// Pages take it from here with their header; document-title.ts is for those without one.
export { useDocumentTitle };

export interface Crumb {
  title: string;
  /** In-app path; the last crumb (the page itself) has none. */
  to?: string;
}

interface PageHeaderProps {
  title: ReactNode;
  /** Plain text for the browser tab when the title is not a string. */
  documentTitle?: string;
  breadcrumbs?: Crumb[];
  extra?: ReactNode;
  children?: ReactNode;
}

/** Breadcrumbs (following the organisation tree where relevant), the page's one h1, and its actions. */
export function PageHeader({ title, documentTitle, breadcrumbs, extra, children }: PageHeaderProps) {
  useDocumentTitle(documentTitle ?? (typeof title === 'string' ? title : undefined));
  return (
    <header className="page-header">
      {breadcrumbs && breadcrumbs.length > 0 && (
        <Breadcrumb
          items={breadcrumbs.map((crumb) => ({
            title: crumb.to ? <Link to={crumb.to}>{crumb.title}</Link> : crumb.title,
          }))}
        />
      )}
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Typography.Title level={1} className="page-title">
          {title}
        </Typography.Title>
        {extra && (
          <Flex gap={8} wrap>
            {extra}
          </Flex>
        )}
      </Flex>
      {children}
    </header>
  );
}
