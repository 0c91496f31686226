/**
 * Documents for the command-line tools, read as the extension would see
 * them: .txt (the whole text), .html (main text extracted as in the
 * browser), .jsonl (one {"text", "id"?, "url"?, "title"?, "published"?} object a line).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { extractPage } from '../../lib/page/extract';
import { pageInput, type AnalyzerInput } from '../../lib/analyze';

export interface Document extends AnalyzerInput {
  /** "file" for .txt/.html, "id" for .jsonl lines. */
  key: 'file' | 'id';
  name: string;
  url?: string;
}

export interface LoadResult {
  documents: Document[];
  errors: string[];
}

export function loadDocuments(files: string[]): LoadResult {
  const documents: Document[] = [];
  const errors: string[] = [];
  for (const file of files) {
    let content: string;
    try {
      content = readFileSync(file, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      errors.push(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code ?? err})`}`);
      continue;
    }
    const lower = file.toLowerCase();
    if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) {
      content.split('\n').forEach((line, i) => {
        if (!line.trim()) return;
        let row: Record<string, unknown>;
        try {
          row = JSON.parse(line);
        } catch {
          errors.push(`${file}:${i + 1}: not valid JSON`);
          return;
        }
        if (typeof row !== 'object' || row === null || typeof row.text !== 'string') {
          errors.push(`${file}:${i + 1}: needs a "text" string`);
          return;
        }
        const id = typeof row.id === 'string' || typeof row.id === 'number' ? String(row.id) : `${file}:${i + 1}`;
        documents.push({
          key: 'id',
          name: id,
          text: row.text,
          title: typeof row.title === 'string' ? row.title : undefined,
          url: typeof row.url === 'string' ? row.url : undefined,
          langHint: typeof row.lang === 'string' ? row.lang : undefined,
          publishedTime: typeof row.published === 'string' ? row.published : null,
        });
      });
    } else if (lower.endsWith('.html') || lower.endsWith('.htm')) {
      const { document } = parseHTML(content);
      const page = extractPage(document as unknown as globalThis.Document, pathToFileURL(resolve(file)).href);
      documents.push({ key: 'file', name: file, ...pageInput(page), url: page.canonicalUrl });
    } else {
      documents.push({ key: 'file', name: file, text: content });
    }
  }
  return { documents, errors };
}
