/** Mount an extension page: shared styles, language and direction. */
import { render, type ComponentChild } from 'preact';
import { browser, uiDirection } from '@/lib/platform/browser';
import './ui.css';

export function mountPage(titleKey: string, view: ComponentChild): void {
  const lang = browser.i18n.getUILanguage();
  document.documentElement.lang = lang;
  document.documentElement.dir = uiDirection();
  const title = browser.i18n.getMessage(titleKey as Parameters<typeof browser.i18n.getMessage>[0]);
  if (title) document.title = title;
  render(view, document.getElementById('app')!);
}

/** The tab a page is about: ?tab=ID, else the active tab of the current window. */
export async function targetTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
