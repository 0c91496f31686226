/**
 * The database: one Dexie instance with a versioned schema. Only the
 * background and extension pages open it; a content script's IndexedDB would
 * belong to the web page's origin, so content scripts ask the background.
 * It opens lazily, so a service worker that was stopped and woken again
 * simply opens it again on first use.
 */
import Dexie, { type Table } from 'dexie';
import type { Article, Highlight, Settings } from './types';
import { keywordVector, minhash } from './coverage/features';

export const DB_NAME = 'hamish';

export class HamishDatabase extends Dexie {
  articles!: Table<Article, string>;
  highlights!: Table<Highlight, string>;
  settings!: Table<Settings, string>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // Version 1: articles by canonical URL, highlights by article, settings by key.
    this.version(1).stores({
      articles: 'id, visitedAt, onTopic, outlet, published',
      highlights: 'id, articleId, created, modified, colour, *tags',
      settings: 'key',
    });
    // Version 2: related coverage. Articles get keywords, a near-duplicate
    // signature and an event; older records get them from their excerpt.
    this.version(2)
      .stores({ articles: 'id, visitedAt, onTopic, outlet, published, eventId' })
      .upgrade(async (tx) => {
        await tx.table('articles').toCollection().modify((a: Article) => {
          a.keywords ??= keywordVector(a.excerpt ?? '');
          a.signature ??= minhash(a.excerpt ?? '');
          a.eventId ??= a.id;
        });
      });
  }
}

let instance: HamishDatabase | null = null;

function inWebPage(): boolean {
  const loc = (globalThis as { location?: { protocol?: string } }).location;
  return !!loc && /^(https?|file):$/.test(loc.protocol ?? '');
}

/** The shared database, opened on first use. */
export function getDb(): HamishDatabase {
  if (inWebPage()) throw new Error('The Hamish database is only opened by the extension, never inside a web page');
  instance ??= new HamishDatabase();
  return instance;
}

/** For tests: use a given database (e.g. on fake-indexeddb). */
export function setDb(db: HamishDatabase | null): void {
  instance = db;
}
