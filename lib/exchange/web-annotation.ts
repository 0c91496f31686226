/**
 * Export and import in the W3C Web Annotation model (JSON-LD). Hamish's
 * own fields ride along under the "hamish:" prefix, so an export imports
 * back without losing anything; other tools see standard annotations.
 */
import type { Article, Colour, Highlight, RangeSelector, TextPositionSelector, TextQuoteSelector } from '../types';
import { COLOURS } from '../types';
export { utf16ToCodePoints } from '../anchoring/quote';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const HAMISH_NS = 'https://hamish.invalid/ns#';
export const FORMAT_VERSION = 1;

type Json = Record<string, unknown>;

function languageOf(text: string): string {
  const arabic = (text.match(/[\u0600-\u06ff]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  return arabic >= latin ? 'ar' : 'en';
}

function directionOf(text: string): 'rtl' | 'ltr' {
  return languageOf(text) === 'ar' ? 'rtl' : 'ltr';
}

function annotation(h: Highlight): Json {
  const body: Json[] = [];
  if (h.note) {
    body.push({ type: 'TextualBody', purpose: 'commenting', value: h.note, format: 'text/plain', language: languageOf(h.note), textDirection: directionOf(h.note) });
  }
  for (const tag of h.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  const selector: Json[] = [{ type: 'TextQuoteSelector', exact: h.quote.exact, prefix: h.quote.prefix, suffix: h.quote.suffix }];
  // W3C positions count code points; they are known when the highlight was made on the page.
  if (h.positionCodePoints) selector.push({ type: 'TextPositionSelector', start: h.positionCodePoints.start, end: h.positionCodePoints.end });
  if (h.range) selector.push({ type: 'CssSelector', value: h.range.css, refinedBy: { type: 'TextPositionSelector', start: h.range.start, end: h.range.end } });
  return {
    id: `urn:uuid:${h.id}`,
    type: 'Annotation',
    motivation: h.note ? 'commenting' : 'highlighting',
    created: new Date(h.created).toISOString(),
    modified: new Date(h.modified).toISOString(),
    ...(body.length ? { body } : {}),
    target: { source: h.articleId, selector, ...(h.title ? { 'hamish:title': h.title } : {}) },
    'hamish:id': h.id,
    'hamish:colour': h.colour,
    'hamish:visitedUrl': h.url,
    'hamish:textHash': h.textHash,
    // Hamish's own positions count UTF-16 units, as the browser's DOM does.
    'hamish:position': { start: h.position.start, end: h.position.end },
  };
}

export interface ExportData {
  highlights: Highlight[];
  articles: Article[];
}

export function toWebAnnotation(data: ExportData, generated = new Date()): Json {
  return {
    '@context': [ANNO_CONTEXT, { hamish: HAMISH_NS }],
    type: 'AnnotationCollection',
    label: 'Hamish highlights and notes',
    generator: { type: 'Software', name: 'Hamish' },
    generated: generated.toISOString(),
    total: data.highlights.length,
    'hamish:formatVersion': FORMAT_VERSION,
    'hamish:articles': data.articles,
    first: { type: 'AnnotationPage', startIndex: 0, items: data.highlights.map(annotation) },
  };
}

// ---- import -----------------------------------------------------------------

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/** Limits that keep a hostile file from exhausting the browser. */
export const IMPORT_LIMITS = { bytes: 100_000_000, items: 200_000, text: 200_000, tags: 100 };

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function text(v: unknown, where: string, max = IMPORT_LIMITS.text, allowEmpty = true): string {
  if (typeof v !== 'string') throw new ImportError(`${where} must be text`);
  if (v.length > max) throw new ImportError(`${where} is longer than ${max} characters`);
  if (!allowEmpty && !v) throw new ImportError(`${where} must not be empty`);
  return v;
}

function offset(v: unknown, where: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 1e9) throw new ImportError(`${where} must be a whole number`);
  return v;
}

function time(v: unknown, where: string): number {
  const t = typeof v === 'string' ? Date.parse(v) : NaN;
  if (!Number.isFinite(t)) throw new ImportError(`${where} must be a date`);
  return t;
}

function url(v: unknown, where: string): string {
  const s = text(v, where, 8192, false);
  let parsed: URL;
  try {
    parsed = new URL(s);
  } catch {
    throw new ImportError(`${where} is not a URL`);
  }
  if (!/^(https?|file):$/.test(parsed.protocol)) throw new ImportError(`${where} must be an http(s) address`);
  return s;
}

function readHighlight(a: unknown, i: number): Highlight {
  const where = `annotation ${i + 1}`;
  if (!isObj(a) || a.type !== 'Annotation') throw new ImportError(`${where} is not an Annotation`);
  const id = text(a['hamish:id'] ?? String(a.id ?? '').replace(/^urn:uuid:/, ''), `${where}: id`, 100, false);
  if (!/^[A-Za-z0-9._:-]+$/.test(id)) throw new ImportError(`${where}: id has characters that are not allowed`);
  if (!isObj(a.target)) throw new ImportError(`${where}: target is missing`);
  const source = url(a.target.source, `${where}: target.source`);
  if (!Array.isArray(a.target.selector)) throw new ImportError(`${where}: target.selector must be a list`);
  let quote: TextQuoteSelector | null = null;
  let position: TextPositionSelector | null = null;
  let codePoints: { start: number; end: number } | undefined;
  let range: RangeSelector | undefined;
  for (const s of a.target.selector.slice(0, 10)) {
    if (!isObj(s)) continue;
    if (s.type === 'TextQuoteSelector') {
      quote = { type: 'TextQuoteSelector', exact: text(s.exact, `${where}: quote`, IMPORT_LIMITS.text, false), prefix: text(s.prefix ?? '', `${where}: prefix`, 1000), suffix: text(s.suffix ?? '', `${where}: suffix`, 1000) };
    } else if (s.type === 'TextPositionSelector' && !codePoints) {
      codePoints = { start: offset(s.start, `${where}: position.start`), end: offset(s.end, `${where}: position.end`) };
    } else if (s.type === 'CssSelector' && isObj(s.refinedBy)) {
      range = { type: 'RangeSelector', css: text(s.value, `${where}: css`, 2000, false), start: offset(s.refinedBy.start, `${where}: css start`), end: offset(s.refinedBy.end, `${where}: css end`) };
    }
  }
  if (!quote) throw new ImportError(`${where}: no TextQuoteSelector`);
  const own = a['hamish:position'];
  if (isObj(own)) position = { type: 'TextPositionSelector', start: offset(own.start, `${where}: position.start`), end: offset(own.end, `${where}: position.end`) };
  // Without Hamish's UTF-16 position, the W3C one (code points) is the best guess.
  position ??= codePoints ? { type: 'TextPositionSelector', ...codePoints } : { type: 'TextPositionSelector', start: 0, end: quote.exact.length };
  if (position.end < position.start) throw new ImportError(`${where}: position ends before it starts`);
  let note = '';
  const tags: string[] = [];
  const bodies = a.body === undefined ? [] : Array.isArray(a.body) ? a.body : [a.body];
  if (bodies.length > IMPORT_LIMITS.tags + 1) throw new ImportError(`${where}: too many bodies`);
  for (const b of bodies) {
    if (!isObj(b)) throw new ImportError(`${where}: a body is not an object`);
    if (b.purpose === 'tagging') {
      const tag = text(b.value, `${where}: tag`, 100).trim();
      if (tag && !tags.includes(tag)) tags.push(tag);
    } else if (b.type === 'TextualBody') {
      note = note ? `${note}\n\n${text(b.value, `${where}: note`)}` : text(b.value, `${where}: note`);
    }
  }
  const colourRaw = a['hamish:colour'] ?? 'yellow';
  if (typeof colourRaw !== 'string' || !(COLOURS as string[]).includes(colourRaw)) throw new ImportError(`${where}: colour must be one of ${COLOURS.join(', ')}`);
  const title = a.target['hamish:title'] === undefined ? '' : text(a.target['hamish:title'], `${where}: title`, 2000);
  return {
    id,
    articleId: source,
    url: a['hamish:visitedUrl'] === undefined ? source : url(a['hamish:visitedUrl'], `${where}: visited URL`),
    title,
    quote,
    position,
    ...(range ? { range } : {}),
    ...(codePoints ? { positionCodePoints: codePoints } : {}),
    note,
    tags,
    colour: colourRaw as Colour,
    textHash: a['hamish:textHash'] === undefined ? '' : text(a['hamish:textHash'], `${where}: text hash`, 200),
    created: time(a.created ?? a.modified, `${where}: created`),
    modified: time(a.modified ?? a.created, `${where}: modified`),
  };
}

function readArticle(a: unknown, i: number): Article {
  const where = `article ${i + 1}`;
  if (!isObj(a)) throw new ImportError(`${where} is not an object`);
  const entities = Array.isArray(a.entities) ? a.entities : [];
  if (entities.length > 1000) throw new ImportError(`${where}: too many entities`);
  const urls = Array.isArray(a.urls) ? a.urls.slice(0, 50).map((u, k) => url(u, `${where}: urls[${k}]`)) : [];
  return {
    id: url(a.id, `${where}: id`),
    url: url(a.url ?? a.id, `${where}: url`),
    urls,
    title: text(a.title ?? '', `${where}: title`, 2000),
    outlet: text(a.outlet ?? '', `${where}: outlet`, 500),
    published: a.published === null || a.published === undefined ? null : text(a.published, `${where}: published`, 40),
    visitedAt: typeof a.visitedAt === 'number' && Number.isFinite(a.visitedAt) ? a.visitedAt : 0,
    lang: text(a.lang ?? 'ar', `${where}: lang`, 20),
    onTopic: a.onTopic === true,
    score: typeof a.score === 'number' && a.score >= 0 && a.score <= 1 ? a.score : 0,
    entities: entities.map((e, k) => {
      if (!isObj(e)) throw new ImportError(`${where}: entities[${k}] is not an object`);
      return { id: text(e.id, `${where}: entity id`, 64, false), count: offset(e.count, `${where}: entity count`) };
    }),
    excerpt: text(a.excerpt ?? '', `${where}: excerpt`, 5000),
    ...readCoverageFields(a, where),
  };
}

/** The article's related-coverage fields, when the export has them. */
function readCoverageFields(a: Json, where: string): Pick<Article, 'keywords' | 'signature' | 'eventId'> {
  const out: Pick<Article, 'keywords' | 'signature' | 'eventId'> = {};
  if (a.keywords !== undefined) {
    if (!Array.isArray(a.keywords) || a.keywords.length > 100) throw new ImportError(`${where}: keywords must be a short list`);
    out.keywords = a.keywords.map((k, i) => {
      if (!Array.isArray(k) || k.length !== 2 || typeof k[1] !== 'number' || !Number.isFinite(k[1])) throw new ImportError(`${where}: keywords[${i}] must be [word, weight]`);
      return [text(k[0], `${where}: keyword`, 100, false), k[1]] as [string, number];
    });
  }
  if (a.signature !== undefined) {
    if (!Array.isArray(a.signature) || a.signature.length > 256 || !a.signature.every((v) => Number.isInteger(v) && v >= 0 && v <= 0xffffffff))
      throw new ImportError(`${where}: signature must be a list of whole numbers`);
    out.signature = a.signature as number[];
  }
  if (a.eventId !== undefined) out.eventId = text(a.eventId, `${where}: eventId`, 8192, false);
  return out;
}

/**
 * Read an export. Everything is checked before anything is written: a file
 * with one bad annotation is refused whole, with the reason.
 */
export function fromWebAnnotation(raw: string): ExportData {
  if (raw.length > IMPORT_LIMITS.bytes) throw new ImportError(`The file is larger than ${IMPORT_LIMITS.bytes / 1e6} MB`);
  let doc: unknown;
  try {
    doc = JSON.parse(raw);
  } catch {
    throw new ImportError('The file is not valid JSON');
  }
  if (!isObj(doc)) throw new ImportError('The file is not a Web Annotation export (expected a JSON object)');
  let items: unknown[];
  if (doc.type === 'AnnotationCollection') {
    const first = doc.first;
    if (!isObj(first) || !Array.isArray(first.items)) throw new ImportError('The collection has no annotations (first.items)');
    items = first.items;
  } else if (doc.type === 'Annotation') {
    items = [doc];
  } else {
    throw new ImportError('The file is not a Web Annotation export (type must be AnnotationCollection)');
  }
  if (items.length > IMPORT_LIMITS.items) throw new ImportError(`The file has more than ${IMPORT_LIMITS.items} annotations`);
  const highlights = items.map(readHighlight);
  const ids = new Set<string>();
  for (const h of highlights) {
    if (ids.has(h.id)) throw new ImportError(`The id ${h.id} appears twice in the file`);
    ids.add(h.id);
  }
  const rawArticles = doc['hamish:articles'];
  if (rawArticles !== undefined && !Array.isArray(rawArticles)) throw new ImportError('hamish:articles must be a list');
  if ((rawArticles?.length ?? 0) > IMPORT_LIMITS.items) throw new ImportError('Too many articles');
  const articles = (rawArticles ?? []).map(readArticle);
  return { highlights, articles };
}
