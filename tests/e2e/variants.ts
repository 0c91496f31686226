/**
 * Changed versions of a demo article, as a site might publish them later:
 * same canonical URL, other address. Used to test re-anchoring.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_DIR } from '../../scripts/demo-server';
import { PHRASE } from './page-helpers';

const ORIGINAL = readFileSync(join(DEMO_DIR, 'hmeimim-military-meeting.html'), 'utf8');

/** The passage as the edited page writes it: diacritics, tatweel, one word changed. */
export const EDITED_PHRASE = 'عقـد اجتماعاً مع وفدٍ عسكريٍّ من نظام الأسد';

export function editedVariant(): string {
  if (!ORIGINAL.includes(PHRASE)) throw new Error('the demo page no longer holds the test phrase');
  return ORIGINAL
    .replace('<h1>', '<p class="update">تحديث: أضيفت معلومات جديدة إلى هذا التقرير بعد نشره.</p>\n      <h1>')
    .replace(PHRASE, EDITED_PHRASE)
    .replace('</h1>', '</h1>\n      <p>فقرة جديدة أضافها المحرر في أعلى المقال، تشرح خلفية الاجتماع.</p>\n      <p>وفقرة ثانية مضافة   بمسافات  مختلفة، وعلامات ترقيم جديدة!</p>')
    .replace('قبل أيام', 'قبل عدة أيام');
}

export function removedVariant(): string {
  return ORIGINAL.replace(/<p>[^<]*عقد اجتماعاً مع وفد عسكري[^<]*<\/p>/, '');
}

export const VARIANTS = {
  'hmeimim-edited.html': editedVariant(),
  'hmeimim-removed.html': removedVariant(),
};

/** The Moscow-visit report reposted by an aggregator under its own address. */
export function repostVariant(): string {
  const original = readFileSync(join(DEMO_DIR, 'assad-arrives-moscow.html'), 'utf8');
  return original
    .replace('href="/articles/assad-arrives-moscow.html"', 'href="/articles/aggregator-repost.html"')
    .replace(/content="المدن"/g, 'content="مجلة اليوم"')
    .replace('<article>', '<article>\n      <p>تابع تفاصيل الخبر وقد تم طرحه عبر المدن .. والتفاصيل عبر مجلة اليوم #الأسد #موسكو</p>');
}
