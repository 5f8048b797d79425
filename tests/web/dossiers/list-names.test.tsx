import { expect, test } from 'vitest';
import { screen } from '@testing-library/react';
import { DossiersTable } from '#web/features/dossiers/index.js';
import { SystemsTable } from '#web/features/systems/index.js';
import type { DossierSummary } from '#web/features/dossiers/api/types.js';
import { ids, systemFixture } from '../support/fixtures.js';
import { renderInApp } from '../support/render.js';

const longName =
  'Hệ thống thông tin quản lý hồ sơ hành chính một cửa liên thông điện tử của Ủy ban nhân dân xã Định Bình, ' +
  'huyện Yên Định';
/** What the table reads of a dossier in the list. */
const summary = {
  id: ids.dossier,
  title: longName,
  operator: { id: ids.operator, name: 'UBND xã Định Bình' },
  systems: [{ id: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4d09', name: 'Cổng thông tin điện tử xã Định Bình' }],
  proposedLevel: 2,
  status: 'drafting',
  regime: 'nd85',
  stepDueOn: null,
  overdue: false,
} as unknown as DossierSummary;
const paging = { total: 1, page: 1, pageSize: 20, loading: false, empty: null, onPageChange: () => undefined };

/** The widths antd gives the columns (its <col> elements), in pixels. */
const columnWidths = (container: HTMLElement) =>
  [...container.querySelectorAll('col')].map((col) => col.style.width).filter(Boolean);

test('a long dossier title gets a column of its own width, is cut to two lines, and shows whole on hover', async () => {
  const { container } = renderInApp(<DossiersTable {...paging} items={[summary]} />);
  const link = await screen.findByRole('link', { name: longName });
  expect(link.getAttribute('title')).toBe(longName);
  expect(link.classList.contains('list-name')).toBe(true);
  expect(columnWidths(container)[0]).toBe('320px');
});

test('the systems list does the same for a long system name', async () => {
  const { container } = renderInApp(<SystemsTable {...paging} items={[systemFixture({ name: longName })]} />);
  const link = await screen.findByRole('link', { name: longName });
  expect(link.getAttribute('title')).toBe(longName);
  expect(link.classList.contains('list-name')).toBe(true);
  expect(columnWidths(container)[0]).toBe('300px');
});
