import { describe, expect, it } from 'vitest';
import { classifySender, parseCommand, parseRequest, ProtocolError } from '@/lib/messages';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const quote = { type: 'TextQuoteSelector', exact: 'نص', prefix: '', suffix: '' };
const position = { type: 'TextPositionSelector', start: 0, end: 2 };
const newHighlight = { url: 'https://a.example/x', canonicalUrl: 'https://a.example/x', title: 't', quote, position, textHash: 'h', colour: 'yellow' };

describe('message protocol', () => {
  it('accepts well-formed requests from the right context', () => {
    expect(parseRequest({ type: 'highlight/create', highlight: newHighlight }, 'content').type).toBe('highlight/create');
    expect(parseRequest({ type: 'tab/state', tabId: 3 }, 'page').type).toBe('tab/state');
  });

  it('rejects unknown types, including inherited property names', () => {
    for (const type of ['nope', 'toString', '__proto__', 'constructor', 42, undefined]) {
      expect(() => parseRequest({ type }, 'page')).toThrow(ProtocolError);
    }
    expect(() => parseRequest('tab/state', 'page')).toThrow(/object/);
    expect(() => parseRequest(null, 'page')).toThrow(ProtocolError);
  });

  it('rejects wrong shapes with a clear reason', () => {
    expect(() => parseRequest({ type: 'tab/state', tabId: '3' }, 'page')).toThrow(/tabId/);
    expect(() => parseRequest({ type: 'highlight/create', highlight: { ...newHighlight, colour: 'black' } }, 'content')).toThrow(/colour/);
    expect(() => parseRequest({ type: 'highlight/create', highlight: { ...newHighlight, quote: { ...quote, exact: '' } } }, 'content')).toThrow(/exact/);
    expect(() => parseRequest({ type: 'highlight/create', highlight: { ...newHighlight, url: 'javascript:alert(1)' } }, 'content')).toThrow(/url/);
    expect(() => parseRequest({ type: 'highlight/update', id: 'x', patch: { tags: [''] } }, 'page')).toThrow(/tags/);
  });

  it('refuses requests from a context that may not send them', () => {
    // A web page's content script may not read another tab's state.
    expect(() => parseRequest({ type: 'tab/state', tabId: 3 }, 'content')).toThrow(/may not come from a web page/);
    // Only content scripts report page analyses.
    expect(() => parseRequest({ type: 'page/skipped', url: 'https://a.example/', reason: 'x' }, 'page')).toThrow(/Refused/);
  });

  it('classifies senders: only this extension, content scripts in tabs or its own pages', () => {
    expect(classifySender({ id: ID, url: `${ORIGIN}/popup.html` }, ID, ORIGIN)).toBe('page');
    expect(classifySender({ id: ID, url: 'https://news.example/a', tab: { id: 4 } }, ID, ORIGIN)).toBe('content');
    expect(() => classifySender({ id: 'other-extension', url: 'https://news.example/a', tab: { id: 4 } }, ID, ORIGIN)).toThrow(/not this extension/);
    expect(() => classifySender({ url: 'https://news.example/a', tab: { id: 4 } }, ID, ORIGIN)).toThrow(ProtocolError);
    expect(() => classifySender({ id: ID, url: 'https://news.example/a' }, ID, ORIGIN)).toThrow(/unknown sender/);
  });

  it('validates commands for the content script', () => {
    expect(parseCommand({ type: 'content/refresh' }).type).toBe('content/refresh');
    expect(() => parseCommand({ type: 'content/highlightSelection', colour: 'red' })).toThrow(/colour/);
    expect(() => parseCommand({ type: 'page/analyze' })).toThrow(/unknown/);
  });
});
