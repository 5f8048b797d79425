import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { asciiSlug } from '#shared/common/search-text.js';
import { openDb } from '#server/db/open-db.js';
import { seedDemo } from '../../drizzle/seed/seed-demo.js';
import { registerNames, sampleDocuments } from './layout-cases.js';
import { layoutChecks, type LayoutContext } from './layout-checks.js';
import { complianceReportDocument } from './layout-demo.js';
import { registerPlaces } from './layout-header.js';
import { renderAll, type LayoutDocument, type RenderedLayout } from './layout-render.js';

/**
 * `npm run docs:preview [folder]`: every form from its sample as
 * a draft and as issued, both regimes where both use it, and the district's compliance report from the
 * demo, as PDF and DOCX (and each PDF's first page as a PNG when poppler's pdftoppm is there) in one
 * folder, docs-preview/ by default; then the records clerk's checks the layout tests run, one line per
 * document, written to checks.md beside the files too.
 */

const run = promisify(execFile);

interface PreviewOptions {
  folder: string;
  documents: LayoutDocument[];
  context: LayoutContext;
  /** Whether to try pdftoppm for the first pages. */
  pictures: boolean;
}

interface PreviewResult {
  /** The summary as printed: a table of the checks, then every problem found. */
  summary: string;
  problems: number;
  /** Whether the first pages were written as PNG (pdftoppm wanted and installed). */
  pictures: boolean;
}

/** "ok", "–" where the check does not concern the document, or the number of problems. */
function cell(document: RenderedLayout, check: (typeof layoutChecks)[number], context: LayoutContext) {
  if (!check.applies(document)) return { text: '–', problems: [] as string[] };
  const problems = check.problems(document, context);
  return { text: problems.length ? `${problems.length} ✗` : 'ok', problems };
}

function summarise(documents: RenderedLayout[], context: LayoutContext): { summary: string; problems: number } {
  const nameWidth = Math.max(...documents.map((document) => document.name.length));
  const columns = ['pages', ...layoutChecks.map((check) => check.label)];
  const rows: string[] = [[''.padEnd(nameWidth), ...columns].join('  ')];
  const found: string[] = [];
  for (const document of documents) {
    const cells = layoutChecks.map((check) => {
      const result = cell(document, check, context);
      found.push(...result.problems.map((problem) => `${document.name} [${check.label}]: ${problem}`));
      return result.text.padEnd(check.label.length);
    });
    rows.push([document.name.padEnd(nameWidth), String(document.pageCount).padEnd(5), ...cells].join('  '));
  }
  const legend = layoutChecks.map((check) => `${check.label}: ${check.title}`);
  const summary = [
    ...rows,
    '',
    ...legend,
    '',
    found.length ? `${found.length} problem${found.length === 1 ? '' : 's'}:` : 'No problem.',
    ...found,
  ];
  return { summary: summary.join('\n'), problems: found.length };
}

/** Renders the documents into the folder (emptied first), checks them and writes checks.md. */
export async function writePreview(options: PreviewOptions): Promise<PreviewResult> {
  await rm(options.folder, { recursive: true, force: true });
  await mkdir(options.folder, { recursive: true });
  const documents = await renderAll(options.documents);
  let pictures = options.pictures;
  for (const document of documents) {
    const base = path.join(options.folder, asciiSlug(document.name));
    await writeFile(`${base}.pdf`, document.pdf);
    await writeFile(`${base}.docx`, document.docx);
    if (pictures) {
      try {
        await run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', `${base}.pdf`, base]);
      } catch {
        pictures = false;
      }
    }
  }
  const { summary, problems } = summarise(documents, options.context);
  await writeFile(path.join(options.folder, 'checks.md'), `# Layout checks\n\n\`\`\`text\n${summary}\n\`\`\`\n`);
  return { summary, problems, pictures };
}

/** The district's compliance report, from the demo loaded into a database of its own that is removed after. */
async function demoComplianceReport(): Promise<LayoutDocument> {
  const root = await mkdtemp(path.join(tmpdir(), 'capdo-preview-'));
  try {
    const { db, close } = await openDb({ dataDir: path.join(root, 'data') });
    try {
      await seedDemo(db);
      return await complianceReportDocument(db);
    } finally {
      await close();
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

async function main(folderArgument: string | undefined) {
  const folder = path.resolve(folderArgument ?? 'docs-preview');
  const documents = [...sampleDocuments(), await demoComplianceReport()];
  const result = await writePreview({
    folder,
    documents,
    context: { places: registerPlaces(registerNames()) },
    pictures: true,
  });
  console.log(result.summary);
  if (!result.pictures)
    console.warn(
      '\npdftoppm (poppler-utils) is not installed: PDFs and DOCX only. On Debian: apt-get install poppler-utils',
    );
  console.log(
    `\n${documents.length} documents in ${folder}${result.pictures ? ' (PDF, DOCX, first page as PNG)' : ''}`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv[2]);
