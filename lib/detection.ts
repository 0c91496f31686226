/**
 * Where Hamish looks at pages by itself: everywhere (the default), or only on
 * the sites the reader lists. Elsewhere the content script reads nothing of
 * the page's text (it only tells the background that the site is not
 * listed, so the popup can say so); highlighting by hand still works.
 * Kept in the extension's local storage, so a content script can read it
 * before doing any work and without waking the background.
 */
import { siteOf } from './settings';

export interface DetectionSettings {
  mode: 'all' | 'listed';
  /** Host names (without www.); a listed site includes its subdomains. */
  sites: string[];
}

export const DEFAULT_DETECTION: DetectionSettings = { mode: 'all', sites: [] };
export const DETECTION_KEY = 'detection';
const MAX_SITES = 1000;

/** A host name from what the reader typed (an address or a bare name), or null. */
export function siteFromInput(input: string): string | null {
  const s = input.trim().toLowerCase();
  if (!s) return null;
  const host = siteOf(/^[a-z][a-z0-9+.-]*:\/\//.test(s) ? s : `https://${s}`);
  if (!/^[a-z0-9.-]+$/.test(host)) return null;
  return host.includes('.') || host === 'localhost' ? host : null;
}

export function validDetection(value: unknown): DetectionSettings {
  const v = value as Partial<DetectionSettings> | null | undefined;
  if (!v || typeof v !== 'object') return DEFAULT_DETECTION;
  const sites = Array.isArray(v.sites)
    ? [...new Set(v.sites.map((s) => (typeof s === 'string' ? siteFromInput(s) : null)).filter((s): s is string => !!s))].slice(0, MAX_SITES).sort()
    : [];
  return { mode: v.mode === 'listed' ? 'listed' : 'all', sites };
}

/** Whether pages at `url` are looked at automatically. */
export function detectsOn(settings: DetectionSettings, url: string): boolean {
  if (settings.mode === 'all') return true;
  const host = siteOf(url);
  return !!host && settings.sites.some((site) => host === site || host.endsWith(`.${site}`));
}
