/**
 * The content script: decide cheaply whether the page matters, send its main
 * text to the background, place the reader's highlights, and answer commands
 * (highlight the selection, refresh, scroll to a highlight).
 */
import { ask, browser } from '../platform/browser';
import { looksArabic } from '../arabic/script';
import { MIN_ARTICLE_CHARS, documentCanonicalUrl, extractPage } from '../page/extract';
import { parseCommand, type ContentCommand, type EntityCard, type HighlightPatch } from '../messages';
import { PageHighlighter } from './highlighter';
import { EntityMarks } from './entity-marks';
import { readPageText, sampleText, textExceeds } from './page-text';
import { withRetry, errorMessage } from '../errors';
import { DEFAULT_DETECTION, detectsOn } from '../detection';
import { onDetectionChange, readDetection } from '../platform/detection-store';
import type { Colour, ExtractedPage, Highlight } from '../types';

export interface EntityPopoverModel {
  card: EntityCard;
  /** Mentions of the entity on this page. */
  count: number;
  hideOnSite: () => void;
}

export interface HighlightEditorModel {
  highlight: Highlight;
  save: (patch: HighlightPatch) => Promise<void>;
  remove: () => Promise<void>;
  undo: () => Promise<void>;
}

export interface ContentHooks {
  showToolbar?: (rect: DOMRect, onHighlight: (c: Colour, withNote: boolean) => void) => void;
  showEditor?: (rect: DOMRect, model: HighlightEditorModel) => void;
  hideToolbar?: () => void;
  showPopover?: (rect: DOMRect, model: EntityPopoverModel) => void;
  hidePopover?: () => void;
  /** Tell the reader something went wrong (a visible notice, not the console). */
  notify?: (message: string) => void;
  saveFailedPrefix?: string;
  partialNotice?: string;
  shadowNotice?: string;
}

const LATE_RENDER_MS = 10_000;
export const SITE_NOT_LISTED = 'site-not-listed';
/** Above this many elements a page is read in a bounded way. */
const HUGE_PAGE_ELEMENTS = 60_000;
const HUGE_PAGE_TEXT = 150_000;
/** Above this many characters of text, a full extraction (a clone of the page) takes too long. */
const HUGE_PAGE_CHARS = 1_000_000;

/** The page as the background needs it, gathered without cloning the document. */
function boundedPage(doc: Document, url: string): ExtractedPage {
  const text = sampleText(doc, HUGE_PAGE_TEXT);
  return {
    url,
    canonicalUrl: documentCanonicalUrl(doc, url),
    title: doc.title.slice(0, 500),
    text,
    siteName: '',
    publishedTime: null,
    lang: doc.documentElement.getAttribute('lang') ?? '',
    dir: doc.documentElement.getAttribute('dir') ?? '',
    // Without extraction, a long text is taken for an article.
    isArticle: text.length >= MIN_ARTICLE_CHARS,
  };
}

/** Events from Hamish's own in-page UI are not the page's. */
function fromOwnUi(e: Event): boolean {
  return e.composedPath().some((n) => (n as Element).tagName?.startsWith?.('HAMISH-UI'));
}

export async function startContent(hooks: ContentHooks = {}): Promise<void> {
  const doc = document;
  const pageMeta = () => ({
    url: location.href,
    canonicalUrl: documentCanonicalUrl(doc, location.href),
    title: doc.title,
  });
  let highlighter: PageHighlighter | null = null;
  const getHighlighter = () => (highlighter ??= new PageHighlighter(window));
  const marks = new EntityMarks(window);
  // Read from storage before the first analysis; a command arriving earlier sees the default.
  let detection = DEFAULT_DETECTION;
  let cards: Record<string, EntityCard> = {};
  let counts: Record<string, number> = {};

  async function placeHighlights(): Promise<void> {
    const meta = pageMeta();
    const list = await ask({ type: 'highlights/forPage', url: meta.url, canonicalUrl: meta.canonicalUrl });
    if (!list.length && !highlighter) return;
    const result = await getHighlighter().place(list);
    if (!result) return; // superseded by a newer placement
    await ask({ type: 'highlights/placed', canonicalUrl: meta.canonicalUrl, orphans: result.orphans });
    if (result.orphans.length) retryOnMutations();
  }

  // Pages that render late get a few more tries while the DOM changes.
  let retrying = false;
  function retryOnMutations() {
    if (retrying) return;
    retrying = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void placeHighlights().catch(() => {}), 400);
    });
    observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
    setTimeout(() => {
      observer.disconnect();
      retrying = false;
    }, LATE_RENDER_MS);
  }

  function editorFor(h: Highlight): HighlightEditorModel {
    return {
      highlight: h,
      save: async (patch) => {
        await ask({ type: 'highlight/update', id: h.id, patch });
        await placeHighlights();
      },
      remove: async () => {
        await ask({ type: 'highlight/delete', id: h.id });
        await placeHighlights(); // the paint goes at once
      },
      undo: async () => {
        await ask({ type: 'highlight/restore', highlight: h });
        await placeHighlights();
      },
    };
  }

  async function highlightSelection(colour: Colour = 'yellow', withNote = false): Promise<void> {
    const draft = getHighlighter().fromSelection(pageMeta(), colour);
    if (!draft) return;
    const rect = doc.getSelection()?.getRangeAt(0).getBoundingClientRect();
    try {
      // A service worker that is starting or was stopped gets a couple more tries.
      const saved = await withRetry(() => ask({ type: 'highlight/create', highlight: draft }));
      doc.getSelection()?.removeAllRanges();
      hooks.hideToolbar?.();
      await placeHighlights();
      if (withNote && rect) hooks.showEditor?.(rect, editorFor(saved));
    } catch (err) {
      hooks.notify?.(`${hooks.saveFailedPrefix ?? 'Not saved:'} ${errorMessage(err)}`);
    }
  }

  browser.runtime.onMessage.addListener((raw: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    let command: ContentCommand;
    try {
      command = parseCommand(raw);
    } catch {
      return undefined;
    }
    switch (command.type) {
      case 'content/highlightSelection':
        return highlightSelection(command.colour).then(() => true);
      case 'content/refresh':
        return placeHighlights().then(() => true);
      case 'content/scrollTo':
        return Promise.resolve(getHighlighter().scrollTo(command.id));
      case 'content/reanalyze':
        return analyzePage().then(() => placeHighlights()).then(() => true);
      case 'content/ping':
        return Promise.resolve(true);
    }
  });

  // A click on a highlight opens its editor, on a marked name its popover;
  // the click itself goes on to the page.
  doc.addEventListener('click', (e) => {
    if (fromOwnUi(e)) return;
    if (highlighter && hooks.showEditor && doc.getSelection()?.isCollapsed !== false) {
      const hit = highlighter.highlightAt(e.clientX, e.clientY);
      if (hit) {
        hooks.hidePopover?.();
        hooks.showEditor(hit.rect, editorFor(hit.highlight));
        return;
      }
    }
    if (!marks.count || !hooks.showPopover) return;
    const hit = marks.entityAt(e.clientX, e.clientY);
    if (!hit) {
      hooks.hidePopover?.();
      return;
    }
    const card = cards[hit.entity];
    if (!card) return;
    hooks.showPopover(hit.rect, {
      card,
      count: counts[hit.entity] ?? 0,
      hideOnSite: () => {
        marks.clear();
        hooks.hidePopover?.();
        void ask({ type: 'marks/setSite', enabled: false }).catch((err) => hooks.notify?.(String(err)));
      },
    });
  });

  if (hooks.showToolbar) {
    const onSelectionEnd = () => {
      const sel = doc.getSelection();
      if (!sel || sel.isCollapsed || sel.rangeCount === 0 || !sel.toString().trim()) {
        hooks.hideToolbar?.();
        return;
      }
      hooks.showToolbar!(sel.getRangeAt(0).getBoundingClientRect(), (c, withNote) => void highlightSelection(c, withNote));
    };
    doc.addEventListener('mouseup', (e) => void (fromOwnUi(e) || setTimeout(onSelectionEnd, 0)), true);
    doc.addEventListener('keyup', (e) => {
      if (fromOwnUi(e)) return;
      if (e.key === 'Escape') hooks.hideToolbar?.();
      else if (e.shiftKey) onSelectionEnd();
    }, true);
  }

  async function analyzePage(): Promise<void> {
    if (!detectsOn(detection, location.href)) {
      marks.clear();
      await ask({ type: 'page/skipped', url: location.href, reason: SITE_NOT_LISTED }).catch(() => {});
      return;
    }
    const { text: sample, inShadow } = readPageText(doc);
    const hintedArabic = /^ar\b/i.test(doc.documentElement.lang);
    try {
      if (!(looksArabic(sample) || (hintedArabic && sample.length > 200))) {
        marks.clear();
        await ask({ type: 'page/skipped', url: location.href, reason: 'not-arabic' });
        return;
      }
      // Very large pages skip the full extraction (a clone of the whole
      // document) and send a bounded part of their text, with a notice.
      const elements = doc.getElementsByTagName('*').length;
      const huge = elements > HUGE_PAGE_ELEMENTS || textExceeds(doc, HUGE_PAGE_CHARS);
      // Text mostly inside web components: extraction (a clone) would not see it.
      const shadowed = !huge && inShadow > sample.length / 2;
      if (huge) await new Promise((resolve) => setTimeout(resolve, 0));
      const page = huge || shadowed ? boundedPage(doc, location.href) : extractPage(doc, location.href);
      if (huge) hooks.notify?.(hooks.partialNotice ?? 'This page is very large: Hamish analysed only its beginning.');
      if (shadowed) hooks.notify?.(hooks.shadowNotice ?? 'This page keeps its text inside web components: Hamish read it, but cannot mark names or highlight there.');
      const reply = await ask({ type: 'page/analyze', page });
      cards = reply.marks.entities;
      counts = Object.fromEntries(reply.analysis.entities.map((e) => [e.id, e.count]));
      if (!reply.marks.show) {
        marks.clear();
        return;
      }
      const mentions = reply.analysis.entities.flatMap((e) => e.spans.map(([start, end]) => ({ start, end, entity: e.id })));
      const index = huge ? await getHighlighter().textIndexSliced() : getHighlighter().textIndex();
      // Painting the marks is its own task, so a huge page never waits long.
      await new Promise((resolve) => setTimeout(resolve, 0));
      marks.show(index, page.text, mentions);
    } catch (err) {
      hooks.notify?.(errorMessage(err));
    }
  }

  // The reader may limit automatic detection to some sites; a change applies at once.
  detection = await readDetection();
  onDetectionChange((next) => {
    const before = detectsOn(detection, location.href);
    detection = next;
    if (before !== detectsOn(detection, location.href)) void analyzePage();
  });

  // Analysis first (the badge is the visible verdict), then highlights.
  await analyzePage();
  await placeHighlights().catch((err) => hooks.notify?.(errorMessage(err)));
}
