import { describe, expect, it } from 'vitest';
import { commentsStart, footListsStart, inRanges, isListHeading, linkLines } from '@/lib/arabic/article-lists';
import { createAnalyzer } from '@/lib/analyze';
import { DEFAULT_PACK } from '@/lib/topic/default-pack';

const BODY =
  'ذكرت وكالة تاس للأنباء نقلا عن المبعوث الروسي الخاص أن بلاده حاولت إقناع تركيا بإلغاء خطط عملية عسكرية في سوريا خلال محادثات في كازاخستان يوم الأربعاء الماضي.';
const HEADLINE = 'طهران تبدي استعدادها لطرح حل سياسي ينزع التوتر بين أنقرة ودمشق';

describe('the lists of other articles under an article', () => {
  it('knows their headings, with a colon or alone, and nothing longer', () => {
    for (const h of ['أخبار ذات صلة', 'اقرأ أيضاً:', 'كلمات مفتاحية', 'الوسوم']) expect(isListHeading(h), h).toBe(true);
    expect(isListHeading('أخبار ذات صلة بالعلاقات التركية السورية في الأشهر الماضية')).toBe(false);
  });

  it("does not date a study by the works it cites (المراجع والهوامش)", () => {
    for (const h of ['المراجع', 'المراجع والهوامش:', 'المصادر والمراجع']) expect(isListHeading(h), h).toBe(true);
    // A line of the body that names its sources is no heading.
    expect(isListHeading('المصدر: الأناضول')).toBe(false);
    const page = `${BODY}\nالمراجع والهوامش:\n(1). حميدي (إبراهيم)، محضر اجتماع، مجلة المجلة، 20 آذار 2023\n`;
    expect(createAnalyzer(DEFAULT_PACK).analyze({ text: page }).published).toBeNull();
    // The foot's reader takes them for the lists under the article too, as the date reader does.
    expect(footListsStart(page)).toBe(page.indexOf('المراجع والهوامش'));
    for (const h of ['المراجع', 'الهوامش', 'المصادر والمراجع', 'قائمة المراجع']) {
      const study = `${BODY}\n${h}\n(1). حميدي (إبراهيم)، محضر اجتماع، مجلة المجلة، 20 آذار 2023\n`;
      expect(footListsStart(study), h).toBe(study.indexOf(h));
    }
  });

  it('does not date the page by the day of an article in its most-read list', () => {
    // The sidebar's headlines carry their own days, months after the page.
    const page = `${BODY}\n\nالأكثر شعبية\n\nخارطة طريق غاز ونفط سوريا… من الدمار إلى الإعمار؟\n11 سبتمبر، 2025\n\n${HEADLINE}\n10 سبتمبر، 2025\n`;
    expect(isListHeading('الأكثر شعبية')).toBe(true);
    expect(footListsStart(page)).toBe(page.indexOf('الأكثر شعبية'));
    expect(createAnalyzer(DEFAULT_PACK).analyze({ text: page }).published).toBeNull();
  });

  it('starts at a heading with the body above it and only headlines after it', () => {
    const text = `${BODY}\n\nكلمات مفتاحية\n\nعملية عسكرية العلاقات الروسية التركية\n\n${HEADLINE}\n`;
    expect(footListsStart(text)).toBe(text.indexOf('كلمات مفتاحية'));
    // A heading between two paragraphs is inside the body; none at all: the end.
    const inside = `${BODY}\nاقرأ أيضاً:\n${HEADLINE}\n${BODY} ${BODY}\n`;
    expect(footListsStart(inside)).toBe(inside.length);
    // Over a ticker at the top, with no body above, it is no list under the article.
    const ticker = `أحدث الأخبار\n${HEADLINE}\n${BODY}\n`;
    expect(footListsStart(ticker)).toBe(ticker.length);
  });

  it('does not let a word for the relation in a headline of the list say it either', () => {
    const analyzer = createAnalyzer(DEFAULT_PACK);
    const body =
      'قال الرئيس التركي رجب طيب أردوغان إن التطورات في محافظة إدلب شمال غربي سوريا صارت خارج نطاق السيطرة، وإن بلاده سترد على الهجوم وقد أبلغ روسيا بذلك بعد مقتل جنود أتراك.';
    const onTopic = (text: string) => analyzer.analyze({ text, publishedTime: '2023-02-10' }).topic.onTopic;
    expect(onTopic(`${body}\nموضوعات ذات صلة\n- المصالحة بين الجانبين: عودة لاجئين سوريين إلى وطنهم\n`)).toBe(false);
    expect(onTopic(`${body} وتحدث عن المصالحة بين الجانبين وعودة لاجئين سوريين إلى وطنهم.\n`)).toBe(true);
  });

  it('tells a place in those lists from one in the body', () => {
    const text = `${BODY} ${BODY}\n${BODY}\n\nأخبار ذات صلة\n${HEADLINE}\n`;
    const foot = footListsStart(text);
    expect(text.indexOf(HEADLINE) >= foot).toBe(true);
    expect(text.indexOf(BODY) >= foot).toBe(false);
    expect(text.lastIndexOf(BODY) >= foot).toBe(false);
  });

  it('does not let the parties named together in a headline of the list say the relation', () => {
    const analyzer = createAnalyzer(DEFAULT_PACK);
    const onTopic = (text: string) => analyzer.analyze({ text, publishedTime: '2022-06-16' }).topic.onTopic;
    expect(onTopic(`${BODY}\n\nكلمات مفتاحية\n\n${HEADLINE}\n`)).toBe(false);
    // In the body, the same words are the page's own.
    expect(onTopic(`${BODY} ${HEADLINE}.\n`)).toBe(true);
    expect(onTopic(`${BODY}\nاقرأ أيضاً:\n${HEADLINE}\n${BODY} ${BODY}\n`)).toBe(true);
  });

  it('finds a line inside the body that links another article (اقرأ أيضاً: …) and weighs nothing it names', () => {
    const story = 'أعلنت السلطات التركية مقتل شاب سوري برصاص حرس الحدود أثناء محاولته العبور إلى الأراضي التركية من ريف إدلب.';
    const more = 'وارتفع عدد الضحايا منذ مطلع العام إلى عشرة بينهم أطفال، بحسب ما وثقته منظمات حقوقية في المنطقة الحدودية.';
    const link = 'اقرأ أيضاً: أردوغان: مستعدون للقاء الأسد وإعادة العلاقات مع دمشق';
    const page = `${story}\n${link}\n${more}`;
    const ranges = linkLines(page);
    expect(ranges).toEqual([page.indexOf(link), page.indexOf(link) + link.length]);
    expect(inRanges(ranges, page.indexOf('أردوغان'))).toBe(true);
    expect(inRanges(ranges, page.indexOf('وارتفع'))).toBe(false);
    for (const label of ['إقرأ أيضا:', 'شاهد أيضاً -', 'أخبار ذات صلة |', '• اقرأ ايضا:']) expect(linkLines(`${story}\n${label} عنوان آخر`), label).toHaveLength(2);
    // A sentence that opens with the words, with no colon, dash or bar, is the body's.
    expect(linkLines(`${story}\nاقرأ أيضا ما كتبه المحللون عن الحدود`)).toEqual([]);
    // The label alone on its line links the short line after it, not a paragraph.
    const alone = `${story}\nاقرأ أيضاً\n\n${link.replace('اقرأ أيضاً: ', '')}\n${more}`;
    expect(linkLines(alone)).toEqual([alone.indexOf('اقرأ أيضاً'), alone.indexOf('\n' + more)]);
    expect(linkLines(`${story}\nاقرأ أيضاً:\n${more} ${more}`)).toEqual([story.length + 1, story.length + 1 + 'اقرأ أيضاً:'.length]);
    // The page's tags after their label.
    const tags = 'الوسوم: تركيا سوريا التطبيع أردوغان الأسد';
    expect(linkLines(`${story}\n${more}\n${tags}`)).toHaveLength(2);
    // The headline no longer makes the page the story's; alone, the same words do.
    const analyzer = createAnalyzer(DEFAULT_PACK);
    expect(analyzer.analyze({ text: page }).topic.onTopic).toBe(false);
    expect(analyzer.analyze({ text: page }).entities.map((e) => e.id)).toContain('erdogan');
    expect(analyzer.analyze({ text: `${story}\n${link.replace('اقرأ أيضاً: ', '')}\n${more}` }).topic.onTopic).toBe(true);
    expect(analyzer.analyze({ text: alone }).topic.onTopic).toBe(false);
    expect(analyzer.analyze({ text: `${story}\n${more}\n${tags}` }).topic.onTopic).toBe(false);
  });

  it('takes two or more headlines in a row after the last paragraph, with no heading, for a list of other articles', () => {
    const body = `${BODY} ${BODY}`;
    const h1 = 'أردوغان مستعدون للقاء الأسد وإعادة العلاقات مع دمشق';
    const h2 = 'موسكو تستضيف اجتماعا لوزراء دفاع تركيا وسوريا وروسيا';
    const text = `${body}\n${h1}\n${h2}\n`;
    expect(footListsStart(text)).toBe(text.indexOf(h1));
    // One short line, lines that end a sentence, or a source line, are the body's end, not a list.
    for (const tail of [`${h1}`, `${h1}.\n${h2}.`, 'المصدر: وكالات\nتابعونا على تلغرام'])
      expect(footListsStart(`${body}\n${tail}\n`), tail).toBe(`${body}\n${tail}\n`.length);
    // A page on border shootings with two headlines of the story under it stays off the topic.
    const shootings =
      'قتل شاب سوري برصاص عناصر حرس الحدود التركي أثناء محاولته العبور إلى الأراضي التركية من ريف إدلب الغربي، بحسب ما أفادت مصادر محلية، وارتفع عدد الضحايا على الحدود منذ مطلع العام إلى عشرة بينهم أطفال وسط مطالبات بالتحقيق.';
    const analyzer = createAnalyzer(DEFAULT_PACK);
    expect(analyzer.analyze({ text: `${shootings}\n${h1}\n${h2}` }).topic.onTopic).toBe(false);
  });

  it('weighs nothing the lists under the body name, words of meetings and talks included', () => {
    // Condolences to both presidents after the earthquake: both named, nothing between them happens.
    const body =
      'بعث السلطان برقيتي تعزية ومواساة إلى الرئيس السوري بشار الأسد والرئيس التركي رجب طيب أردوغان جراء الزلزال المدمر الذي ضرب جنوب تركيا وشمال سوريا، معربا عن خالص تعازيه لأسر الضحايا وتمنياته بالشفاء العاجل للمصابين في البلدين.';
    const list = 'أردوغان مستعدون للقاء الأسد وإعادة العلاقات مع دمشق\nموسكو تستضيف اجتماعا لوزراء دفاع تركيا وسوريا وروسيا لبحث تطبيع العلاقات';
    const analyzer = createAnalyzer(DEFAULT_PACK);
    const onTopic = (text: string) => analyzer.analyze({ text, publishedTime: '2023-02-07' }).topic.onTopic;
    expect(onTopic(body)).toBe(false);
    expect(onTopic(`${body}\nأخبار ذات صلة\n${list}`)).toBe(false);
    expect(onTopic(`${body}\n${list}`)).toBe(false);
    // A line of hashtags is the site's index too.
    expect(linkLines(`${body}\n#تركيا #سوريا #التطبيع`)).toEqual([body.length + 1, body.length + 1 + '#تركيا #سوريا #التطبيع'.length]);
    expect(onTopic(`${body}\n#تركيا #سوريا #التطبيع #لقاء_أردوغان_الأسد`)).toBe(false);
  });

  it('weighs nothing a list inside the body, a video\'s label or the readers\' comments name', () => {
    const story =
      'قتل شاب سوري برصاص عناصر حرس الحدود التركي أثناء محاولته العبور إلى الأراضي التركية من ريف إدلب الغربي، بحسب ما أفادت مصادر محلية، وارتفع عدد الضحايا على الحدود منذ مطلع العام إلى عشرة بينهم أطفال وسط مطالبات بالتحقيق.';
    const more = 'وطالبت منظمات حقوقية السلطات بفتح تحقيق مستقل في الحادثة ومحاسبة المسؤولين عن إطلاق النار على المدنيين الفارين من الحرب.';
    const h1 = 'أردوغان: مستعدون للقاء الأسد وإعادة العلاقات مع دمشق';
    const h2 = 'موسكو تستضيف اجتماعا لوزراء دفاع تركيا وسوريا وروسيا لبحث تطبيع العلاقات';
    const comment =
      'أعتقد أن أردوغان سيلتقي الأسد قريبا برعاية روسية وسيتم تطبيع العلاقات بين البلدين رغم كل شيء، فالمصالح تتغير والسياسة لا تعرف عداوة دائمة ولا صداقة دائمة كما يقولون دائما في هذه المنطقة';
    const analyzer = createAnalyzer(DEFAULT_PACK);
    const onTopic = (text: string) => analyzer.analyze({ text }).topic.onTopic;
    // The most-read list printed between two paragraphs: its heading and its headlines, not the paragraph after.
    const mid = `${story}\nالأكثر قراءة\n${h1}\n${h2}\n${more}`;
    expect(linkLines(mid)).toEqual([story.length + 1, mid.indexOf('\n' + more)]);
    expect(onTopic(mid)).toBe(false);
    // A video's label with a colon.
    expect(onTopic(`${story}\nشاهد: ${h1}\n${more}`)).toBe(false);
    expect(onTopic(`${story}\nفيديو | ${h2}\n${more}`)).toBe(false);
    // Readers' comments, long as they may be, under a heading after the body.
    const commented = `${story}\n${more}\nتعليقات القراء (2)\n${comment}`;
    expect(commentsStart(commented)).toBe(commented.indexOf('تعليقات القراء'));
    expect(onTopic(commented)).toBe(false);
    // A menu item of the same name above the body is no comments heading.
    expect(commentsStart(`التعليقات\n${story}\n${more}`)).toBe(`التعليقات\n${story}\n${more}`.length);
  });
});
