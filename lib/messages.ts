/**
 * The one message protocol between content scripts, the background and the
 * extension's pages. Every message is validated where it arrives: unknown
 * types, wrong shapes and foreign senders are refused before anything runs.
 */
import type { Analysis, Colour, EntityType, ExtractedPage, Highlight, TextPositionSelector, TextQuoteSelector, TopicPack, RangeSelector } from './types';
import type { MarksSettings } from './settings';
import type { FollowedFeed } from './coverage/follow';
import { COLOURS } from './types';

/** Who may send a message: a content script in a tab, or an extension page. */
export type SenderKind = 'content' | 'page';

export interface NewHighlight {
  url: string;
  canonicalUrl: string;
  title: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  range?: RangeSelector;
  positionCodePoints?: { start: number; end: number };
  textHash: string;
  colour: Colour;
  note?: string;
  tags?: string[];
}

export interface HighlightPatch {
  note?: string;
  tags?: string[];
  colour?: Colour;
}

/** Messages the background answers. */
export type Request =
  | { type: 'page/analyze'; page: ExtractedPage }
  | { type: 'page/skipped'; url: string; reason: string }
  | { type: 'highlights/forPage'; url: string; canonicalUrl: string }
  | { type: 'highlight/create'; highlight: NewHighlight }
  | { type: 'highlight/update'; id: string; patch: HighlightPatch }
  | { type: 'highlight/delete'; id: string }
  | { type: 'highlight/restore'; highlight: Highlight }
  | { type: 'highlights/placed'; canonicalUrl: string; orphans: string[] }
  | { type: 'tab/state'; tabId: number }
  | { type: 'marks/setSite'; enabled: boolean }
  | { type: 'settings/get' }
  | { type: 'settings/setMarks'; enabled?: boolean; disabledSites?: string[] }
  | { type: 'pack/get' }
  | { type: 'pack/set'; pack: unknown }
  | { type: 'pack/reset' }
  | { type: 'data/export'; format: ExportFormat; articleId?: string }
  | { type: 'data/import'; text: string }
  | { type: 'data/clear' }
  | { type: 'highlight/open'; id: string }
  | { type: 'coverage/add'; page: ExtractedPage }
  | { type: 'feeds/list' }
  | { type: 'feeds/follow'; url: string }
  | { type: 'feeds/unfollow'; url: string }
  | { type: 'feeds/check'; url?: string };

/** A followed feed as pages show it: how many items were read, not which. */
export type FeedSummary = Omit<FollowedFeed, 'seen'> & { seen: number };

export type ExportFormat = 'jsonld' | 'markdown' | 'csv';
export const EXPORT_FORMATS: ExportFormat[] = ['jsonld', 'markdown', 'csv'];

export interface ExportFile {
  filename: string;
  mime: string;
  text: string;
}

export interface ImportReport {
  added: number;
  updated: number;
  unchanged: number;
  articles: number;
}

/** Messages the content script answers (sent by the background). */
export type ContentCommand =
  | { type: 'content/highlightSelection'; colour?: Colour }
  | { type: 'content/refresh' }
  | { type: 'content/scrollTo'; id: string }
  | { type: 'content/reanalyze' }
  | { type: 'content/ping' };

/** What a popover on an entity mention shows. */
export interface EntityCard {
  id: string;
  type: EntityType;
  label: { ar: string; en: string };
  description: { ar?: string; en: string };
  wikidata?: string;
  /** Earlier articles the reader has seen that mention the entity. */
  coverage?: { count: number; latest: { url: string; title: string; outlet: string; published: string | null }[] };
}

export interface AnalyzeReply {
  analysis: Analysis;
  /** Entity marks to paint: only on an on-topic article, when the reader has them on. */
  marks: { show: boolean; entities: Record<string, EntityCard> };
}

export interface SettingsState {
  marks: MarksSettings;
}

export interface PackState {
  pack: TopicPack;
  /** The reader's own pack rather than the default one. */
  custom: boolean;
}

export interface RelatedCard {
  id: string;
  url: string;
  title: string;
  outlet: string;
  published: string | null;
  relation: 'same text' | 'same event' | 'related';
  score: number;
  sharedEntities: { id: string; label: string }[];
  daysApart: number | null;
  /** How many of the reader's highlights the article holds. */
  highlights: number;
}

export interface TabState {
  url: string | null;
  analysis: (Analysis & { url: string; canonicalUrl: string }) | null;
  skipped: string | null;
  highlights: Highlight[];
  orphans: string[];
  related: RelatedCard[];
}

export interface Responses {
  'page/analyze': AnalyzeReply;
  'page/skipped': null;
  'highlights/forPage': Highlight[];
  'highlight/create': Highlight;
  'highlight/update': Highlight;
  'highlight/delete': Highlight | null;
  'highlight/restore': Highlight;
  'highlights/placed': null;
  'tab/state': TabState;
  'marks/setSite': MarksSettings;
  'settings/get': SettingsState;
  'settings/setMarks': MarksSettings;
  'pack/get': PackState;
  'pack/set': PackState;
  'pack/reset': PackState;
  'data/export': ExportFile;
  'data/import': ImportReport;
  'data/clear': { highlights: number; articles: number };
  'highlight/open': null;
  'coverage/add': { stored: boolean; onTopic: boolean; title: string; related: number };
  'feeds/list': FeedSummary[];
  'feeds/follow': FeedSummary[];
  'feeds/unfollow': FeedSummary[];
  'feeds/check': FeedSummary[];
}

export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

export class ProtocolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProtocolError';
  }
}

// ---- shape checks -------------------------------------------------------

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const MAX_TEXT = 20_000_000;

function need(cond: unknown, what: string): asserts cond {
  if (!cond) throw new ProtocolError(`Bad message: ${what}`);
}
const isStr = (v: unknown, max = 10_000) => typeof v === 'string' && v.length <= max;
const isInt = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isWebUrl = (v: unknown) => isStr(v, 8192) && /^https?:\/\/[^\s/]/i.test(v as string);
const isUrl = (v: unknown) => isStr(v, 8192) && /^(https?|file):\/\//i.test(v as string);
const isColour = (v: unknown): v is Colour => typeof v === 'string' && (COLOURS as string[]).includes(v);
const isTags = (v: unknown) => Array.isArray(v) && v.length <= 100 && v.every((t) => isStr(t, 100) && (t as string).trim() !== '');

function checkQuote(v: unknown) {
  need(isObj(v) && v.type === 'TextQuoteSelector', 'quote must be a TextQuoteSelector');
  need(isStr(v.exact, 100_000) && (v.exact as string).length > 0, 'quote.exact must be non-empty text');
  need(isStr(v.prefix, 1000) && isStr(v.suffix, 1000), 'quote.prefix and quote.suffix must be text');
}
function checkPosition(v: unknown) {
  need(isObj(v) && v.type === 'TextPositionSelector', 'position must be a TextPositionSelector');
  need(isInt(v.start) && isInt(v.end) && (v.end as number) >= (v.start as number), 'position needs start <= end');
}
function checkRange(v: unknown) {
  need(isObj(v) && v.type === 'RangeSelector', 'range must be a RangeSelector');
  need(isStr(v.css, 2000) && isInt(v.start) && isInt(v.end), 'range needs css, start and end');
}
function checkPatch(v: unknown) {
  need(isObj(v), 'patch must be an object');
  need(v.note === undefined || isStr(v.note, 100_000), 'note must be text');
  need(v.tags === undefined || isTags(v.tags), 'tags must be a list of short texts');
  need(v.colour === undefined || isColour(v.colour), 'colour is not one of ' + COLOURS.join(', '));
}
function checkNewHighlight(v: unknown) {
  need(isObj(v), 'highlight must be an object');
  need(isUrl(v.url) && isUrl(v.canonicalUrl), 'highlight needs url and canonicalUrl');
  need(isStr(v.title, 2000), 'highlight.title must be text');
  checkQuote(v.quote);
  checkPosition(v.position);
  if (v.range !== undefined) checkRange(v.range);
  if (v.positionCodePoints !== undefined) {
    const p = v.positionCodePoints as Obj;
    need(isObj(p) && isInt(p.start) && isInt(p.end), 'positionCodePoints needs start and end');
  }
  need(isStr(v.textHash, 200), 'highlight.textHash must be text');
  need(isColour(v.colour), 'colour is not one of ' + COLOURS.join(', '));
  checkPatch({ note: v.note, tags: v.tags });
}
function checkHighlight(v: unknown) {
  checkNewHighlight(isObj(v) ? { ...v, canonicalUrl: v.articleId } : v);
  const h = v as Obj;
  need(isStr(h.id, 100) && isStr(h.note, 100_000) && isTags(h.tags), 'highlight needs id, note and tags');
  need(typeof h.created === 'number' && typeof h.modified === 'number', 'highlight needs created and modified times');
}
function checkPage(v: unknown) {
  need(isObj(v), 'page must be an object');
  need(isUrl(v.url) && isUrl(v.canonicalUrl), 'page needs url and canonicalUrl');
  need(isStr(v.title, 5000) && isStr(v.siteName, 1000) && isStr(v.lang, 50) && isStr(v.dir, 10), 'page needs title, siteName, lang and dir');
  need(isStr(v.text, MAX_TEXT), 'page.text must be text of at most 20 million characters');
  need(v.publishedTime === null || isStr(v.publishedTime, 100), 'page.publishedTime must be text or null');
  need(typeof v.isArticle === 'boolean', 'page.isArticle must be true or false');
}

const REQUESTS: Record<Request['type'], { from: SenderKind[]; check: (m: Obj) => void }> = {
  'page/analyze': { from: ['content'], check: (m) => checkPage(m.page) },
  'page/skipped': { from: ['content'], check: (m) => need(isUrl(m.url) && isStr(m.reason, 500), 'needs url and reason') },
  'highlights/forPage': { from: ['content', 'page'], check: (m) => need(isUrl(m.url) && isUrl(m.canonicalUrl), 'needs url and canonicalUrl') },
  'highlight/create': { from: ['content'], check: (m) => checkNewHighlight(m.highlight) },
  'highlight/update': { from: ['content', 'page'], check: (m) => { need(isStr(m.id, 100), 'needs id'); checkPatch(m.patch); } },
  'highlight/delete': { from: ['content', 'page'], check: (m) => need(isStr(m.id, 100), 'needs id') },
  'highlight/restore': { from: ['content', 'page'], check: (m) => checkHighlight(m.highlight) },
  'highlights/placed': { from: ['content'], check: (m) => need(isUrl(m.canonicalUrl) && Array.isArray(m.orphans) && m.orphans.length <= 100_000 && m.orphans.every((o) => isStr(o, 100)), 'needs canonicalUrl and orphan ids') },
  'tab/state': { from: ['page'], check: (m) => need(isInt(m.tabId), 'needs tabId') },
  // A content script may only switch marks for the site it runs on (the background takes the site from the sender).
  'marks/setSite': { from: ['content'], check: (m) => need(typeof m.enabled === 'boolean', 'enabled must be true or false') },
  'settings/get': { from: ['page'], check: () => {} },
  // The pack itself is checked in depth by validatePack, which names the broken field.
  'pack/get': { from: ['page'], check: () => {} },
  'pack/set': { from: ['page'], check: (m) => need(isObj(m.pack), 'pack must be a JSON object') },
  'pack/reset': { from: ['page'], check: () => {} },
  'data/export': {
    from: ['page'],
    check: (m) => {
      need(typeof m.format === 'string' && (EXPORT_FORMATS as string[]).includes(m.format), 'format must be one of ' + EXPORT_FORMATS.join(', '));
      need(m.articleId === undefined || isUrl(m.articleId), 'articleId must be a URL');
    },
  },
  'data/import': { from: ['page'], check: (m) => need(isStr(m.text, 100_000_000), 'text must be the file content (at most 100 MB)') },
  'data/clear': { from: ['page'], check: () => {} },
  'highlight/open': { from: ['page'], check: (m) => need(isStr(m.id, 100), 'needs id') },
  'coverage/add': { from: ['page'], check: (m) => checkPage(m.page) },
  'feeds/list': { from: ['page'], check: () => {} },
  'feeds/follow': { from: ['page'], check: (m) => need(isWebUrl(m.url), 'url must be an http(s) address') },
  'feeds/unfollow': { from: ['page'], check: (m) => need(isWebUrl(m.url), 'url must be an http(s) address') },
  'feeds/check': { from: ['page'], check: (m) => need(m.url === undefined || isWebUrl(m.url), 'url must be an http(s) address') },
  'settings/setMarks': {
    from: ['page'],
    check: (m) => {
      need(m.enabled === undefined || typeof m.enabled === 'boolean', 'enabled must be true or false');
      need(m.disabledSites === undefined || (Array.isArray(m.disabledSites) && m.disabledSites.length <= 10_000 && m.disabledSites.every((s) => isStr(s, 300))), 'disabledSites must be a list of host names');
    },
  },
};

const COMMANDS: Record<ContentCommand['type'], (m: Obj) => void> = {
  'content/highlightSelection': (m) => need(m.colour === undefined || isColour(m.colour), 'colour is not known'),
  'content/refresh': () => {},
  'content/scrollTo': (m) => need(isStr(m.id, 100), 'needs id'),
  'content/reanalyze': () => {},
  'content/ping': () => {},
};

/** Validate a request for the background; throws ProtocolError. */
export function parseRequest(raw: unknown, from: SenderKind): Request {
  need(isObj(raw), 'a message must be an object');
  const type = raw.type;
  need(typeof type === 'string' && Object.hasOwn(REQUESTS, type), `unknown message type ${JSON.stringify(String(type)).slice(0, 80)}`);
  const spec = REQUESTS[type as Request['type']];
  if (!spec.from.includes(from)) throw new ProtocolError(`Refused: ${type} may not come from a ${from === 'content' ? 'web page' : 'extension page'}`);
  spec.check(raw);
  return raw as unknown as Request;
}

/** Validate a command for the content script; throws ProtocolError. */
export function parseCommand(raw: unknown): ContentCommand {
  need(isObj(raw), 'a message must be an object');
  const type = raw.type;
  need(typeof type === 'string' && Object.hasOwn(COMMANDS, type), `unknown message type ${JSON.stringify(String(type)).slice(0, 80)}`);
  COMMANDS[type as ContentCommand['type']](raw);
  return raw as unknown as ContentCommand;
}

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * Decide who sent a message. Only this extension's own contexts are
 * accepted: its content scripts (in a tab) and its pages (its own origin).
 */
export function classifySender(sender: SenderInfo, extensionId: string, extensionOrigin: string): SenderKind {
  if (!sender || sender.id !== extensionId) throw new ProtocolError('Refused: the sender is not this extension');
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return 'page';
  if (sender.tab && typeof sender.tab.id === 'number' && /^(https?|file):/i.test(url)) return 'content';
  throw new ProtocolError('Refused: unknown sender context');
}
