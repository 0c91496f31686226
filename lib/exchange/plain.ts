/** Markdown (grouped by article) and CSV exports, for reading and spreadsheets. */
import type { Article, Highlight } from '../types';

function byArticle(highlights: Highlight[]): Map<string, Highlight[]> {
  const groups = new Map<string, Highlight[]>();
  for (const h of [...highlights].sort((a, b) => a.articleId.localeCompare(b.articleId) || a.position.start - b.position.start)) {
    const list = groups.get(h.articleId) ?? [];
    list.push(h);
    groups.set(h.articleId, list);
  }
  return groups;
}

/** Markdown special characters in user text are escaped, so notes stay text. */
const mdEscape = (s: string) => s.replace(/([\\`*_{}[\]()#+\-.!|<>])/g, '\\$1');

export function toMarkdown(highlights: Highlight[], articles: Article[]): string {
  const info = new Map(articles.map((a) => [a.id, a]));
  const out: string[] = ['# Hamish — highlights and notes', ''];
  for (const [articleId, list] of byArticle(highlights)) {
    const a = info.get(articleId);
    const title = a?.title || list[0].title || articleId;
    out.push(`## ${mdEscape(title)}`, '');
    const meta = [a?.outlet, a?.published, `<${articleId}>`].filter(Boolean).join(' · ');
    out.push(meta, '');
    for (const h of list) {
      out.push(...h.quote.exact.split('\n').map((l) => `> ${mdEscape(l)}`), '');
      if (h.note) out.push(...h.note.split('\n').map(mdEscape), '');
      if (h.tags.length) out.push(`Tags: ${h.tags.map((t) => `#${mdEscape(t)}`).join(' ')}`, '');
    }
  }
  return out.join('\n');
}

/** A CSV cell: quoted, and defused when a spreadsheet would read it as a formula. */
function cell(v: string): string {
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(highlights: Highlight[], articles: Article[]): string {
  const info = new Map(articles.map((a) => [a.id, a]));
  const header = ['article_title', 'article_url', 'outlet', 'published', 'quote', 'note', 'tags', 'colour', 'created', 'modified'];
  const rows = [...byArticle(highlights).values()].flat().map((h) => {
    const a = info.get(h.articleId);
    return [a?.title || h.title, h.articleId, a?.outlet ?? '', a?.published ?? '', h.quote.exact, h.note, h.tags.join('; '), h.colour, new Date(h.created).toISOString(), new Date(h.modified).toISOString()].map(cell).join(',');
  });
  // A byte-order mark lets spreadsheet programs read the Arabic as UTF-8.
  return '\ufeff' + [header.join(','), ...rows].join('\r\n') + '\r\n';
}
