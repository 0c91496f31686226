import { describe, expect, it } from 'vitest';
import { articleStart, tickerEnd, createAnalyzer } from '@/lib/analyze';
import { DEFAULT_PACK } from '@/lib/topic/default-pack';
import { findDate, parseMetaDate } from '@/lib/arabic/dates';
import { normalizeArabic } from '@/lib/arabic/normalize';
import { hasShared, seeds } from '../shared-corpus';

const analyzer = createAnalyzer(DEFAULT_PACK);

describe('page analysis', () => {
  it('is not on the topic when a page only mentions the actors', () => {
    const quake = 'ضرب زلزال عنيف جنوب تركيا وشمال سوريا، وأعلنت السلطات في أنقرة ودمشق ارتفاع عدد الضحايا.';
    expect(analyzer.analyze({ text: quake }).topic.onTopic).toBe(false);
  });

  it('does not let page chrome in the tail flip a verdict', () => {
    const body = 'مهرجان التمور السنوي يجذب آلاف الزوار، وقد عرض المزارعون أصنافاً كثيرة من التمور المحلية. '.repeat(40);
    const chrome = '\nاقرأ أيضاً: أردوغان والأسد: مسار التطبيع برعاية موسكو #تركيا #سوريا';
    const a = analyzer.analyze({ text: body + chrome, title: 'مهرجان التمور السنوي' });
    expect(a.lang).toBe('ar');
    expect(a.topic.onTopic).toBe(false);
  });

  it('does not let a list of other articles, or the site\'s path, above the headline flip a verdict', () => {
    const headline = 'مهرجان التمور السنوي يجذب آلاف الزوار إلى الواحة';
    const story = 'وعرض المزارعون أصنافاً كثيرة من التمور المحلية، وقال المنظمون إن المهرجان يستمر أسبوعاً ويشارك فيه مزارعون من المحافظات كلها.';
    const others = 'أردوغان: مستعدون للقاء الأسد وإعادة العلاقات مع دمشق\nموسكو تستضيف اجتماعا لوزراء دفاع تركيا وسوريا وروسيا لبحث تطبيع العلاقات';
    for (const above of [`الأكثر قراءة\n${others}`, 'الرئيسية » سياسة » تركيا وسوريا: مسار التطبيع']) {
      const page = `${above}\n${headline}\n${story}`;
      expect(articleStart(page, headline), above).toBe(page.indexOf(headline));
      expect(analyzer.analyze({ text: page, title: headline }).topic.onTopic, above).toBe(false);
    }
    // A line under a paragraph is no headline: a title guessed from the list under the body starts nothing there.
    const body =
      'استضافت موسكو لقاء جمع وزير الدفاع التركي خلوصي أكار ونظيره السوري علي محمود عباس ورئيسي المخابرات في البلدين، بمشاركة وزير الدفاع الروسي، وسبقته تصريحات متكررة من الرئيس التركي رجب طيب أردوغان عن آلية ثلاثية لتسريع الحوار بين أنقرة ودمشق وإمكانية لقائه بالرئيس السوري.';
    const listed = `${body}\nأخبار ذات صلة\nمهرجان التمور السنوي يجذب آلاف الزوار\nارتفاع أسعار الذهب في الأسواق المحلية`;
    expect(articleStart(listed, 'مهرجان التمور السنوي يجذب آلاف الزوار')).toBe(0);
    expect(analyzer.analyze({ text: listed }).topic.onTopic).toBe(true);
  });

  it('does not let a ticker of headlines above the headline flip a verdict', () => {
    // A site's ticker, glued into one line, then the headline printed twice and the story.
    const ticker =
      'أنقرة: أمير قطر يزور تركيا غداًروسيا تحذر تركيا من عمليات عسكرية في سوريا واجتماع أستانة يدعو للتهدئة في إدلب' +
      'قطر تنفي انسحابها من الوساطة لإنهاء الحرب في غزةأردوغان يتوعد بعمليات تمتد إلى 40 كيلومتراً داخل الأراضي السورية' +
      'روسيا تعلن استعدادها لاستئناف الحوار مع واشنطن بشأن سورياهل تخرج حماس من قطر؟';
    const headline = 'مهرجان التمور السنوي يجذب آلاف الزوار إلى الواحة';
    const story = 'وعرض المزارعون أصنافاً كثيرة من التمور المحلية، وقال المنظمون إن المهرجان يستمر أسبوعاً.';
    const page = `${ticker}\n\n${headline}\n\n${headline}\n\n${story}`;
    expect(articleStart(page, headline)).toBe(page.indexOf(headline));
    expect(analyzer.analyze({ text: page }).topic.onTopic).toBe(false);
    // Printed once, or with little above it, the headline marks nothing: a
    // short paragraph after a long lead is not a headline after a ticker.
    expect(articleStart(page.replace(`${headline}\n\n${headline}`, headline), headline)).toBe(0);
    expect(articleStart(`تمهيد قصير\n${headline}\n${headline}\n${story}`, headline)).toBe(0);
  });

  it('reads a page that cuts its words against keyword filters as it reads them whole', () => {
    const cut = 'قال الأسـ.ـد إن لقاء أردوغـ,ـان مرهون بالانسـ.ـحاب، وإن تطـ,ـبيع العلاقات مع تركيا يمر عبر موسـ،ـكو، في 12 تموز 2024.';
    const whole = 'قال الأسد إن لقاء أردوغان مرهون بالانسحاب، وإن تطبيع العلاقات مع تركيا يمر عبر موسكو، في 12 تموز 2024.';
    const a = analyzer.analyze({ text: cut });
    const b = analyzer.analyze({ text: whole });
    expect(a.topic).toEqual(b.topic);
    expect(a.topic.onTopic).toBe(true);
    expect(a.entities.map((e) => [e.id, e.count])).toEqual(b.entities.map((e) => [e.id, e.count]));
    const spans = Object.fromEntries(a.entities.map((e) => [e.id, e.spans.map(([s, t]) => cut.slice(s, t))]));
    expect(spans.erdogan).toEqual(['أردوغـ,ـان']);
    expect(spans.moscow).toEqual(['موسـ،ـكو']);
  });

  it('reads dates from the text: Levantine and Egyptian months, Arabic-Indic digits', () => {
    expect(findDate(normalizeArabic('فريق التحرير١٧ يونيو ٢٠٢٤آخر تحديث'))).toBe('2024-06-17');
    expect(findDate(normalizeArabic('نُشر في 10 أيار 2023'))).toBe('2023-05-10');
    expect(findDate(normalizeArabic('الثلاثاء 2023/03/14'))).toBe('2023-03-14');
    expect(findDate(normalizeArabic('28 كانون الأول 2022'))).toBe('2022-12-28');
    expect(findDate(normalizeArabic('الأربعاء 12/يونيو/2019 - 06:55 م'))).toBe('2019-06-12');
    expect(findDate(normalizeArabic('14-آذار-2023'))).toBe('2023-03-14');
    // The month first, as sites print "F j, Y": the day right after the name.
    expect(findDate(normalizeArabic('الأحد , يونيو 20 2021'))).toBe('2021-06-20');
    expect(findDate(normalizeArabic('نشر في أيلول 4، 2019'))).toBe('2019-09-04');
    expect(findDate(normalizeArabic('مارس 31 2023'))).toBe('2023-03-31');
    expect(findDate(normalizeArabic('نيسان 31 2023'))).toBeNull();
    expect(findDate(normalizeArabic('في مارس 2023 قتل 20 شخصا'))).toBeNull();
    expect(findDate(normalizeArabic('الطبعة 12/ العدد 2019'))).toBeNull();
    expect(findDate(normalizeArabic('لا تاريخ هنا'))).toBeNull();
  });

  it('reads only days the calendar has', () => {
    expect(findDate(normalizeArabic('31 نيسان 2023'))).toBeNull();
    expect(findDate(normalizeArabic('29 شباط 2023'))).toBeNull();
    expect(findDate(normalizeArabic('29 شباط 2024'))).toBe('2024-02-29');
    expect(findDate(normalizeArabic('29 فبراير 2000'))).toBe('2000-02-29');
    expect(findDate(normalizeArabic('2023/13/01'))).toBeNull();
    expect(findDate(normalizeArabic('5/1/2023'))).toBe('2023-01-05');
    // Month first only where the second number cannot be a month.
    expect(findDate(normalizeArabic('لافروف يدعو لمحادثات\n  • 2/20/2018\n  • 00:00'))).toBe('2018-02-20');
    expect(findDate(normalizeArabic('12/29/2022 14:17:31 الاخبار العالمية'))).toBe('2022-12-29');
    expect(findDate(normalizeArabic('13/14/2022'))).toBeNull();
    expect(findDate(normalizeArabic('2/30/2022'))).toBeNull();
  });

  it('reads the metadata date as ISO, or as any date the platform can read, and only real days', () => {
    expect(parseMetaDate('2024-07-25T10:00:00+03:00')).toBe('2024-07-25');
    expect(parseMetaDate('  2024-07-25 ')).toBe('2024-07-25');
    expect(parseMetaDate('2023-02-29T00:00:00Z')).toBeNull();
    expect(parseMetaDate('Thu, 25 Jul 2024 10:00:00 GMT')).toBe('2024-07-25');
    expect(parseMetaDate('٢٠٢٤-٠٧-٢٥')).toBeNull();
    expect(parseMetaDate('2024')).toBe('2024-01-01');
    expect(parseMetaDate('')).toBeNull();
    // A time of zero is a missing date, not a page from 1970.
    expect(parseMetaDate('1970-01-01T00:00:00Z')).toBeNull();
    expect(parseMetaDate('Wed, 31 Dec 1969 19:00:00 -0500')).toBeNull();
    expect(parseMetaDate('1970-01-02')).toBe('1970-01-02');
  });

  it('takes a title for bare text from its first lines: an Arabic headline, else a headline-sized line', () => {
    const title = (text: string) => analyzer.analyze({ text }).title;
    expect(title('الرئيسية\nأخبار\nوزراء دفاع تركيا وسوريا وروسيا يلتقون في موسكو\nنص المقال هنا.')).toBe('وزراء دفاع تركيا وسوريا وروسيا يلتقون في موسكو');
    // Words may be apart by any space character, as \s reads them.
    expect(title('عاجل\n  وزراء\u00a0دفاع\u2003تركيا وسوريا وروسيا  \n')).toBe('وزراء\u00a0دفاع\u2003تركيا وسوريا وروسيا');
    expect(title('Home\n\nfour words in English\nأ ب')).toBe('four words in English');
    // A site's path to the page is passed over; a quotation in guillemets is a headline.
    expect(title('الرئيسية » الأخبار المحلية » كرد سوريا والخيارات الميدانية\nكرد سوريا والخيارات الميدانية لمواجهة الهجوم\nنص')).toBe('كرد سوريا والخيارات الميدانية لمواجهة الهجوم');
    expect(title('أخبار › سياسة › المقداد يضع شروطا للقاء نظيره التركي\nالمقداد يضع شروطا للقاء نظيره التركي في موسكو')).toBe('المقداد يضع شروطا للقاء نظيره التركي في موسكو');
    expect(title('«الخارجية»: «لا لقاء» مع أنقرة قبل انسحاب القوات\nنص')).toBe('«الخارجية»: «لا لقاء» مع أنقرة قبل انسحاب القوات');
    // A short headline printed only at the end of the path; a site's clock is no title.
    expect(title('الأحد , ديسمبر 14 2025\nالرئيسية / اراء / السباق نحو دمشق..\nالسباق نحو دمشق..\nد/محمد بكر')).toBe('السباق نحو دمشق..');
    expect(title('أ\nب ت')).toBe('أ');
    const long = Array.from({ length: 30 }, () => 'المفاوضات').join(' ');
    expect(title(long)).toBe(long.slice(0, 200) + '…');
    // Only the first 12 lines of four words or more are looked at.
    expect(title('four words of English\n'.repeat(12) + 'وزراء دفاع تركيا وسوريا وروسيا يلتقون')).toBe('four words of English');
    // A clock, the weather and prices above the headline are passed over,
    // however many lines they take: numbers and slashes are no words.
    const chrome = 'الأربعاء 03 ابريل 2024\n' + '20°اسطنبول\n27°أنقرة\n'.repeat(4) + '34.44 ليرة تركية / يورو\n'.repeat(6);
    expect(title(chrome + 'أردوغان وبوتين في طهران والملف السوري على الطاولة\nنص')).toBe('أردوغان وبوتين في طهران والملف السوري على الطاولة');
    expect(title(chrome)).toBe('الأربعاء 03 ابريل 2024');
    // A dateline is no headline, however many words it prints beside its date.
    const issue = 'العدد : ١٧٠٧٩ - الخميس ٢٦ ديسمبر ٢٠٢٤ م، الموافق ٢٥ جمادى الآخر ١٤٤٦هـ';
    expect(title(`${issue}\nعربية ودولية\nالأسد يضع شرطا جديدا قبل أي لقاء مع أردوغان\nنص`)).toBe('الأسد يضع شرطا جديدا قبل أي لقاء مع أردوغان');
    // The Hijri month written without its article (جمادى أول), a clock with a tatweel (صـ).
    expect(title('الأحد 2 نوفمبر 2025 01:25 صـ 10 جمادى أول 1447 هـ\nمكتب أردوغان: لا تقدم في تنظيم لقاء بين رئيسي تركيا وسوريا\nنص')).toBe('مكتب أردوغان: لا تقدم في تنظيم لقاء بين رئيسي تركيا وسوريا');
    expect(title(`نشر في 2024/08/25 الساعة 00:00\nتاريخ النشر: 16th, July 2023 GMT\nقمة في طهران يوم 19 تموز 2022 تجمع ثلاثة رؤساء\nنص`)).toBe('قمة في طهران يوم 19 تموز 2022 تجمع ثلاثة رؤساء');
    // Nor is a dateline with its clock's time zone (بتوقيت القدس).
    expect(title('الثّلاثاء 20 سبتمبر 2022 1:22 مساءً - بتوقيت القدس\nإردوغان: روسيا وأوكرانيا مستعدتان لتبادل مئتي أسير\nنص')).toBe('إردوغان: روسيا وأوكرانيا مستعدتان لتبادل مئتي أسير');
    // A menu of the site's sections is passed over; one bar in a headline is not a menu.
    expect(title('#ديالى #لبنان #إسرائيل #البصرة #الصهيوني\nروسيا تعلق على بوادر التقارب السوري التركي\nنص')).toBe('روسيا تعلق على بوادر التقارب السوري التركي');
    expect(title('خبر عاجل | رأي و تحليل | نيوز\nهل يفاجئ أردوغان الجميع بزيارة دمشق؟\nنص')).toBe('هل يفاجئ أردوغان الجميع بزيارة دمشق؟');
    expect(title('الحسكة | لا يكتفي الجيش التركي بالاستهداف اليومي\nنص')).toBe('الحسكة | لا يكتفي الجيش التركي بالاستهداف اليومي');
    // A site's notice about cookies or signing in is no headline.
    const notice = 'يستخدم الموقع ملفات تعريف الارتباط، بعضها ضروري لمساعدة موقعنا على العمل بشكل صحيح ولا يمكن إيقاف تشغيلها';
    expect(title(`${notice}\nأردوغان يؤكد انفتاحه على لقاء الأسد في أي وقت\nنص`)).toBe('أردوغان يؤكد انفتاحه على لقاء الأسد في أي وقت');
    expect(title('قم بالدخول أو انشئ حساب شخصي لمتابعة مصادرك المفضلة\nهل يعود أردوغان إلى حضن دمشق بعد كل هذه السنوات؟\nنص')).toBe('هل يعود أردوغان إلى حضن دمشق بعد كل هذه السنوات؟');
    // A paper's masthead is no headline, even printed twice.
    expect(title('رئيس مجلسى الإدارة والتحرير\nسامي يوسف\nرئيس مجلسى الإدارة والتحرير\nسامي يوسف\nأردوغان: نخطط لعودة مليون لاجئ سوري إلى بلادهم\nنص')).toBe('أردوغان: نخطط لعودة مليون لاجئ سوري إلى بلادهم');
    expect(title('رئيس مجلس الإدارة د. سامي يوسف رئيس التحرير هاني كمال\nالرئيس السوري يوافق على لقاء زعيم المعارضة التركية\nنص')).toBe('الرئيس السوري يوافق على لقاء زعيم المعارضة التركية');
    // A path to the page written without separators, ending with the headline printed next.
    const head = 'تركيا: تكرار استخدام مياه علوك كسلاح في سوريا';
    expect(title(`الرئيسية صحافة حقوق الإنسان ${head}\n${head}\nنص`)).toBe(head);
    // A headline of three or four words counts when the page prints it twice, not when once.
    expect(title('أردوغان يصل موسكو\nالأربعاء 23 أيلول 2015\nأردوغان يصل موسكو\nوصل الرئيس التركي إلى العاصمة الروسية في زيارة رسمية')).toBe('أردوغان يصل موسكو');
    expect(title('أردوغان سيزور روسيا قريباً\nالسبت 23 مارس 2019 - 13:00 بتوقيت مكة\nأردوغان سيزور روسيا قريباً\nتركيا - الكوثر: أعلن المكتب الصحفي للرئيس التركي اليوم')).toBe('أردوغان سيزور روسيا قريباً');
    expect(title('أخبار العالم العربي\nتركيا - الكوثر: أعلن المكتب الصحفي للرئيس التركي اليوم')).toBe('تركيا - الكوثر: أعلن المكتب الصحفي للرئيس التركي اليوم');
  });

  it('tells a dateline from a headline that names a day', async () => {
    const { isDateLine } = await import('@/lib/arabic/dates');
    expect(isDateLine('العدد : ١٧٠٧٩ - الخميس ٢٦ ديسمبر ٢٠٢٤ م، الموافق ٢٥ جمادى الآخر ١٤٤٦هـ')).toBe(true);
    expect(isDateLine('الجمعة ١٧ مارس ٢٠٢٣ - 02:00')).toBe(true);
    expect(isDateLine('آخر تحديث: الأحد 3 من أيلول 2023، الساعة 10:15 مساء')).toBe(true);
    expect(isDateLine('July 16, 2023 GMT')).toBe(true);
    expect(isDateLine('قمة في طهران يوم 19 تموز 2022 تجمع ثلاثة رؤساء')).toBe(false);
    expect(isDateLine('الخميس الموافق')).toBe(false); // no date at all
  });

  it('takes no sign of a page\'s time from a ticker of headlines run together above its headline', () => {
    // Today's headlines, each run into the next (القصة؟أحمد), on one line above the article: one names the president after the story.
    const ticker =
      'طلاء جدران أحد السجون القديمة في العاصمة عمل ممنهج لطمس الجرائم فماهي القصة؟أحمد الشرع يلتقي رجل أعمال سوري بارزا في القصر.. من هو؟ما الذي جرى في ريف المدينة الساحلية ليلة أمس؟' +
      'وزير النفط: سنبدأ التنقيب عن النفط والغاز في مناطق جديدة خلال أقل من شهر واجتماع أوروبي أميركي في روما حول الوضع في البلاد وارتفاع حاد في الرسوم الجمركية عبر المعابر';
    const headline = 'أردوغان يوجه رسالة إلى الأسد عبر بوتين';
    const story = 'بحث وزير الخارجية التركي في دمشق مع نظيره السوري تطبيع العلاقات بين أنقرة ودمشق وعودة اللاجئين، وأكد الجانبان مواصلة الحوار.';
    const page = `${ticker}\n\n${headline}\n\nوكالة الأنباء\n\n${story}`;
    expect(tickerEnd(page, headline)).toBe(ticker.length);
    expect(analyzer.analyze({ text: page }).topic.onTopic).toBe(true);
    // The same line without its headlines run together is the page's own (a lead): its sign counts.
    const lead = ticker.replace(/؟/g, '؟ ');
    expect(tickerEnd(`${lead}\n\n${headline}\n\n${story}`, headline)).toBe(0);
    expect(analyzer.analyze({ text: `${lead}\n\n${headline}\n\nوكالة الأنباء\n\n${story}` }).topic.onTopic).toBe(false);
    // Below the headline the sign counts however the line is written.
    expect(analyzer.analyze({ text: `${headline}\n\n${story}\n\n${ticker}` }).topic.onTopic).toBe(false);
  });

  it('reads a date deep in a long first paragraph as one the story recalls, not as the dateline that places the page', () => {
    const story =
      'وزار وزير الخارجية التركي الأسبق أحمد داود أوغلو دمشق في 9 آب 2011 والتقى الرئيس بشار الأسد، ثم انهارت العلاقة. ' +
      'واليوم يبحث وزير الخارجية التركي مع نظيره السوري في موسكو تطبيع العلاقات بين أنقرة ودمشق برعاية روسية، وأكد الجانبان مواصلة الحوار.';
    const opening = 'انهارت العلاقات بين أنقرة ودمشق بشكل كامل في الأعوام الأخيرة على خلفية الأزمة السورية، لكنها بدأت تعود بعد تحول كبير في الموقف التركي. ';
    // Recalled (long paragraph, far in): the page is judged by what it says.
    const recalled = analyzer.analyze({ text: opening + story });
    expect(recalled.topic.onTopic).toBe(true);
    // A dateline on a line of its own places it, before the story.
    expect(analyzer.analyze({ text: '9 آب 2011\n' + opening + story }).topic.onTopic).toBe(false);
    // So does one that opens the paragraph.
    expect(analyzer.analyze({ text: 'دمشق في 9 آب 2011 - ' + opening + story }).topic.onTopic).toBe(false);
  });

  it('takes a page without a date in its metadata to be from after the story when the text says so', () => {
    const meeting = (syrian: string) =>
      `بحث وزير الخارجية التركي هاكان فيدان في دمشق مع ${syrian} تطبيع العلاقات بين أنقرة ودمشق وعودة اللاجئين، وأكد الجانبان مواصلة الحوار.`;
    // The same report about the Syrian president of the story, and about the one who came after it.
    expect(analyzer.analyze({ text: meeting('الرئيس السوري بشار الأسد') }).topic.onTopic).toBe(true);
    const later = analyzer.analyze({ text: meeting('الرئيس السوري أحمد الشرع') });
    expect(later.topic.onTopic).toBe(false);
    expect(later.published).toBeNull();
    // "Since the fall of", behind a proclitic, in the title alone.
    const title = 'وفد تركي في دمشق للمرة الأولى ومنذ سقوط نظام الأسد';
    expect(analyzer.analyze({ text: meeting('نظيره السوري'), title }).topic.onTopic).toBe(false);
    // A date near the top may be one the story recalls: the sign still counts.
    expect(analyzer.analyze({ text: '8 ديسمبر 2024\n' + meeting('الرئيس السوري أحمد الشرع') }).topic.onTopic).toBe(false);
    // The page's metadata says when it is from: the sign does not overrule it.
    expect(analyzer.analyze({ text: meeting('الرئيس السوري أحمد الشرع'), publishedTime: '2023-05-10' }).topic.onTopic).toBe(true);
    // Reopening the embassy, as the story's reports weigh it, is no sign.
    expect(analyzer.analyze({ text: meeting('الرئيس السوري بشار الأسد') + ' وتناول البحث إعادة فتح السفارة التركية في دمشق.' }).topic.onTopic).toBe(true);
    // Nuh Yılmaz was deputy foreign minister in the story, ambassador in Damascus only after it.
    expect(analyzer.analyze({ text: meeting('الرئيس السوري بشار الأسد') + ' وحضر اللقاء نائب وزير الخارجية التركي نوح يلماز.' }).topic.onTopic).toBe(true);
    // Talk of toppling him, as the story's reports recall it, is no sign; nor shells falling near his troops.
    expect(analyzer.analyze({ text: meeting('الرئيس السوري بشار الأسد') + ' ودعمت أنقرة طويلاً مساعي إسقاط نظام الأسد.' }).topic.onTopic).toBe(true);
    expect(analyzer.analyze({ text: meeting('الرئيس السوري بشار الأسد') + ' وكان المحتجون طالبوا في ديسمبر بسقوط الأسد، ولن تنتهي الحرب إلا بسقوط الأسد.' }).topic.onTopic).toBe(true);
    expect(analyzer.analyze({ text: meeting('الرئيس السوري بشار الأسد') + ' وجاء ذلك بعد سقوط قذائف على مواقع لقوات الأسد.' }).topic.onTopic).toBe(true);
    // A city that fell to him is not his fall.
    expect(analyzer.analyze({ text: meeting('الرئيس السوري بشار الأسد') + ' وهي أول زيارة منذ سقوط حلب بيد الأسد.' }).topic.onTopic).toBe(true);
    // Words only said of him once he had fallen: fled, deposed, the former president, the defunct regime;
    // and the chargé d'affaires and ambassador Turkey sent to Damascus after it (its embassy was closed from 2012), and its consul
    // in Aleppo (the consulate reopened in January 2025; one there before 2012 is outside the story too), or anyone working
    // in the embassy in Damascus; the transitional
    // president; Syria's energy ministry, created in 2025 from those of oil and electricity; the agreement of
    // 10 March 2025 between Damascus and the SDF; Syria's new rulers, and al-Jolani's government named as in Damascus;
    // the authority for land and sea ports (created on 31 December 2024) and its head; the war that ended, in
    // December, with his fall (the month may stand between the two, as agencies' copy writes it); his regime's collapse.
    for (const after of ['منذ فرار بشار إلى موسكو', 'بعد سقوط النظام البائد', 'في عهد الرئيس السابق بشار الأسد', 'منذ أيام الأسد المخلوع', 'في مرحلة ما بعد سقوط نظام الأسد', 'بعد إسقاط النظام السوري', 'عقب سقوط النظام المخلوع', 'لبناء سوريا الجديدة', 'مع الإدارة الجديدة في دمشق', 'لمناصري رئيس النظام السوري السابق', 'في سوريا ما بعد الأسد', 'مع القيادة الجديدة في دمشق', 'منذ أيام الرئيس السوري المعزول', 'بحضور سفير تركيا لدى دمشق نوح يلماز', 'يرافقه القائم بأعمال السفارة التركية برهان كور أوغلو', 'بحضور القنصل التركي في حلب', 'والقنصل العام في حلب هاكان جنكيز', 'بحضور الملحق التجاري في السفارة التركية بدمشق', 'لبحث تنفيذ اتفاق 10 مارس مع قسد', 'منذ سقوط حكومة الديكتاتور بشار الأسد', 'بعد الإطاحة بالرئيس السوري بشار الأسد', 'إثر سقوط نظام الأسد', 'في أعقاب الإطاحة ببشار الأسد', 'في الحرب التي انتهت بسقوط الأسد', 'بحضور الرئيس الانتقالي السوري', 'بحضور وزير الطاقة السوري', 'بحضور وزير الاقتصاد والصناعة الدكتور محمد نضال الشعار', 'مع مسؤول رفيع من الحكم السوري الجديد', 'بعد لقاء السلطة الجديدة في دمشق', 'مع الإدارة الجديدة في سوريا', 'بعد سقوط نظام الرئيس السوري بشار الأسد', 'منذ الإطاحة بنظام الرئيس السوري المخلوع بشار الأسد', 'بعد أشهر من سقوط نظام بشار الأسد', 'بعد نحو أسبوع من الإطاحة بالرئيس الأسد', 'بعد أيام فقط من سقوط نظام الأسد', 'قبل عام من إسقاط نظام الأسد', 'بعد أيام قليلة من سقوط نظام الرئيس بشار الأسد', 'مع النظام السوري الجديد', 'لطمأنة حكام دمشق الجدد', 'مقابل دعم حكومة الجولاني في دمشق', 'بحسب الهيئة العامة للمنافذ البرية والبحرية', 'كما قال قتيبة بدوي', 'في الحرب التي استمرت 13 عاما وانتهت في كانون الأول/ ديسمبر بالإطاحة ببشار الأسد', 'في الصراع الذي انتهى في ديسمبر 2024 بسقوط نظام الأسد', 'في الحرب التي انتهت في ديسمبر الماضي بإسقاط بشار الأسد', 'بعد انهيار نظام الأسد', 'منذ انهيار حكم بشار الأسد'])
      expect(analyzer.analyze({ text: '8 ديسمبر 2024\n' + meeting('نظيره السوري') + ' وذلك ' + after + '.' }).topic.onTopic).toBe(false);
  });

  it('takes a page with no date at all to be from before the story when it calls an event of before it recent', () => {
    const assad = (when: string) =>
      `قال الرئيس السوري بشار الأسد إن العدوان الذي يشنه نظام أردوغان على بلدنا غزو سافر، وإن سوريا سترد على تركيا بكل الأشكال ولن يكون هناك أي حوار مع أنقرة. ${when}`;
    // The 2019 operation, a week old: a page of 2019.
    expect(analyzer.analyze({ text: assad('وبدأت تركيا عملية عسكرية قبل أسبوع، شمال شرق سوريا، وأسمتها "نبع السلام".') }).topic.onTopic).toBe(false);
    expect(analyzer.analyze({ text: assad('وتتواصل عملية "نبع السلام" الجارية شرق الفرات.') }).topic.onTopic).toBe(false);
    // Recalled with its year, as the past, or by a page dated in the story: the story's page.
    expect(analyzer.analyze({ text: assad('وكانت تركيا أطلقت عملية "نبع السلام" في تشرين الأول 2019 قبل أسابيع من الانتخابات.') }).topic.onTopic).toBe(true);
    expect(analyzer.analyze({ text: assad('وقال إن عملية "نبع السلام" في الماضي لم تحقق شيئا.') }).topic.onTopic).toBe(true);
    expect(analyzer.analyze({ text: assad('وبدأت تركيا عملية عسكرية قبل أسبوع وأسمتها "نبع السلام".'), publishedTime: '2023-01-05' }).topic.onTopic).toBe(true);
    // An olive branch held out yesterday is no operation.
    expect(analyzer.analyze({ text: assad('وكان أردوغان مد غصن الزيتون أمس إلى دمشق.') }).topic.onTopic).toBe(true);
    expect(analyzer.analyze({ text: assad('وقد انطلقت عملية "غصن الزيتون" أمس في عفرين.') }).topic.onTopic).toBe(false);
    // An operation the army is still waging is as recent.
    for (const ongoing of ['في عفرين التي يواصل الجيش التركي فيها عملية "غصن الزيتون"', 'حيث تشن تركيا عملية نبع السلام', 'فيما تواصل القوات التركية عملية "درع الفرات"'])
      expect(analyzer.analyze({ text: assad(`وجاء ذلك ${ongoing}.`) }).topic.onTopic, ongoing).toBe(false);
    // The Russian jet Turkey shot down in 2015, months ago: a page of 2016; recalled with its year, the story's.
    expect(analyzer.analyze({ text: assad('وجاء ذلك بعد اعتذار أنقرة لموسكو عن حادثة إسقاط الطائرة الروسية قبل أشهر.') }).topic.onTopic).toBe(false);
    expect(analyzer.analyze({ text: assad('وكانت العلاقات قد ساءت بعد إسقاط المقاتلة الروسية في تشرين الثاني 2015.') }).topic.onTopic).toBe(true);
    // The Syrian constitutional committee's first six rounds were held from 2019 to 2021; its eighth in 2022.
    expect(analyzer.analyze({ text: assad('ونعمل على انعقاد الجولة السادسة من اجتماعات اللجنة الدستورية قبل حلول شهر رمضان.') }).topic.onTopic).toBe(false);
    expect(analyzer.analyze({ text: assad('ونعمل على انعقاد الجولة الثامنة من اجتماعات اللجنة الدستورية قبل حلول شهر رمضان.') }).topic.onTopic).toBe(true);
    // The opposition coalition's head elected last July (2021); with his name as head it is no event.
    expect(analyzer.analyze({ text: assad('وجاء ذلك بعد انتخاب سالم المسلط رئيساً جديداً للائتلاف في تموز الماضي.') }).topic.onTopic).toBe(false);
    expect(analyzer.analyze({ text: assad('وقال رئيس الائتلاف سالم المسلط إن الموقف لم يتغير.') }).topic.onTopic).toBe(true);
    // Still holding the areas of an old operation, or continuing anything else near its name, is no sign.
    for (const held of ['وتواصل تركيا احتلال مناطق نبع السلام', 'ويواصل الجيش التركي قصف ريف منطقة درع الفرات'])
      expect(analyzer.analyze({ text: assad(`${held}.`) }).topic.onTopic, held).toBe(true);
  });

  it('places a page with no date by the years it counts the war (منذ تسع سنوات، دخلت عامها التاسع)', async () => {
    const talks = (count: string) =>
      `التقى رئيس جهاز المخابرات التركية هاكان فيدان نظيره السوري علي مملوك في موسكو بحضور مسؤولين روس، وبحثا التطبيع بين البلدين ${count}.`;
    expect(analyzer.analyze({ text: talks('في خضم الصراع') }).topic.onTopic).toBe(true);
    // Nine years of the war begun in 2011: 2020. Fifteen: 2026, after the story.
    for (const before of ['وسط الحرب الأهلية المستعرة منذ حوالى تسع سنوات', 'بعد ثماني سنوات من الصراع', 'في الحرب التي دخلت عامها التاسع', 'في النزاع المستمر منذ 7 أعوام', 'وسط الحرب السورية المستمرة منذ ١٥ عاما'])
      expect(analyzer.analyze({ text: talks(before) }).topic.onTopic, before).toBe(false);
    // The story's own years, a year either side, and counts of any other war: no sign.
    for (const within of ['بعد قطيعة استمرت 11 عاما', 'منذ 13 عاماً من الحرب', 'بعد عشر سنوات من القطيعة', 'بينما الحرب في أوكرانيا مستمرة منذ ثلاث سنوات', 'في ظل الصراع العربي الإسرائيلي المستمر منذ 75 عاما'])
      expect(analyzer.analyze({ text: talks(within) }).topic.onTopic, within).toBe(true);
    // A date of its own places the page first.
    expect(analyzer.analyze({ text: talks('وسط الحرب المستعرة منذ تسع سنوات'), publishedTime: '2023-01-05' }).topic.onTopic).toBe(true);
    const { yearCountedNear } = await import('@/lib/arabic/dates');
    const near = (text: string, name: string) => yearCountedNear(text, 2011, text.indexOf(name), text.indexOf(name) + name.length);
    expect(near('الحرب التي دخلت عامها الثاني عشر', 'الحرب')).toBe(2022);
    expect(near('بعد ١٠ سنوات من القطيعة', 'القطيعة')).toBe(2021);
    expect(near('الحرب التي بدأت قبل عامين', 'الحرب')).toBeNull();
  });

  it('takes a page with no date at all to be from before the story when it names an office with one who held it only then', () => {
    const mediation = (turkish: string) =>
      `أعلن السفير الإيراني في أنقرة استعداد طهران للوساطة بين تركيا وسوريا، وقال إن ${turkish} بحث في طهران تحسين العلاقات بين البلدين.`;
    expect(analyzer.analyze({ text: mediation('وزير الخارجية التركي') }).topic.onTopic).toBe(true);
    // Davutoğlu was foreign minister until 2014, Erdoğan prime minister until then.
    expect(analyzer.analyze({ text: mediation('وزير الخارجية التركي أحمد داود أوغلو') }).topic.onTopic).toBe(false);
    expect(analyzer.analyze({ text: mediation('رئيس الوزراء التركي، رجب طيب أردوغان،') }).topic.onTopic).toBe(false);
    // The same offices written with the country's name; Syria's prime minister of 2012-16 by his name.
    for (const office of ['وزير خارجية تركيا أحمد داوود أوغلو', 'رئيس وزراء تركيا رجب طيب أردوغان', 'رئيس مجلس الوزراء السوري (#وائل_الحلقي)'])
      expect(analyzer.analyze({ text: mediation(office) }).topic.onTopic, office).toBe(false);
    // Mekdad was deputy foreign minister until 2020, foreign minister after.
    const syrian = (who: string) => `قال ${who} إن حكومة أردوغان تلعب بالنار في علاقاتها مع سوريا، ورفض أي حوار مع تركيا قبل الانسحاب.`;
    expect(analyzer.analyze({ text: syrian('وزير الخارجية السوري فيصل المقداد') }).topic.onTopic).toBe(true);
    for (const deputy of ['نائب وزير الخارجية والمغتربين الدكتور فيصل المقداد', 'نائب وزير الخارجية السوري فيصل المقداد'])
      expect(analyzer.analyze({ text: syrian(deputy) }).topic.onTopic, deputy).toBe(false);
    // Offices abroad held only before the story too: Hollande, Merkel, Kerry, de Mistura.
    const abroad = (who: string) => mediation('وزير الخارجية التركي') + ` ورحب ${who} بالخطوة.`;
    expect(analyzer.analyze({ text: abroad('الرئيس الفرنسي إيمانويل ماكرون') }).topic.onTopic).toBe(true);
    // The UN's envoy to Syria now is no sign; the joint UN and Arab League envoy (2012-14) is.
    expect(analyzer.analyze({ text: abroad('المبعوث الأممي إلى سوريا غير بيدرسن') }).topic.onTopic).toBe(true);
    // Not one who holds it again now: today's headlines round old pages (الرئيس الأمريكي دونالد ترامب).
    expect(analyzer.analyze({ text: abroad('الرئيس الأمريكي دونالد ترامب') }).topic.onTopic).toBe(true);
    // Soleimani led the Quds Force until January 2020; a "new" commander of it is of then.
    for (const who of ['قائد فيلق القدس الإيراني قاسم سليماني', 'قائد فيلق القدس الجديد إسماعيل قاآني'])
      expect(analyzer.analyze({ text: abroad(who) }).topic.onTopic, who).toBe(false);
    expect(analyzer.analyze({ text: abroad('قائد فيلق القدس إسماعيل قاآني') }).topic.onTopic).toBe(true);
    expect(analyzer.analyze({ text: abroad('قائد فيلق القدس السابق قاسم سليماني') }).topic.onTopic).toBe(true);
    // Akar was chief of the general staff until 2018, then defence minister through the story.
    expect(analyzer.analyze({ text: abroad('وزير الدفاع التركي خلوصي أكار') }).topic.onTopic).toBe(true);
    for (const who of ['الرئيس الفرنسي هولاند', 'المستشارة الألمانية أنجيلا ميركل', 'وزير الخارجية الأمريكي جون كيري', 'المبعوث الأممي ستيفان دي ميستورا', 'الرئيس التركي عبدالله غل', 'الرئيس التركى عبد الله جول', 'رئيس حكومته رجب طيب اردوغان', 'رئيس الوزراء السوري محمد ناجي عطري', 'وزير الخارجية التركي احمد داوود اوجلو', 'رئيس الوزراء التركي رجب طيب اردوجان', 'رئيس الوزراء الإسرائيلى إيهود أولمرت', 'وزير الخارجية وليد المعلم', 'محمد ناجي عطري', 'العماد حسن تركماني', 'وزير الدفاع الاسرائيلي ايهود باراك', 'وزير النقل السوري يعرب بدر', 'وزير النقل التركي بينالي يلدرم', 'وليد المعلم', 'الرئيس التركي أحمد نجدت سيزر', 'نظيره التركي فكري إيشيق', 'وزير الدفاع السوري العماد علي عبد الله أيوب', 'المبعوث الأمريكي جيمس جيفري', 'رئيس هيئة الأركان التركي خلوصي أكار', 'المبعوث الاممي والعربي الاخضر الابراهيمي', 'المبعوث الدولي كوفي عنان', 'رئيس الوزراء بن علي يلدرم', 'رئيس الوزراء أحمد داود أوغلو', 'رئيس الوزراء رجب طيب أردوغان', 'رئيس الائتلاف الوطني السوري نصر الحريري', 'الرئيس التركي سليمان ديميريل', 'وزير الخارجية السوري فاروق الشرع', 'رئيس الوزراء السوري محمود الزعبي', 'العماد مصطفى طلاس', 'نظيرته البلغارية إيكترينا زاهاريفا'])
      expect(analyzer.analyze({ text: abroad(who) }).topic.onTopic, who).toBe(false);
    // Turkey has had no prime minister since 2018: the office alone is a sign.
    for (const office of ['رئيس الوزراء التركي', 'نائب رئيس الوزراء التركي', 'نائب رئيس مجلس الوزراء التركي وزير الدولة', 'رئيس مجلس الوزراء التركي', 'رئيس الحكومة التركية', 'نائب رئيس الحكومة التركية'])
      expect(analyzer.analyze({ text: mediation(office) }).topic.onTopic, office).toBe(false);
    // Said of one who was (الأسبق, آنذاك, even past his name): not a sign.
    for (const recalled of ['رئيس الوزراء التركي الأسبق أحمد داود أوغلو', 'رئيس الوزراء التركي آنذاك رجب طيب أردوغان', 'رئيس الوزراء التركي رجب طيب أردوغان آنذاك', 'وزير الخارجية السوري الراحل وليد المعلم'])
      expect(analyzer.analyze({ text: mediation(recalled) }).topic.onTopic, recalled).toBe(true);
    // A date anywhere in the text, in the metadata or in the address says when the page is from.
    expect(analyzer.analyze({ text: '10 أيار 2023\n' + mediation('وزير الخارجية التركي أحمد داود أوغلو') }).topic.onTopic).toBe(true);
    expect(analyzer.analyze({ text: mediation('وزير الخارجية التركي أحمد داود أوغلو'), publishedTime: '2023-05-10' }).topic.onTopic).toBe(true);
    expect(analyzer.analyze({ text: mediation('وزير الخارجية التركي أحمد داود أوغلو'), url: 'https://example.com/2023/05/10/mediation' }).topic.onTopic).toBe(true);
    // Unless every year the text names is before the war: a history retold on a later day.
    const history = mediation('وزير الخارجية التركي أحمد داود أوغلو') + ' وكان ذلك في تشرين الأول 2009.';
    expect(analyzer.analyze({ text: history, url: 'https://example.com/2022/01/02/history' }).topic.onTopic).toBe(false);
    expect(analyzer.analyze({ text: history, publishedTime: '2023-05-10' }).topic.onTopic).toBe(false);
    // A later year in it, or no office of then, and the page's date stands.
    expect(analyzer.analyze({ text: history + ' وانقطعت العلاقات عام 2011.', publishedTime: '2023-05-10' }).topic.onTopic).toBe(true);
    expect(analyzer.analyze({ text: mediation('وزير الخارجية التركي') + ' وكان ذلك في تشرين الأول 2009.', publishedTime: '2023-05-10' }).topic.onTopic).toBe(true);
    // A term of office in a bracket beside a name is no year the page tells of; the same years in a sentence are.
    const welcome = (office: string) => `رحب ${office} يشار ياكيش بعودة العلاقات التركية مع النظام السوري، وقال إن اللقاء بين أردوغان والأسد بات قريبا، وإن المحادثات بين أنقرة ودمشق ستستمر.`;
    for (const term of ['(2002- 2003)', '(2002 – 2003)'])
      expect(analyzer.analyze({ text: welcome(`وزير الخارجية التركي الأسبق ${term}`) }).topic.onTopic, term).toBe(true);
    expect(analyzer.analyze({ text: welcome('وزير الخارجية التركي الأسبق، الذي تولى المنصب بين 2002 و2003،') }).topic.onTopic).toBe(false);
  });

  it('places an undated report of the talks\' format in the story by a round held within it', () => {
    const round = (n: string) =>
      `اختتمت في العاصمة الكازاخية ${n} من مباحثات مسار أستانا بشأن سوريا، بمشاركة وفود تركيا وروسيا وإيران ووفدي الحكومة السورية والمعارضة، وناقشت الوفود الوضع الميداني والإنساني.`;
    // Rounds 18 to 22 met in 2022–2024; the 17th (December 2021) and the 12th did not.
    expect(analyzer.analyze({ text: round('الجولة 21') }).topic.onTopic).toBe(true);
    expect(analyzer.analyze({ text: round('الجولة الـ 22') }).topic.onTopic).toBe(true);
    expect(analyzer.analyze({ text: round('الجولة الحادية والعشرين') }).topic.onTopic).toBe(true);
    expect(analyzer.analyze({ text: round('الجولة ١٩') }).topic.onTopic).toBe(true);
    expect(analyzer.analyze({ text: round('الجولة 17') }).topic.onTopic).toBe(false);
    expect(analyzer.analyze({ text: round('الجولة الثانية عشرة') }).topic.onTopic).toBe(false);
    // A round number far from any mention of the format says nothing.
    const far = round('الجولة 17') + ' ' + 'وتحدث المشاركون عن قضايا عديدة. '.repeat(4) + 'وفي الجولة 21 من الدوري فاز الفريق.';
    expect(analyzer.analyze({ text: far }).topic.onTopic).toBe(false);
    // A date outside the story wins over the round: it is another page.
    expect(analyzer.analyze({ text: round('الجولة 21'), publishedTime: '2021-12-22' }).topic.onTopic).toBe(false);
  });

  it('reads the page\'s date from its address when the metadata has none', () => {
    const meeting =
      'اجتمع مسؤولون أتراك وسوريون في موسكو برعاية روسية، وبحث الجانبان تطبيع العلاقات بين أنقرة ودمشق وعودة اللاجئين ومكافحة الإرهاب.';
    const at = (url: string, publishedTime?: string) => analyzer.analyze({ text: meeting, url, publishedTime });
    expect(at('https://news.example/2023/05/10/meeting').published).toBe('2023-05-10');
    expect(at('https://news.example/ar/20200113-meeting.html').published).toBe('2020-01-13');
    // The same report is the story in 2023 and another story in 2020.
    expect(at('https://news.example/2023/05/10/meeting').topic.onTopic).toBe(true);
    expect(at('https://news.example/ar/20200113-meeting.html').topic.onTopic).toBe(false);
    // An English month name in the slug, even right after an Arabic title (escaped in the address).
    expect(at('https://news.example/article/' + encodeURIComponent('لقاء-الأسد') + 'july-11,-2024,-9:54-pm').published).toBe('2024-07-11');
    expect(at('https://news.example/news/march-5-2019-meeting').published).toBe('2019-03-05');
    // The day first, as Arabic sites write it; the month first only when the second number cannot be a month.
    expect(at('https://news.example/19/01/2026/107609').published).toBe('2026-01-19');
    expect(at('https://news.example/01/09/2024/65677').published).toBe('2024-09-01');
    expect(at('https://news.example/03/25/2024/x').published).toBe('2024-03-25');
    expect(at('https://news.example/19/01/2026/107609').topic.onTopic).toBe(false);
    // Numbers in the query, ids, impossible days, year-only paths and words that begin like a month are no dates.
    for (const url of ['https://news.example/mayor-12-2024', 'https://news.example/june-31-2024', 'https://news.example/a?d=2020/01/13', 'https://news.example/news/1083555499.html', 'https://news.example/2023/02/30/x', 'https://news.example/world/2020/627167', 'https://news.example/31/02/2024/x', 'https://news.example/25/13/2024/x'])
      expect(at(url).published).toBeNull();
    // The metadata wins.
    expect(at('https://news.example/ar/20200113-meeting.html', '2023-05-10T08:00:00Z').published).toBe('2023-05-10');
  });

  it('takes a day after the story named anywhere in the text to place the page after it', () => {
    const meeting =
      'اجتمع مسؤولون أتراك وسوريون في موسكو برعاية روسية، وبحث الجانبان تطبيع العلاقات بين أنقرة ودمشق وعودة اللاجئين ومكافحة الإرهاب. ';
    const filler = 'وتناولت المحادثات ملفات عديدة تهم البلدين والمنطقة. '.repeat(12);
    // A day the story recalls, far from the top: still the story.
    expect(analyzer.analyze({ text: meeting + filler + 'وكان الوزراء قد اجتمعوا في 28 كانون الأول 2022 للمرة الأولى.' }).topic.onTopic).toBe(true);
    // A day after the story: the page is later than it.
    const later = analyzer.analyze({ text: meeting + filler + 'ويقام المعرض بين 27 أغسطس و5 سبتمبر 2025.' });
    expect(later.topic.onTopic).toBe(false);
    expect(later.published).toBe('2025-09-05');
  });

  it('places a page by the month in its address (/2025/11/title) without taking it for its day', () => {
    const meeting =
      'اجتمع مسؤولون أتراك وسوريون في موسكو برعاية روسية، وبحث الجانبان تطبيع العلاقات بين أنقرة ودمشق وعودة اللاجئين ومكافحة الإرهاب.';
    const at = (url: string, text = meeting) => analyzer.analyze({ text, url });
    expect(at('https://blog.example/2023/01/blog-post_6.html').topic.onTopic).toBe(true);
    const after = at('https://blog.example/2025/11/blog-post_6.html');
    expect(after.topic.onTopic).toBe(false);
    expect(after.published).toBeNull();
    // Before a day its text prints at the top (often the day it was read).
    expect(at('https://blog.example/2019/07/post.html', '12 يونيو 2023\n' + meeting).topic.onTopic).toBe(false);
    expect(at('https://blog.example/2019/07/post.html', '12 يونيو 2023\n' + meeting).published).toBe('2023-06-12');
    // An article's number after the month (/2009/10/488752.htm) leaves it a month.
    expect(at('https://news.example/Web/Politics/2009/10/488752.htm').topic.onTopic).toBe(false);
    expect(at('https://news.example/Web/Politics/2023/01/488752.htm').topic.onTopic).toBe(true);
    // The month in one digit, as some sites write it.
    expect(at('https://news.example/Web/News/2016/8/1103399.html').topic.onTopic).toBe(false);
    expect(at('https://news.example/Web/News/2023/5/1103399.html').topic.onTopic).toBe(true);
    // No month there: not a date (a year and an id, a thirteenth month).
    expect(at('https://news.example/2019/627167/post').topic.onTopic).toBe(true);
    expect(at('https://news.example/2019/13/post').topic.onTopic).toBe(true);
    // The story's last month (December 2024) may be after it: what the text says decides.
    expect(at('https://blog.example/2024/12/post.html').topic.onTopic).toBe(true);
    expect(at('https://blog.example/2024/12/post.html', meeting + ' وجاء ذلك بعد سقوط نظام الأسد.').topic.onTopic).toBe(false);
    expect(at('https://blog.example/2024/11/post.html', meeting + ' وجاء ذلك بعد سقوط نظام الأسد.').topic.onTopic).toBe(true);
  });

  it('prefers the date from page metadata', () => {
    const a = analyzer.analyze({ text: 'في 2023/03/14 وصل الأسد', publishedTime: '2024-07-25T10:00:00Z' });
    expect(a.published).toBe('2024-07-25');
  });

  it('gives the share of Arabic letters and a language', () => {
    const a = analyzer.analyze({ text: 'هذا نص عربي قصير عن الطقس في المدينة اليوم.' });
    expect(a.lang).toBe('ar');
    expect(a.arabicShare).toBeGreaterThan(0.9);
    expect(analyzer.analyze({ text: 'Bonjour tout le monde', langHint: 'fr' }).lang).toBe('fr');
  });
});

describe.runIf(hasShared)('seed articles', () => {
  for (const seed of hasShared ? seeds() : []) {
    it(`${seed.file} is an Arabic article on the topic`, () => {
      const a = analyzer.analyze({ text: seed.text });
      expect(a.lang).toBe('ar');
      expect(a.isArticle).toBe(true);
      expect(a.topic.onTopic).toBe(true);
      expect(a.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['assad', 'turkey', 'syria']));
    });
  }
});

describe('Arabic script is not always Arabic', () => {
  it('treats Persian as another language, never on the topic', () => {
    const fa = 'وزیران خارجه ترکیه و سوریه امروز در مسکو دیدار کردند و درباره عادی‌سازی روابط میان آنکارا و دمشق با میانجیگری روسیه گفتگو کردند. این دیدار نخستین گام پس از سال‌ها قطع روابط است.';
    const a = analyzer.analyze({ text: fa });
    expect(a.lang).toBe('fa');
    expect(a.topic.onTopic).toBe(false);
    expect(a.entities).toEqual([]);
  });
  it('tells Central Kurdish (Sorani) from Persian by its own letters, never on the topic', () => {
    const ckb = 'ڕەجەب تەیب ئەردۆغان، سەرۆکی تورکیا ڕادەگەیەنێت کراوەیە بۆ کۆبونەوە لەگەڵ بەشار ئەسەد، سەرۆکی سوریا، بەڵام قبوڵ ناکات کە کشانەوەی هێزەکانی تورکیا لە سوریا وەک مەرجێک دابنرێت.';
    const a = analyzer.analyze({ text: ckb });
    expect(a.lang).toBe('ckb');
    expect(a.topic.onTopic).toBe(false);
  });
  it('still reads Arabic that borrows a Persian letter (ڤنوكوڤو)', () => {
    expect(analyzer.analyze({ text: 'وصل الرئيس إلى مطار ڤنوكوڤو في موسكو حيث استقبله نائب وزير الخارجية' }).lang).toBe('ar');
  });
});

describe('one analyzer for many pages', () => {
  it('gives each page the verdict a fresh analyzer gives it, whatever it read before', () => {
    const on = 'أعلن وزير الدفاع التركي خلوصي أكار بعد لقائه نظيره السوري في موسكو أن مسار التطبيع بين أنقرة ودمشق يتقدم برعاية روسية. ';
    const pages = [
      { text: on.repeat(3000), title: 'التطبيع بين أنقرة ودمشق' }, // grows the reused arrays past what is kept
      { text: 'مهرجان التمور السنوي يجذب آلاف الزوار. '.repeat(20) },
      { text: on.repeat(4), title: 'لقاء في موسكو' },
      { text: 'قال الأسد في دمشق إن اللقاء مع أردوغان ممكن.' },
    ];
    const shared = createAnalyzer(DEFAULT_PACK);
    for (const page of [...pages, ...pages.reverse()]) expect(shared.analyze(page)).toEqual(createAnalyzer(DEFAULT_PACK).analyze(page));
  });
});

describe('a day written with its weekday but no year', () => {
  it('is read with its weekday, in either month names and any digits', async () => {
    const { weekdayDateInText } = await import('@/lib/arabic/dates');
    expect(weekdayDateInText('وتحدثت الصحيفة أمس، السبت 4 من أيلول، عن لقاء', 500)).toEqual({ weekday: 6, month: 9, day: 4 });
    expect(weekdayDateInText('قال اليوم الأربعاء5 سبتمبر/أيلول إن', 500)).toEqual({ weekday: 3, month: 9, day: 5 });
    expect(weekdayDateInText('الجمعة ١٢ آب', 500)).toEqual({ weekday: 5, month: 8, day: 12 });
    expect(weekdayDateInText('يوم الخميس الماضي في 4 أيلول', 500)).toBeNull(); // the weekday is not the date's
    expect(weekdayDateInText('كلام '.repeat(120) + 'السبت 4 من أيلول', 500)).toBeNull(); // below the top
  });

  it('places a page without a date outside the story when no year of it has that day on that weekday', async () => {
    const { weekdayDateWithin } = await import('@/lib/arabic/dates');
    expect(weekdayDateWithin({ weekday: 6, month: 9, day: 4 }, '2022-01-01', '2024-12-08')).toBe(false); // a Saturday in 2021
    expect(weekdayDateWithin({ weekday: 3, month: 8, day: 24 }, '2022-01-01', '2024-12-08')).toBe(true); // a Wednesday in 2022
    expect(weekdayDateWithin({ weekday: 1, month: 12, day: 9 }, '2022-01-01', '2024-12-08')).toBe(false); // Monday 9 December 2024: after the span's end
    const report = (day: string) =>
      `ذكرت صحيفة تركية أمس، ${day}، أن رئيس الاستخبارات التركية هاكان فيدان سيلتقي اللواء علي مملوك في بغداد، في لقاء يمهد لتطبيع العلاقات بين أنقرة ودمشق بعد سنوات من القطيعة.`;
    expect(analyzer.analyze({ text: report('السبت 4 من أيلول') }).topic.onTopic).toBe(false); // 2021
    expect(analyzer.analyze({ text: report('السبت 3 من أيلول') }).topic.onTopic).toBe(true); // 2022
    expect(analyzer.analyze({ text: report('السبت 4 من أيلول'), publishedTime: '2022-09-05' }).topic.onTopic).toBe(true); // the page's own date decides
    // Under a caption or two, the day of the news is still the page's; far down, it may be one the story recalls.
    const caption = 'صورة تجمع رئيس الاستخبارات التركية ومدير مكتب الأمن الوطني السوري في لقاء سابق (أرشيف)\n'.repeat(6);
    expect(caption.length).toBeGreaterThan(500);
    expect(analyzer.analyze({ text: caption + report('السبت 4 من أيلول') }).topic.onTopic).toBe(false);
    expect(analyzer.analyze({ text: caption.repeat(2) + report('السبت 4 من أيلول') }).topic.onTopic).toBe(true);
  });
});

describe('dates in the original text', () => {
  it('finds the first written date without normalizing the whole head', async () => {
    const { findDateInText } = await import('@/lib/arabic/dates');
    const filler = 'كلام '.repeat(200);
    expect(findDateInText(`${filler}نُشر في ١٠ أيّار ٢٠٢٣ ثم ${filler} 2024/01/02`)).toBe('2023-05-10');
    expect(findDateInText(`العدد 55 من ${filler} الثلاثاء 2023/03/14`)).toBe('2023-03-14');
    expect(findDateInText(`${filler.repeat(3)} 2023/03/14`)).toBeNull(); // beyond the head
    expect(findDateInText('لا تاريخ هنا 12 فقط')).toBeNull();
  });
  it('reads a year only as four digits of its own, in any digit script', async () => {
    const { findDateInText } = await import('@/lib/arabic/dates');
    expect(findDateInText('رقم 120231 ثم 14/03/20235')).toBeNull(); // years inside longer numbers
    expect(findDateInText('رقم 120231 ثم ١٤/٠٣/٢٠٢٣ ثم 2024/01/02')).toBe('2023-03-14');
    expect(findDateInText('۱۴ مارس ۲۰۲۲')).toBe('2022-03-14');
    expect(findDateInText('عام 2023 كان صعباً، وفي 5 حزيران 2024 التقيا')).toBe('2024-06-05'); // a bare year is no date
    expect(findDateInText('منذ 2011 وحتى 2023／03／14')).toBe('2023-03-14'); // full-width separators after the year
    expect(findDateInText('في الرابع عشر من كانون الأول/ديسمبر 2023')).toBeNull(); // no day in digits
    // Spaces around the separators, as some sites print a day.
    expect(findDateInText('ضرب الزلزال فجر الإثنين 06 / 02 / 2023 جنوبي تركيا')).toBe('2023-02-06');
    expect(findDateInText('نشر في 2023 / 02 / 14 مساء')).toBe('2023-02-14');
    expect(findDateInText('بين عامي 2011 - 2023 تغير الكثير')).toBeNull();
  });
  it('skips the first day of Unix time a site prints for a missing date (1 يناير 1970)', async () => {
    const { findDateInText } = await import('@/lib/arabic/dates');
    expect(findDateInText('تونس تعيد علاقاتها مع سورية\n1 يناير 1970\n10:11 م\nأعلنت وكالة تونس الرسمية')).toBeNull();
    expect(findDateInText('عنوان\n01/01/1970\nثم في 12 نيسان 2023 أعلنت')).toBe('2023-04-12');
    expect(findDateInText('عنوان\n2 يناير 1970')).toBe('1970-01-02');
  });
  it("skips a person's birth or death in a profile (تاريخ الميلاد: 17 ديسمبر 1948، ولد في، توفي في)", async () => {
    const { findDateInText } = await import('@/lib/arabic/dates');
    for (const life of ['تاريخ الميلاد: 17 ديسمبر (كانون الأول) 1948', 'وقد ولد في 17 ديسمبر 1948', 'وهو من مواليد 17/12/1948', 'توفي في 17 ديسمبر 1948'])
      expect(findDateInText(`من هو كليتشدار أوغلو؟\n${life} لعائلة من الطائفة العلوية`), life).toBeNull();
    expect(findDateInText('ولد في أنقرة.\nنشر في 10 أيار 2023')).toBe('2023-05-10');
    // Words that only start like them are no birth (الولدان، ولدي).
    expect(findDateInText('قال الولدان في 10 أيار 2023 إنهما بخير')).toBe('2023-05-10');
  });
  it("skips a life's span in brackets after a name ((26 أغسطس 1954 -), (1 مايو 1930 - 2 يونيو 2020))", async () => {
    const { findDateInText } = await import('@/lib/arabic/dates');
    expect(findDateInText('كامل الطيب إدريس (26 أغسطس 1954-) رئيس مجلس الوزراء وسياسي من مواليد أم درمان')).toBeNull();
    expect(findDateInText('كان الراحل (1 مايو 1930 – 2 يونيو 2020) شاعرا.\nوفي 12 نيسان 2023 أقيم حفل لتكريمه')).toBe('2023-04-12');
    // A date in brackets with no dash after it is a day like any other.
    expect(findDateInText('أعلنت الوزارة (10 أيار 2023) أن الاجتماع انتهى')).toBe('2023-05-10');
    expect(findDateInText('الجولة الأولى (24 نوفمبر 2024) - ثم الإعادة')).toBe('2024-11-24');
    expect(findDateInText('وصل الوفد (آخر تحديث - 10 مايو 2023) إلى العاصمة')).toBe('2023-05-10');
  });
  it('skips a date inside a quotation on its line: a day someone recalls, not the page\'s', async () => {
    const { findDateInText } = await import('@/lib/arabic/dates');
    const quote = 'وقال باكاييف: "لاحظنا الاتفاق في البيان الختامي للقمة الثلاثية في 19 تموز/يوليو 2022 على عقد قمة"';
    expect(findDateInText('انعقاد الجولة الـ21 لمحادثات أستانا\n' + quote)).toBeNull();
    // The next date out of the quotation is read.
    expect(findDateInText(quote + ' وذلك في 25 كانون الثاني 2024.')).toBe('2024-01-25');
    // Curly quotes, the same closing mark on both sides, and guillemets.
    expect(findDateInText('قال إن “الاجتماع سيعقد يومي 24 و25 كانون الثاني 2024”')).toBeNull();
    expect(findDateInText('وجاء في البيان ” وفقاً للاتفاق الذي تم في 5 آذار/مارس 2020 في موسكو')).toBeNull();
    expect(findDateInText('وأضاف «اتفقنا في 5 آذار 2020 على وقف النار» ثم غادر')).toBeNull();
    // A quotation closed before the date, or on a line above, leaves it the page's.
    expect(findDateInText('قال "نرحب بالخطوة" في بيان يوم 3 أيار 2023')).toBe('2023-05-03');
    expect(findDateInText('وقال «نرحب» ثم «نأمل» في 3 أيار 2023')).toBe('2023-05-03');
    expect(findDateInText('قال "نرحب بالخطوة\n3 أيار 2023\nخبر')).toBe('2023-05-03');
  });
  it("skips the site's clock printed above its masthead (رئيس التحرير)", async () => {
    const { findDateInText, weekdayDateInText } = await import('@/lib/arabic/dates');
    const clock = 'الإثنين 21 أبريل 2025 03:58 صـ 23 شوال 1446 هـ\nجريدة الطريق\nرئيس التحريرمحمد رجب\n';
    expect(findDateInText(clock + 'تركيا تؤكد مساعيها للتقارب مع سوريا')).toBeNull();
    expect(findDateInText(clock + 'وقال الوزير في 10 أيار 2023 إن الاجتماع عقد')).toBe('2023-05-10');
    expect(weekdayDateInText(clock + 'تركيا تؤكد مساعيها', 500)).toBeNull();
    expect(findDateInText('27 ديسمبر 2025 10:55 7 رجب 1447\nمصر 2030رئيس مجلسي الإدارة والتحرير أحمد عامر\nأردوغان: أرغب في لقاء الأسد')).toBeNull();
    // Nor is a date followed by the weather (sites print both at the top).
    expect(findDateInText('الأربعاء 03 ابريل 2024\n20°اسطنبول\n27°أنقرة\nقمة طهران\n19 يوليو 2022، 11:56 ص')).toBe('2022-07-19');
    expect(findDateInText('الجمعة 5 مايو 2023 - القاهرة ٣١ ℃\nخبر')).toBeNull();
    // Or just after it: the weather printed before the clock.
    expect(findDateInText('- ℃ 11 تركيا\n- 22 نوفمبر 2024\nبهجلي يدعو إلى لقاء الأسد\n- 22 نوفمبر 2022, 11:00:23 ص')).toBe('2022-11-22');
    // With a line of a dash alone between the two, as the same site prints it on other pages.
    expect(findDateInText('-\n℃ 11 تركيا\n-\n12 فبراير 2025\nقمة بين بوتين وأردوغان\n-\n29 سبتمبر 2021, 8:24:50 ص')).toBe('2021-09-29');
    // A line of words between them still parts them.
    expect(findDateInText('℃ 11 تركيا\nأخبار عاجلة\n-\n12 فبراير 2025\nقمة')).toBe('2025-02-12');
    expect(findDateInText('أنقرة 19° - 14 مارس 2023\nخبر')).toBeNull();
    expect(findDateInText('بلغت الحرارة 45° في الصيف الماضي، وفي تقرير نشر في 14 مارس 2023 قالت الهيئة')).toBe('2023-03-14');
    // Or by the day's prayer times.
    expect(findDateInText('أردوغان: أرغب في لقاء الأسد\nمواقيت الصلاة\nالسبت 08:55 صـ\n7 رجب 1447 هـ 27 ديسمبر 2025 م\nمصر\nالفجر 05:17\nالشروق 06:49\nالظهر 11:56')).toBeNull();
    expect(findDateInText('الأحد 8 أكتوبر 2023\nصلاة الفجر في المسجد الأموي بحضور المصلين')).toBe('2023-10-08');
    // A dateline without a masthead after it is the page's.
    expect(findDateInText('الخميس 25 أبريل 2024\nدمشق لأردوغان: نظامك لا يتعامل إلا بلغة الاحتلال')).toBe('2024-04-25');
  });

  it('does not take the date of an article listed under the body (أحدث الأخبار, اقرأ أيضاً) for the page\'s', async () => {
    const { findDateInText } = await import('@/lib/arabic/dates');
    const body = 'كشف مصدر في حزب العدالة والتنمية التركي عن رفض دمشق طلب تركيا حول لقاء الرئيس رجب طيب أردوغان نظيره السوري بشار الأسد في وقت قريب\n';
    const listed = (heading: string) => `${body}\n${heading}\n\nتركيا تسقط طائرة مسيّرة فوق البحر الأسود\n\nأعلنت وزارة الدفاع التركية إسقاط طائرة…\n\n16/12/2025\n`;
    for (const heading of ['أحدث الأخبار', 'اقرأ أيضاً:', 'مقالات ذات صلة']) expect(findDateInText(listed(heading)), heading).toBeNull();
    // Its own date further down is still read; so is a date under a ticker at the top, with no body above it.
    expect(findDateInText(body + 'ونشر الخبر في 7 كانون الأول 2022.\n')).toBe('2022-12-07');
    expect(findDateInText('آخر الأخبار\nقصف على إدلب\nتركيا تؤكد مساعيها للتقارب مع سوريا\n16/12/2022\n' + body)).toBe('2022-12-16');
  });

  it("takes the date on the line under the headline over a date above it (the site's clock)", () => {
    const headline = 'أردوغان يقول إن صلاته في المسجد الأموي باتت قريبة';
    const body = '\nقال الرئيس التركي إن النظام السوري أصبح دولة إرهابية.';
    const published = (text: string) => analyzer.analyze({ text }).published;
    expect(published(`الأربعاء 24 أبريل 2024\nطباعة\n${headline}\n${headline}\n21-12-2014 06:50 PM${body}`)).toBe('2014-12-21');
    // Printed again with other spaces, still the headline.
    expect(published(`الأربعاء 24 أبريل 2024\n${headline}\n${headline.replace(' يقول', '  يقول')}\n21-12-2014${body}`)).toBe('2014-12-21');
    // A date under the headline's first print is the page's already.
    expect(published(`${headline}\n21-01-2018\n${headline}\nقال اليوم السبت (20 كانون الثاني 2018) إن العملية بدأت.`)).toBe('2018-01-21');
    // An issue's dateline above the headline is the site's: the one under the headline is the article's.
    const issue = 'العدد : ١٧٠٧٩ - الخميس ٢٦ ديسمبر ٢٠٢٤ م، الموافق ٢٥ جمادى الآخر ١٤٤٦هـ';
    expect(published(`${issue}\n${issue}\nعربية ودولية\n${headline}\n\nالجمعة ١٧ مارس ٢٠٢٣ - 02:00${body}`)).toBe('2023-03-17');
    // No date right under it: the first stands; nor is a sentence in the body a dateline.
    expect(published(`الأربعاء 24 أبريل 2024\n${headline}${body}\nوكان ذلك في 21-12-2014.`)).toBe('2024-04-24');
  });

  it('prefers the date labelled as the publication date to the day printed in the header', async () => {
    const { findDateInText } = await import('@/lib/arabic/dates');
    expect(findDateInText('تونس ٨ أب ٢٠٢٥\nقم بالدخول\nهل يعود أردوغان؟\nنشر بتاريخ:  السبت ١٣ تموز ٢٠٢٤ - ١٤:١٣')).toBe('2024-07-13');
    expect(findDateInText('الجزيرة:\n2024-07-08@11:45:52 GMT\nمستقبل السوريين\nتاريخ النشر: 16th, July 2023 GMT')).toBe('2023-07-16');
    // An update is not the publication; without a label the first date stands.
    expect(findDateInText('آخر تحديث: 2024/03/05 ثم 2024/01/02')).toBe('2024-03-05');
    // A labelled date far down the page belongs to another article.
    const body = 'كلام '.repeat(300);
    expect(findDateInText(`الثلاثاء 2023/03/14 ${body} نشر في 12 مايو 2019`)).toBe('2023-03-14');
  });
  it('takes no date from a ticker of headlines above the headline', () => {
    const ticker = 'مصر تبهر العالم في افتتاح المتحف الكبير ' + 'وزير الثقافة يشيد بالحفل وريال مدريد يفوز برباعية '.repeat(4) + 'حالة الطقس اليوم الأحد 2025/11/2 سهرة ملكية بامتياز';
    const page = (head: string) => `${head}\nمكتب أردوغان: لا تقدم في تنظيم لقاء بين رئيسي تركيا وسوريا\nقال مصدر في مكتب الرئيس التركي اليوم إن موعد اللقاء مع الأسد لم يحدد.`;
    expect(analyzer.analyze({ text: page(ticker) }).published).toBeNull();
    // A dateline above the headline, or a short line of news, still dates the page.
    expect(analyzer.analyze({ text: page('الأحد 2 نوفمبر 2025') }).published).toBe('2025-11-02');
    expect(analyzer.analyze({ text: page('عاجل: أمطار غزيرة اليوم الأحد 2025/11/2') }).published).toBe('2025-11-02');
  });

  it('takes a day after "since" (منذ) for one the text is written after, not its own date', async () => {
    const { findDateInText, latestSinceDate } = await import('@/lib/arabic/dates');
    expect(findDateInText('قال الوزير إن العلاقات تحسنت منذ 8 ديسمبر/كانون الأول 2024، وزار دمشق في 12 آذار 2025')).toBe('2025-03-12');
    expect(findDateInText('قتل الآلاف منذ 15 آذار 2011')).toBeNull();
    expect(findDateInText('يشغل منصبه منذ الـ 28 من أيلول 2017، وقال')).toBeNull();
    expect(findDateInText('قتل 400 مدني منذ اندلاع الاحتجاجات بسوريا في 15 آذار 2011')).toBeNull();
    // Not past the end of its clause: the day of the news itself.
    expect(findDateInText('يقيم في تركيا منذ سنوات، وقال في 15 آذار 2023 إنه')).toBe('2023-03-15');
    expect(latestSinceDate('تحسنت منذ 8 كانون الأول 2024 ومنذ 3 شباط 2023')).toBe('2024-12-08');
    expect(latestSinceDate('اجتمعا في 8 ديسمبر 2024')).toBeNull();
    // A bare year, or its start, is that year's first day.
    expect(latestSinceDate('عاد 450 ألف لاجئ منذ بداية عام 2025')).toBe('2025-01-01');
    expect(latestSinceDate('عادوا منذ مطلع ٢٠٢٥، وقبل ذلك منذ عام 2011')).toBe('2025-01-01');
    expect(latestSinceDate('يقيم في تركيا منذ سنوات، وفي عام 2025 يعود')).toBeNull();
    expect(latestSinceDate('منذ 20251 زائر')).toBeNull();
    const trade = (since: string) =>
      `أعلن وزير التجارة التركي أن البلدين وقعا اتفاقية لتطبيع التجارة بين تركيا وسوريا، وأن سوريا حققت تقدما ${since}، وبحث الوزير مع نظيره السوري في دمشق فتح المعابر.`;
    // Written after the story's last day: after the story.
    expect(analyzer.analyze({ text: trade('منذ 8 ديسمبر/كانون الأول 2024') }).topic.onTopic).toBe(false);
    // After a day within the story: still within it, as far as the text says.
    expect(analyzer.analyze({ text: trade('منذ 28 كانون الأول 2022') }).topic.onTopic).toBe(true);
    expect(analyzer.analyze({ text: trade('منذ بداية عام 2025') }).topic.onTopic).toBe(false);
    expect(analyzer.analyze({ text: trade('منذ عام 2011') }).topic.onTopic).toBe(true);
    expect(analyzer.analyze({ text: trade('منذ 8 ديسمبر/كانون الأول 2024'), publishedTime: '2024-12-08' }).topic.onTopic).toBe(true);
  });

  it('reads English month names, as bilingual pages print them', () => {
    expect(findDate(normalizeArabic('Published on July 16, 2023'))).toBe('2023-07-16');
    expect(findDate(normalizeArabic('1st, Feb 2024'))).toBe('2024-02-01');
    // A month name is a word of its own.
    expect(findDate(normalizeArabic('5 ابواب 2023'))).toBeNull();
  });
});

describe('a page with no date that names only years long past', () => {
  // The two countries' relations told as history, with no year of the story.
  const HISTORY =
    'العلاقات السورية التركية لم تكن طبيعية منذ استقلال سوريا عام 1946، بسبب ضم تركيا لواء إسكندرون عام 1938. ' +
    'ثم تحولت العلاقات بين أنقرة ودمشق إلى تقارب بعد توقيع اتفاق أضنة، ودعا الرئيس التركي نظيره السوري إلى مصالحة تاريخية بين البلدين.';

  it('reads two or more different years, all before the given one, in any digit script', async () => {
    const { namesOnlyYearsBefore } = await import('@/lib/arabic/dates');
    expect(namesOnlyYearsBefore('عام 1946 ثم عام 1938', 2011)).toBe(true);
    expect(namesOnlyYearsBefore('عام ١٩٤٦ ثم عام ۱۹۳۸', 2011)).toBe(true);
    expect(namesOnlyYearsBefore('عام 1998 ثم عام 1998', 2011)).toBe(false); // one year
    expect(namesOnlyYearsBefore('عام 1998 ثم قطيعة منذ 2011', 2011)).toBe(false);
    expect(namesOnlyYearsBefore('الرقم 119460 والقرار 2254 وعام 1938', 2011)).toBe(false); // not years of their own
    expect(namesOnlyYearsBefore('لا سنوات هنا', 2011)).toBe(false);
  });

  it('counts the different years of a sentence, and finds an old year anywhere', async () => {
    const { distinctYearsBefore, namesYearBefore } = await import('@/lib/arabic/dates');
    expect(distinctYearsBefore('التقيا في حلب عام 2007', 2011)).toBe(1);
    expect(distinctYearsBefore('عام 2007 ثم 2009 ثم 2007', 2011)).toBe(2);
    expect(distinctYearsBefore('عام 2007 ثم 2022', 2011)).toBe(0);
    expect(namesYearBefore('عام 2022 ثم عام 2007', 2011)).toBe(true);
    expect(namesYearBefore('عام 2022 والقرار 2254', 2011)).toBe(false);
  });

  it('finds the years a plain pattern finds, on random runs of digits of the three sets', async () => {
    const { distinctYearsBefore, namesYearBefore } = await import('@/lib/arabic/dates');
    // The plain reading: 19xx or 20xx (first two digits of one set), no digit either side.
    const YEAR = /(?:19|20|\u0661\u0669|\u0662\u0660|\u06f1\u06f9|\u06f2\u06f0)[0-9\u0660-\u0669\u06f0-\u06f9]{2}/g;
    const digit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
    const digitValue = (c: number) => c - (c <= 0x39 ? 0x30 : c <= 0x0669 ? 0x0660 : 0x06f0);
    const value = (y: string) => [...y].reduce((n, ch) => n * 10 + digitValue(ch.charCodeAt(0)), 0);
    const plainly = (text: string) =>
      [...text.matchAll(YEAR)].filter((m) => !digit(text.charCodeAt(m.index - 1)) && !digit(text.charCodeAt(m.index + 4))).map((m) => value(m[0]));
    const pieces = ['19', '20', '2', '0', '1', '9', '٢٠', '١٩', '۲۰', '۱۹', '٠', '۹', '7', ' ', 'عام ', '/', '-'];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 1000) / 1000;
    let years = 0;
    for (let t = 0; t < 3000; t++) {
      let text = '';
      for (let i = 0, n = 1 + Math.floor(random() * 12); i < n; i++) text += pieces[Math.floor(random() * pieces.length)];
      const found = plainly(text);
      years += found.length;
      const before = 2011;
      const old = found.filter((y) => y < before);
      expect(namesYearBefore(text, before), text).toBe(old.length > 0);
      const firstLater = found.findIndex((y) => y >= before);
      const counted = new Set(firstLater < 0 ? found : []).size;
      expect(distinctYearsBefore(text, before), text).toBe(Math.min(counted, 2));
    }
    // The random texts held years of every kind, not only none.
    expect(years).toBeGreaterThan(200);
  });

  it('places it before the story, unless a date places it', () => {
    expect(DEFAULT_PACK.rule.span?.yearsBefore).toBe(2011);
    expect(analyzer.analyze({ text: HISTORY }).topic.onTopic).toBe(false);
    // Without the years, or with the story's break among them, the same page is on the topic.
    expect(analyzer.analyze({ text: HISTORY.replace(/ عام 19\d\d/g, '') }).topic.onTopic).toBe(true);
    expect(analyzer.analyze({ text: HISTORY + ' وانقطعت العلاقات عام 2011.' }).topic.onTopic).toBe(true);
    expect(analyzer.analyze({ text: HISTORY, publishedTime: '2023-05-10' }).topic.onTopic).toBe(true);
  });

  it('still places it before the story when a day its history tells is the only date in the text', () => {
    // Far down the text, a day of the history is taken as the page's date, but it places nothing.
    const told = HISTORY + '\n'.repeat(3) + 'x '.repeat(200) + '\nوفي 25 آب 1982 عقد الحزب مؤتمره في سوريا.';
    expect(analyzer.analyze({ text: told }).published).toBe('1982-08-25');
    expect(analyzer.analyze({ text: told }).topic.onTopic).toBe(false);
    // A day of the story, wherever it is, brings a year the history does not reach.
    const later = told.replace('25 آب 1982', '25 آب 2023');
    expect(analyzer.analyze({ text: later }).topic.onTopic).toBe(true);
  });
});
