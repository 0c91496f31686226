/**
 * Given names and family words written right before a surname: "ماهر
 * المقداد", "مسعود أكار", "عائلة الأسد" name someone else who carries it, or
 * the family, not the person a pack knows by that surname alone.
 */
import { normalizeArabic } from './normalize';
import type { ScannedText } from './scan';
import { WordMemo } from '../topic/word-memo';

/** Common given names, Arabic, Turkish and Russian as Arabic papers write
 *  them. Left out: those that are also words that stand before a name
 *  (علي for على, عمر "age", صالح "reconciled with", ناصر "supported",
 *  حافظ "kept", رفعت "raised", رضا "approval" (برضا أردوغان), أمره "ordered
 *  him", يحيى for يحيي "salutes", كمال, جمال, شاكر, مؤيد); Hafez and Rifaat
 *  al-Assad are the pack's traps. Left out too: a known person's name used
 *  alone before another's (والتقى بشار بوتين, والتقى عباس أردوغان). */
const NAMES = [
  'محمد', 'أحمد', 'محمود', 'مصطفى', 'حسن', 'حسين', 'حسان', 'حسام', 'حاتم', 'ماهر', 'خالد', 'عمار', 'عثمان',
  'يوسف', 'إبراهيم', 'إسماعيل', 'يعقوب', 'موسى', 'عيسى', 'سليمان', 'داود', 'طارق', 'زياد', 'فراس', 'رامي',
  'سامر', 'سامي', 'باسل', 'بسام', 'هشام', 'هاني', 'وسيم', 'نزار', 'غسان', 'عماد', 'عصام', 'رياض', 'فادي',
  'مروان', 'عدنان', 'مازن', 'ياسر', 'ياسين', 'أيمن', 'أسامة', 'معاذ', 'حمزة', 'بلال',
  'فيصل', 'بشرى', 'منذر', 'نمير', 'دريد', 'هلال', 'سومر', 'جعفر', 'مهدي', 'جواد',
  'جورج', 'ميشال', 'ميشيل', 'إلياس', 'طوني', 'أنطون', 'بطرس', 'حنا',
  'فاطمة', 'زينب', 'مريم', 'عائشة', 'خديجة', 'رنا', 'لينا', 'هدى', 'سلمى', 'ليلى', 'رغد', 'ديما', 'منى',
  'مراد', 'مسعود', 'محرم', 'بولنت', 'أرطغرل', 'إلهان', 'نعمان', 'أوميت', 'أردا', 'سردار', 'سنان', 'سلجوق',
  'سيرغي', 'سيرجي', 'فلاديمير', 'ديمتري', 'دميتري', 'ميخائيل', 'ألكسندر', 'ماريا', 'إيفان', 'نيكولاي',
  'أندريه', 'أليكسي', 'ألكسي', 'بافل', 'يوري', 'بوريس', 'فيكتور', 'إيغور', 'إيجور', 'أوليغ', 'نيكيتا', 'ماكسيم', 'فاسيلي', 'غينادي', 'أناتولي', 'فلاديسلاف',
  'سفيتلانا', 'ناتاليا', 'ناتاشا', 'أولغا', 'يلينا', 'إيلينا', 'إيرينا', 'تاتيانا', 'إيكاترينا', 'أناستاسيا', 'فالنتينا', 'لودميلا',
];

/** Words for a family or clan: the family, not one of its members. */
const FAMILY = ['آل', 'عائلة', 'أسرة', 'عشيرة', 'قبيلة', 'أبناء'];

/** Second halves of compound names: عبد الله, نور الدين. */
const COMPOUND_TAIL = ['الله', 'الرحمن', 'الرحيم', 'الكريم', 'العزيز', 'الحميد', 'القادر', 'الرزاق', 'المجيد', 'اللطيف', 'الحليم', 'الباسط', 'الغني', 'المنعم', 'الوهاب', 'الستار', 'الجليل', 'الفتاح', 'الهادي', 'السلام', 'الناصر', 'المحسن', 'الملك', 'العظيم', 'الحكيم', 'الخالق', 'الباري', 'الجبار', 'الصمد', 'الودود', 'الإله', 'الغفور', 'المطلب', 'العال', 'الرؤوف', 'السميع', 'الحفيظ', 'القدوس', 'الرشيد', 'المعطي', 'الوكيل', 'الحي', 'المجيب', 'الحق'];
const COMPOUND_HEAD = 'عبد';
const DIN = 'الدين';

const norm = (list: string[]) => new Set(list.map((w) => normalizeArabic(w)));
const GIVEN = norm(NAMES);
const FAMILY_WORDS = norm(FAMILY);
const TAILS = norm(COMPOUND_TAIL);
const HEAD = normalizeArabic(COMPOUND_HEAD);
const DIN_NORM = normalizeArabic(DIN);

/** Whether a word nameBefore found is a family word (عائلة, آل), not a given name. */
export const isFamilyWord = (name: string) => FAMILY_WORDS.has(name);

/** One-letter proclitics a name may carry (ومحمد, لعائلة). */
const LEADS = ['و', 'ف', 'ل', 'ب'];

/** `word` as a name or family word: itself, or without one proclitic.
 *  A compound with عبد written as one word (عبدالله, عبدالمحسن) is a given name. */
function asName(word: string, set: ReadonlySet<string>): string | null {
  if (set.has(word)) return word;
  if (word.length >= 3 && LEADS.includes(word[0]) && set.has(word.slice(1))) return word.slice(1);
  if (set === GIVEN && word.length >= JOINED_ABD && word.startsWith(HEAD)) return word;
  return null;
}

const ALIF = 0x0627, LAM = 0x0644;
/** Whether `source` has ال at offset `at`, as written. */
const alAt = (source: string, at: number) => source.charCodeAt(at) === ALIF && source.charCodeAt(at + 1) === LAM;
/** Whether word k as written starts with ال (الرئيس, not والرئيس). */
export const startsWithAl = (tokens: ScannedText, k: number) => alAt(tokens.source, tokens.start[k]);
/** عبد as written at `at`, behind a proclitic or not (وعبد); الدين at `at`. By
 *  character codes: this is read before most adjectives of a state. */
const AIN = 0x0639, BA = 0x0628, DAL = 0x062f, YA = 0x064a, NOON = 0x0646;
const LEAD_CODES = new Set(LEADS.map((l) => l.charCodeAt(0)));
const abdHere = (s: string, at: number) => s.charCodeAt(at) === AIN && s.charCodeAt(at + 1) === BA && s.charCodeAt(at + 2) === DAL;
const abdAt = (s: string, at: number) => abdHere(s, at) || (LEAD_CODES.has(s.charCodeAt(at)) && abdHere(s, at + 1));
const dinAt = (s: string, at: number) => s.charCodeAt(at + 2) === DAL && s.charCodeAt(at + 3) === YA && s.charCodeAt(at + 4) === NOON;
/** Whether the word at `at` is written with ال: bare (الرئيس), behind a
 *  proclitic (والرئيس) or joined to ل (للرئيس). By character codes. */
function alWritten(source: string, at: number): boolean {
  const c0 = source.charCodeAt(at);
  return alAt(source, at) || (LEAD_CODES.has(c0) && alAt(source, at + 1)) || (c0 === LAM && source.charCodeAt(at + 1) === LAM);
}

/** Letters of the shortest compound with عبد written as one word (عبدالله). */
const JOINED_ABD = 6;

/** What a word as written says before a name: a given name or family word
 *  (normalized), a compound's second half (COMPOUND), or nothing (NONE). */
const COMPOUND = '\u0000compound';
const NONE = '';
const memo = new WordMemo<string>(1 << 12);

function readWord(tokens: ScannedText, k: number): string {
  const from = tokens.start[k], to = tokens.wordEnd(k);
  let v = memo.get(tokens.source, from, to);
  if (v === undefined) {
    const word = tokens.word(k);
    v = asName(word, GIVEN) ?? asName(word, FAMILY_WORDS) ?? (TAILS.has(word) || word === DIN_NORM ? COMPOUND + word : NONE);
    memo.set(tokens.source, from, to, v);
  }
  return v;
}

/** Only spaces, one or more, stand between word k - 1 and word k (a comma
 *  or a line's end parts two names). */
function spacesBefore(tokens: ScannedText, k: number): boolean {
  const end = tokens.wordEnd(k - 1), start = tokens.start[k];
  if (end === start) return false;
  for (let i = end; i < start; i++) {
    const c = tokens.source.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) return false;
  }
  return true;
}

/** Words with ال that follow an adjective or a noun without being a family
 *  name: particles written with ال (الى for إلى, التي), days and times
 *  (وفد تركي الأسبوع المقبل), and what one is by (تركي الجنسية). Normalized. */
const NOT_FAMILY = norm([
  'الى', 'الي', 'التي', 'الذي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي', 'الا', 'الان', 'الآن',
  'اليوم', 'الليلة', 'الاسبوع', 'الشهر', 'العام', 'السنة', 'الماضي', 'الماضية', 'المقبل', 'المقبلة', 'القادم', 'القادمة', 'الجاري', 'الحالي',
  'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعة', 'السبت',
  'الجنسية', 'الاصل', 'الأصل', 'المولد', 'المنشا', 'المنشأ', 'الصنع', 'الهوية', 'الهوى', 'الطراز', 'النسب', 'الاصول', 'الأصول', 'اللغة', 'الدم',
]);

/**
 * Whether word `k` is a family name after a given name standing right
 * before it (only spaces between): a word with ال, no particle, day or
 * attribute of NOT_FAMILY (تركي العمار, not وفد تركي الأسبوع المقبل).
 */
export function familyNameAt(tokens: ScannedText, k: number): boolean {
  if (k <= 0 || k >= tokens.count || !spacesBefore(tokens, k)) return false;
  const word = tokens.word(k);
  return word.length >= 4 && word.startsWith('ال') && !NOT_FAMILY.has(word);
}

/**
 * Whether word `k` follows a noun with ال, with only spaces between (رئيس
 * الوزراء السوداني, والجيش السوداني): an adjective there describes that
 * noun. A particle, a day or a time (أكد الخميس السوداني) is no such noun.
 */
export function nounBefore(tokens: ScannedText, k: number): boolean {
  if (k <= 0 || !spacesBefore(tokens, k)) return false;
  const { source } = tokens;
  const prev = tokens.start[k - 1];
  if (!alWritten(source, prev)) return false;
  // The word without its proclitic: للجيش is ل + الجيش.
  const word = tokens.word(k - 1);
  const bare = alAt(source, prev) ? word : source.charCodeAt(prev) === LAM ? 'ا' + word.slice(1) : word.slice(1);
  return bare.length >= 4 && !NOT_FAMILY.has(bare);
}

/**
 * The given name (normalized, a compound's first half included) or family
 * word written right before word `k`, with only spaces between; null when
 * there is none. The caller decides whether it is the known person's own.
 */
export function nameBefore(tokens: ScannedText, k: number): string | null {
  if (k === 0) return null;
  const { source } = tokens;
  // A word with ال before it, behind a proclitic or not (الرئيس التركي,
  // والرئيس السوري: the usual case), is no name, unless a compound's second
  // half: عبد before it, or الدين. Told from the letters as written, first,
  // without reading a word.
  const prev = tokens.start[k - 1];
  if (alWritten(source, prev)) {
    if (k < 2 || !(abdAt(source, tokens.start[k - 2]) || dinAt(source, prev))) return null;
  }
  if (!spacesBefore(tokens, k)) return null;
  const read = readWord(tokens, k - 1);
  if (read === NONE) return null;
  if (!read.startsWith(COMPOUND)) return read;
  // عبد الله المقداد, نور الدين الأسد: the compound's first half before it.
  const tail = read.slice(COMPOUND.length);
  if (k < 2) return null;
  const head = tokens.word(k - 2);
  return tail === DIN_NORM || head === HEAD || head.slice(1) === HEAD ? head + ' ' + tail : null;
}
