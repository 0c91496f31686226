/** Searching and filtering the reader's highlights (the library page). */
import { normalizeArabic } from './arabic/normalize';
import type { Article, Colour, Highlight } from './types';

export interface LibraryFilter {
  query: string;
  tag: string;
  colour: Colour | '';
  outlet: string;
  entity: string;
  /** YYYY-MM-DD bounds on the article's date (else the highlight's). */
  from: string;
  to: string;
}

export const EMPTY_FILTER: LibraryFilter = { query: '', tag: '', colour: '', outlet: '', entity: '', from: '', to: '' };

export interface LibraryItem {
  highlight: Highlight;
  article: Article | undefined;
}

function dayOf(item: LibraryItem): string {
  return item.article?.published ?? new Date(item.highlight.created).toISOString().slice(0, 10);
}

/** Items that match every filter; the query matches words in any order, spelled any way. */
export function filterLibrary(items: LibraryItem[], f: LibraryFilter): LibraryItem[] {
  const words = normalizeArabic(f.query).split(/\s+/).filter(Boolean);
  return items.filter((item) => {
    const { highlight: h, article: a } = item;
    if (f.tag && !h.tags.includes(f.tag)) return false;
    if (f.colour && h.colour !== f.colour) return false;
    if (f.outlet && a?.outlet !== f.outlet) return false;
    if (f.entity && !a?.entities.some((e) => e.id === f.entity)) return false;
    const day = dayOf(item);
    if (f.from && day < f.from) return false;
    if (f.to && day > f.to) return false;
    if (words.length) {
      const hay = normalizeArabic([h.quote.exact, h.note, h.tags.join(' '), h.title, a?.title ?? '', a?.outlet ?? ''].join(' '));
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
}

/** The choices each filter offers, from the data at hand. */
export function filterChoices(items: LibraryItem[]) {
  const sorted = (s: Set<string>) => [...s].filter(Boolean).sort((a, b) => a.localeCompare(b));
  return {
    tags: sorted(new Set(items.flatMap((i) => i.highlight.tags))),
    outlets: sorted(new Set(items.map((i) => i.article?.outlet ?? ''))),
    entities: sorted(new Set(items.flatMap((i) => i.article?.entities.map((e) => e.id) ?? []))),
  };
}
