/**
 * Builds the bundled demo articles (demo/pages/*.html) from the seed texts.
 * Run once when the seeds change; the pages are committed, so nothing at run
 * time needs the seeds.
 *   tsx scripts/make-demo.ts [SEEDS_DIR]
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const seeds = process.argv[2] ?? join(import.meta.dirname, '../../shared/corpus/seeds');
const out = join(import.meta.dirname, '../demo/pages');

interface Demo { file: string; slug: string; title: string; outlet: string; date: string }

const DEMOS: Demo[] = [
  { file: '000_308e2b3b60f006bc.txt', slug: 'putin-assad-reconciliation', title: 'بوتين والأسد يبحثان العلاقات الثنائية وتسريع المصالحة مع تركيا', outlet: 'مجلة اليوم', date: '2023-03-15' },
  { file: '001_e5831b06caec5ca6.txt', slug: 'putin-hosts-assad-kremlin', title: '“بوتين” يستضيف نظيره الطاغية بشار الأسد في الكرملين مع تصاعد التوترات في الشرق الأوسط', outlet: 'فرات بوست', date: '2024-07-25' },
  { file: '002_5c5382dddba1f2cf.txt', slug: 'defence-ministers-moscow', title: 'وزيرا دفاع تركيا وسوريا يجتمعان في روسيا لبحث ‘التطبيع’', outlet: 'أخبار الخليج', date: '2022-12-28' },
  { file: '003_98cf9488d9f03ab7.txt', slug: 'assad-arrives-moscow', title: 'الأسد في موسكو..للبحث بتطوير آفاق التعاون الثنائي', outlet: 'المدن', date: '2023-03-14' },
  { file: '004_edeaf7ad7451c4e5.txt', slug: 'hmeimim-military-meeting', title: 'روسيا ترعى اجتماعا عسكريا تركياً مع نظام الأسد لتنشيط “التطبيع”', outlet: 'موقع المعارضة السورية', date: '2024-06-17' },
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function page(d: Demo, body: string[]): string {
  const paragraphs = body.map((p) => `      <p>${esc(p)}</p>`).join('\n');
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head>
  <meta charset="utf-8">
  <title>${esc(d.title)} | ${esc(d.outlet)}</title>
  <link rel="canonical" href="/articles/${d.slug}.html">
  <meta property="og:title" content="${esc(d.title)}">
  <meta property="og:site_name" content="${esc(d.outlet)}">
  <meta property="article:published_time" content="${d.date}T09:00:00+03:00">
  <link rel="stylesheet" href="/demo.css">
</head>
<body>
  <header class="site"><a href="/">${esc(d.outlet)}</a>
    <nav><a href="/">الرئيسية</a> <a href="/">سياسة</a> <a href="/">اقتصاد</a> <a href="/">رياضة</a></nav></header>
  <main>
    <article>
      <h1>${esc(d.title)}</h1>
      <p class="byline"><time datetime="${d.date}">${d.date}</time> · ${esc(d.outlet)}</p>
${paragraphs}
    </article>
  </main>
  <footer class="site">© ${esc(d.outlet)} — صفحة تجريبية لهامش</footer>
</body>
</html>
`;
}

mkdirSync(out, { recursive: true });
for (const d of DEMOS) {
  const lines = readFileSync(join(seeds, d.file), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l.length > 1);
  const body = lines.filter((l) => l !== d.title);
  writeFileSync(join(out, `${d.slug}.html`), page(d, body));
  console.log(`demo/pages/${d.slug}.html (${body.length} paragraphs)`);
}
