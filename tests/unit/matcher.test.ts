import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '@/lib/analyze';
import { DEFAULT_PACK } from '@/lib/topic/default-pack';
import { devCases, hasShared } from '../shared-corpus';

const analyzer = createAnalyzer(DEFAULT_PACK);
const ids = (text: string) => analyzer.analyze({ text }).entities.map((e) => e.id).sort();
/** Mentions of `id` in a page that names it in full, then by the short name alone three sentences on. */
const FILLER = 'كلام عام عن الطقس والاقتصاد. '.repeat(3);
const namedThenAlone = (full: string, alone: string, id: string) =>
  analyzer.analyze({ text: full + ' ' + FILLER + alone }).entities.find((e) => e.id === id)?.count ?? 0;

describe('entity matching', () => {
  it('accepts proclitics only when the rest is a known alias', () => {
    expect(ids('وأردوغان بموسكو للأسد والروسي فالكرملين')).toEqual(['assad', 'erdogan', 'kremlin', 'moscow', 'russia']);
    // و is the first letter of وزير and وكالة: nothing is invented.
    expect(ids('وزير وكالة وبالتالي فقط')).toEqual([]);
  });

  it('reads لل as ل + ال before a name, and only a conjunction before لل', () => {
    const text = 'وصل الرئيس بشار الأسد وقيل للأسد ثم وللأسد ثم بللأسد';
    const a = analyzer.analyze({ text });
    const assad = a.entities.find((e) => e.id === 'assad')!;
    expect(assad.count).toBe(3);
    // The span leaves out the clitic and the ل that stands for ال.
    expect(assad.spans.map(([s, e]) => text.slice(s, e))).toEqual(['بشار الأسد', 'أسد', 'أسد']);
    expect(assad.spans[2][0]).toBe(text.indexOf('وللأسد') + 3);
  });

  it('reads a name with digits glued before it (a time, a round number), not with letters', () => {
    const tail = ' في مؤتمر صحفي عقده اليوم في العاصمة';
    const text = '00:38أردوغان: سنواصل المحادثات' + tail;
    const erdogan = analyzer.analyze({ text }).entities.find((e) => e.id === 'erdogan')!;
    expect(erdogan.spans.map(([s, e]) => text.slice(s, e))).toEqual(['أردوغان']);
    expect(ids('وصل ١٧موسكو' + tail)).toEqual(['moscow']);
    expect(ids('وصل CNNأردوغان' + tail)).toEqual([]);
    expect(ids('وصل x7موسكو' + tail)).toEqual([]);
  });

  describe('names the page glued together', () => {
    const spans = (text: string) =>
      analyzer.analyze({ text }).entities.flatMap((e) => e.spans.map(([s, t]) => `${e.id}:${text.slice(s, t)}`)).sort();

    it('reads names joined by و or nothing without a space, each with its own span', () => {
      expect(spans('أجرى وزراء دفاع روسياوسورياوتركيا مباحثات في العاصمة')).toEqual(['russia:روسيا', 'syria:سوريا', 'turkey:تركيا']);
      // A name of two words with its space dropped is one mention.
      expect(spans('وكان الرئيس بشارالأسد أعلن موقفه')).toEqual(['assad:بشارالأسد']);
      // A proclitic before the first name stays out of its span.
      expect(spans('اتفاق بين وروسياوتركيا')).toEqual(['russia:روسيا', 'turkey:تركيا']);
    });

    it('reads nothing when the word is not names from end to end', () => {
      expect(spans('ووووووموسكو')).toEqual([]);
      expect(spans('استحلب الراعي الناقة')).toEqual([]);
      expect(spans('صحيفةتركيا قالت')).toEqual([]);
    });

    it('takes an alias with context rules only when its entity is named elsewhere', () => {
      // الأسد alone may be the lion: glued to تركيا, the word reads nothing.
      expect(spans('قصة الأسدوتركيا في الغابة')).toEqual([]);
      expect(spans('التقى بشار الأسد وزيرا، ثم تحدث عن الأسدوتركيا')).toEqual(['assad:الأسد', 'assad:بشار الأسد', 'turkey:تركيا']);
    });
  });

  describe('a surname written alone (أوغلو)', () => {
    const spansOf = (text: string, id: string) =>
      (analyzer.analyze({ text }).entities.find((e) => e.id === id)?.spans ?? []).map(([s, e]) => text.slice(s, e));

    it('is the person of the pack named last before it, after a word of saying or in quotes', () => {
      const text = 'كشف وزير الخارجية التركي مولود جاويش أوغلو عن محادثة قصيرة، وقال أوغلو للصحفيين إنه التقى نظيره.';
      expect(spansOf(text, 'cavusoglu')).toEqual(['مولود جاويش أوغلو', 'أوغلو']);
      const quoted = 'التقى كمال كليتشدار أوغلو لاجئين سوريين، وقالت الصحيفة إن "أوغلو" وعدهم بحياة جديدة، وأعلن “أوغلو” خطته.';
      expect(spansOf(quoted, 'kilicdaroglu')).toEqual(['كمال كليتشدار أوغلو', 'أوغلو', 'أوغلو']);
      // Other words of saying and asking: expressed, stated, mentioned, went on, demanded.
      for (const verb of ['وأعرب', 'وصرح', 'وذكر', 'وأفاد', 'وأردف', 'وطالب'])
        expect(spansOf(`أعلن وزير الخارجية التركي مولود جاويش أوغلو أن بلاده ستعمل مع الجميع. ${verb} أوغلو عن أمله في السلام.`, 'cavusoglu'), verb).toEqual(['مولود جاويش أوغلو', 'أوغلو']);
      // After a preposition (نقل عن أوغلو, التقى مع أوغلو) it ends no name: it is the minister, and so is "he said" after it.
      const quoting = 'جدد وزير الخارجية التركي مولود جاويش أوغلو الحديث عن موقف بلاده. ونقل الموقع عن أوغلو قوله إن المعارضة تثق بتركيا. وأشار أوغلو إلى أن المصالحة ضرورية.';
      expect(spansOf(quoting, 'cavusoglu')).toEqual(['مولود جاويش أوغلو', 'أوغلو', 'أوغلو']);
    });

    it('is not needed for Kılıçdaroğlu, whom headlines name without it (كليتشدار يشكو); written whole, the name is one mention', () => {
      expect(spansOf('كليتشدار يشكو من استقرار السوريين ويدعو للتعاون مع الأسد', 'kilicdaroglu')).toEqual(['كليتشدار']);
      expect(spansOf('الاسم: كمال كليتشدار أوغلو، أو كمال كليجدار أوغلو', 'kilicdaroglu')).toEqual(['كمال كليتشدار أوغلو', 'كليجدار أوغلو']);
    });

    it('is nobody once two people have carried the surname on the page', () => {
      // Either may be speaking.
      const both = 'رد مولود تشاووش أوغلو على كليتشدار أوغلو، وأضاف أوغلو أن المعارضة تخطئ.';
      expect(spansOf(both, 'kilicdaroglu')).toEqual(['كليتشدار أوغلو']);
      expect(spansOf(both, 'cavusoglu')).toEqual(['مولود تشاووش أوغلو']);
      // Davutoğlu, whom the pack does not know, speaking of Çavuşoğlu: "he said" is Davutoğlu's.
      const davutoglu = 'انتقد أحمد داوود أوغلو سياسة الحكومة قائلا: "لقد تحولوا جميعا ليس جاويش أوغلو فقط بل أردوغان". وقال أوغلو إن تركيا ستفقد مصداقيتها.';
      expect(spansOf(davutoglu, 'cavusoglu')).toEqual(['جاويش أوغلو']);
    });

    it('is nobody after a name the pack does not know, or as the end of one', () => {
      // Davutoğlu is not in the pack: "he said" is his.
      const text = 'التقى مولود تشاووش أوغلو بسلفه أحمد داوود أوغلو، وقال أوغلو إن الاتفاق مهم.';
      expect(spansOf(text, 'cavusoglu')).toEqual(['مولود تشاووش أوغلو']);
      // İmamoğlu, Rıdvanoğlu: the surname ends another name, in quotes or not.
      expect(spansOf('قال مولود تشاووش أوغلو إن أكرم إمام أوغلو أخطأ، ورأى “فراس رضوان أوغلو” غير ذلك.', 'cavusoglu')).toEqual(['مولود تشاووش أوغلو']);
      // With nobody named before it, it is nobody.
      expect(ids('وقال أوغلو للصحفيين إن المحادثات مستمرة')).toEqual([]);
    });

    it('is the person named before it at the head of a line or a clause, and ends no name there', () => {
      const bullets = 'أعلن زعيم المعارضة أوزغور أوزال أن حزبه طلب زيارة دمشق.\n  • أوزال أوضح أن الرد كان إيجابيا.\n  • أكد أوزال على أهمية الحوار.';
      expect(spansOf(bullets, 'ozel')).toEqual(['أوزغور أوزال', 'أوزال', 'أوزال']);
      const sentence = 'قال مولود تشاووش أوغلو إن المحادثات جيدة. أوغلو أضاف أن الاجتماع المقبل في موسكو.';
      expect(spansOf(sentence, 'cavusoglu')).toEqual(['مولود تشاووش أوغلو', 'أوغلو']);
      // After a comma it is not the end of an unknown name: "he said" further on is still the minister's.
      const comma = 'التقى مولود تشاووش أوغلو الصحفيين، أوغلو الوزير بدا مرتاحا، وقال أوغلو إن الاجتماع مهم.';
      expect(spansOf(comma, 'cavusoglu')).toEqual(['مولود تشاووش أوغلو', 'أوغلو']);
      // Turgut Özal, whom the pack does not know, is still nobody's.
      expect(spansOf('تحدث أوزغور أوزال عن إرث تورغوت أوزال، وقال أوزال إن الاقتصاد تغير.', 'ozel')).toEqual(['أوزغور أوزال']);
      // The Egyptian spelling of his first name, and the surname as the subject of كان.
      const was = 'قال نائبه إن زعيم الحزب، أوزجور أوزال، سيزور دمشق. وكان أوزال قد ذكر أنه قد يتوسط.';
      expect(spansOf(was, 'ozel')).toEqual(['أوزجور أوزال', 'أوزال']);
      expect(spansOf('وكان تورغوت أوزال رئيسا لتركيا، وكان أوزال قد زار دمشق.', 'ozel')).toEqual([]);
    });

    it('reads the Syrian minister\'s surname alone, with or without the article, after his title too', () => {
      const page = 'قال نائب وزير الخارجية بسام الصباغ إن التطبيع مستحيل. وذكر الصباغ أن الوجود التركي احتلال. ثم قال السفير صباغ إن الجهود مستمرة، وأضاف "صباغ" أن الباب مفتوح.';
      expect(spansOf(page, 'sabbagh')).toEqual(['بسام الصباغ', 'الصباغ', 'صباغ', 'صباغ']);
      // A dyer, or another family of the name, before the minister is named: nobody.
      expect(spansOf('قال الصباغ إن أسعار الأصبغة ارتفعت، ودكان صباغ الأقمشة مغلق.', 'sabbagh')).toEqual([]);
      // Another of the name named before him: the surname alone may mean either.
      expect(spansOf('قال بسام الصباغ إن اللقاء لم يحدد. وعلق الكاتب ماهر الصباغ على ذلك، وقال الصباغ إن الأمر مؤجل.', 'sabbagh')).toEqual(['بسام الصباغ']);
    });

    it("reads the deputy minister Sousan's surname alone once he is named, after his title too", () => {
      const page = 'غادر الوفد السوري برئاسة أيمن سوسان معاون وزير الخارجية إلى موسكو. وأشار الدكتور سوسان إلى أن الوفد سيعقد مشاورات، وأضاف سوسان أن الاجتماع مهم، وأعلن "سوسان" موعد العودة.';
      expect(spansOf(page, 'sousan')).toEqual(['أيمن سوسان', 'سوسان', 'سوسان', 'سوسان']);
      // Some outlets write his surname with ز.
      expect(spansOf('التقى بوغدانوف نائب وزير الخارجية السوري أيمن سوزان في موسكو', 'sousan')).toEqual(['أيمن سوزان']);
      // Before anyone of the name is named, it names nobody.
      expect(spansOf('وقال سوسان إن الاجتماع مهم.', 'sousan')).toEqual([]);
    });

    it('is nobody far from the last name', () => {
      const far = 'قال مولود تشاووش أوغلو كلمة. ' + 'ثم جرى حديث طويل عن أمور أخرى. '.repeat(70) + 'وقال أوغلو إن الأمر انتهى.';
      expect(spansOf(far, 'cavusoglu')).toEqual(['مولود تشاووش أوغلو']);
    });
  });

  it("takes a state's formal name as one mention of it", () => {
    for (const [text, id] of [
      ['علاقات مهمة مع الجمهورية الإسلامية الإيرانية وجيرانها', 'iran'],
      ['وقعت جمهورية إيران الإسلامية الاتفاق', 'iran'],
      ['بين روسيا الاتحادية وجمهورية تركيا', 'turkey'],
    ]) {
      const e = analyzer.analyze({ text }).entities.find((x) => x.id === id)!;
      expect(e.count, text).toBe(1);
    }
  });

  it("does not take another Islamic Republic's formal name for Iran's", () => {
    expect(ids('تقع الجمهورية الإسلامية الموريتانية في غرب أفريقيا')).toEqual([]);
    expect(ids('الرمز الوطني للجمهورية الإسلامية الموريتانية علم أخضر')).toEqual([]);
    expect(ids('وفد من الجمهورية الإسلامية الباكستانية وآخر من الجمهورية الإسلامية الأفغانية')).toEqual([]);
    // Iran's own, written in full or short, is still Iran.
    expect(ids('قالت الجمهورية الإسلامية إن الاتفاق مع باكستان قائم')).toEqual(['iran']);
  });

  it('prefers the longest alias: علي محمود عباس is not محمود عباس', () => {
    const a = analyzer.analyze({ text: 'التقى وزير الدفاع علي محمود عباس نظيره' });
    expect(a.entities.map((e) => e.id)).toEqual(['ali-mahmoud-abbas']);
    expect(a.entities[0].count).toBe(1);
    expect(ids('دعا الرئيس الفلسطيني محمود عباس إلى وقف الحرب')).toEqual([]);
    // Without his first name, the Syrian minister only beside his office or his counterparts.
    expect(ids('اجتمع وزيرا دفاع البلدين، خلوصي أكار ومحمود عباس')).toEqual(['akar', 'ali-mahmoud-abbas']);
    expect(ids('استقبل محمود عباس في رام الله وفداً')).toEqual([]);
    expect(ids('التقى الرئيس محمود عباس وزير الدفاع')).toEqual([]);
    // As علي عباس, a head of something beside him is no Palestinian president.
    expect(ids('وضم الاجتماع وزير الدفاع علي عباس ورئيس المخابرات')).toEqual(['ali-mahmoud-abbas']);
    expect(ids('سجل اللاعب علي عباس هدفا في المباراة')).toEqual([]);
  });

  it('rejects trap words by context', () => {
    expect(ids('شاهد الأطفال الأسد والنمر في حديقة الحيوان')).toEqual([]);
    expect(ids('ثم حلب المزارع الأبقار في الحظيرة')).toEqual([]);
    expect(ids('أعلن الجيش السوداني السيطرة على الخرطوم')).toEqual([]);
    expect(ids('كعكة بيسكوف بالكريمة')).toEqual([]);
    // The lion's share (حصة الأسد, نصيب الأسد) is nobody's, however Syrian the money.
    expect(ids('وحازت مدينة اسطنبول على حصة الأسد من الأموال السورية')).not.toContain('assad');
    expect(ids('ونالت الشركات الروسية نصيب الأسد من عقود النظام')).not.toContain('assad');
    expect(ids('وحصل النظام على حصة من الأموال بموافقة الأسد')).toContain('assad');
    // Nor is Jordan's yearly exercise Eager Lion (الأسد المتأهب), whatever forces take part.
    expect(ids('انطلاق تدريبات "الأسد المتأهب" العسكرية بمشاركة قوات برية من 33 دولة')).not.toContain('assad');
    expect(ids('انطلقت مناورات الأسد المتاهب 2022 في الأردن بمشاركة قوات تركية')).not.toContain('assad');
    // Nor is Israel's operation against Iran, Rising Lion (الأسد الصاعد, June 2025), however near Tehran's words.
    expect(ids('لماذا سميت العملية الإسرائيلية ضد إيران بـ“الأسد الصاعد” وما رسائلها إلى طهران والنظام الإيراني')).not.toContain('assad');
    expect(ids('وأعلن الجيش الإسرائيلي بدء عملية الأسد الناهض ضد منشآت النظام الإيراني')).not.toContain('assad');
    expect(ids('التقى بوتين نظيره الكازاخي في أستانا لبحث مشروعات الطاقة')).toEqual(['putin']);
  });

  it('reads Çavuşoğlu in the spellings the press uses (تشاويش as well)', () => {
    for (const name of ['مولود تشاووش أوغلو', 'مولود جاويش أوغلو', 'مولود تشاويش أوغلو', 'تشاوش أوغلو'])
      expect(ids(`قال الوزير ${name} في أنقرة`), name).toEqual(['ankara', 'cavusoglu']);
  });

  it("reads Perinçek in the spellings the press gives him (برينجيك, برينجك, بيرينتشيك, برينتشاك)", () => {
    for (const name of ['دوغو برينجيك', 'دوغو برينجك', 'دوغو بيرينتشيك', 'دوغو برينتشاك', 'دوغو برينتشك'])
      expect(ids(`قال زعيم حزب الوطن ${name} إن وفدا سيزور المنطقة`), name).toContain('perincek');
  });

  it('reads Mekdad with or without the article after his first name', () => {
    expect(ids('التقى الوزير نظيره فيصل المقداد في موسكو')).toEqual(['mekdad', 'moscow']);
    expect(ids('التقى الوزير نظيره فيصل مقداد في موسكو')).toEqual(['mekdad', 'moscow']);
    // Miqdad alone is a first name.
    expect(ids('قال الطالب مقداد إنه سيسافر إلى موسكو')).toEqual(['moscow']);
    // Nor is the Lebanese clan (آل المقداد) or the Lebanese MP Ali al-Meqdad the Syrian minister.
    expect(ids('اشتبك أفراد من عشيرة آل المقداد مع الجيش اللبناني في البقاع')).toEqual([]);
    expect(ids('قال النائب علي المقداد إن الحكومة اللبنانية مقصرة')).toEqual([]);
    expect(ids('وقال المقداد إن دمشق ترحب بالخطوة')).toEqual(['damascus', 'mekdad']);
  });

  it('reads Assad as some opposition sites write him, without the article (نظام أسد, حكومة أسد, بشار أسد), but not a lion', () => {
    for (const form of ['نظام أسد', 'حكومة أسد', 'بشار أسد'])
      expect(ids(`وقال إن ${form} يرفض الحوار`), form).toContain('assad');
    expect(ids('شاهد الأطفال أسد الأطلس في حديقة الحيوان')).toEqual([]);
    expect(ids('رأى الصياد أسد يزأر في الغابة')).toEqual([]);
  });

  it('does not take the father (الأسد الأب, حافظ الأسد) for Bashar al-Assad', () => {
    const text = 'رقصوا خلال تجديد البيعة للأسد الأب، ثم في انتخابات فاز فيها بشار الأسد.';
    const assad = analyzer.analyze({ text }).entities.find((e) => e.id === 'assad')!;
    expect(assad.spans.map(([s, e]) => text.slice(s, e))).toEqual(['بشار الأسد']);
    expect(ids('ورث الحكم عن حافظ الأسد عام 2000')).toEqual([]);
    // The father's regime: the trap that runs past an alias's end takes its words.
    expect(ids('بلغ الغضب التركي تجاه نظام الأسد الأب مداه عام 1998')).toEqual(['turkey']);
    expect(ids('بلغ الغضب التركي تجاه نظام الأسد مداه عام 2019')).toEqual(['assad', 'turkey']);
  });

  it("does not take Erdoğan's wife or son (أمينة أردوغان, بلال أردوغان) for him", () => {
    const text = 'التقت أمينة أردوغان زوجة الرئيس، ووصل بلال رجب طيب أردوغان إلى دمشق، ثم تحدث الرئيس أردوغان.';
    const erdogan = analyzer.analyze({ text }).entities.find((e) => e.id === 'erdogan')!;
    expect(erdogan.spans.map(([s, e]) => text.slice(s, e))).toEqual(['أردوغان']);
    expect(ids('صلى بلال إردوغان في المسجد')).toEqual([]);
  });

  it('does not take other Bashars (the diplomat Bashar al-Jaafari) for Assad', () => {
    expect(ids('قال نائب وزير الخارجية بشار الجعفري في موسكو إن الحوار مستمر')).toEqual(['moscow']);
    expect(ids('قال المندوب بشار جعفري أمام مجلس الأمن إن الحوار مستمر')).toEqual([]);
    // The opposition commander Bashar al-Zoubi, the actor Bashar Ismail: Syrians, not the president.
    expect(ids('قال المعارض السوري بشار الزعبي قائد جيش اليرموك إن النظام يقصف درعا')).not.toContain('assad');
    expect(ids('وقال الفنان السوري بشار إسماعيل إن الدراما السورية بخير')).not.toContain('assad');
    expect(ids('ولد الممثل السوري بشار اسماعيل في اللاذقية')).not.toContain('assad');
    const text = 'استقبل الرئيس بشار الأسد السفير بشار الجعفري في قصر الشعب';
    const assad = analyzer.analyze({ text }).entities.find((e) => e.id === 'assad')!;
    expect(assad.spans.map(([s, e]) => text.slice(s, e))).toEqual(['بشار الأسد']);
  });

  it('names the New Welfare leader Fatih Erbakan, by his surname once named, but not his father Necmettin', () => {
    expect(ids('دعا زعيم حزب الرفاه من جديد فاتح أربكان إلى التواصل مع دمشق. وقال أربكان إن الحرب انتهت')).toEqual(['damascus', 'erbakan']);
    const text = 'دعا زعيم حزب الرفاه من جديد فاتح أربكان إلى التواصل مع دمشق. وقال أربكان إن الحرب انتهت';
    expect(analyzer.analyze({ text }).entities.find((e) => e.id === 'erbakan')!.count).toBe(2);
    expect(ids('كان رئيس الوزراء التركي الأسبق نجم الدين أربكان قد زار دمشق')).not.toContain('erbakan');
    // The surname alone, before the full name: nobody's.
    expect(ids('وقال أربكان إن الحرب انتهت')).toEqual([]);
  });

  it('does not take the interior minister Muammer Güler (2011-13) for the defence minister Yaşar Güler', () => {
    expect(ids('وقال وزير الداخلية التركي معمر غولر إن المنفذين مرتبطون بجماعات قريبة من النظام السوري')).not.toContain('guler');
    expect(ids('وقال وزير الداخلية التركي معمر جولر إن الانفجارين نجما عن سيارتين مفخختين')).not.toContain('guler');
    expect(ids('وقال وزير الدفاع التركي يشار غولر إن الانسحاب غير مطروح')).toContain('guler');
    expect(ids('وقال وزير الدفاع التركي غولر إن الانسحاب غير مطروح')).toContain('guler');
  });

  it('takes a surname after another given name, or a family word, for someone else', () => {
    // The Lebanese clan al-Meqdad (2012): its members are not Syria's foreign minister.
    expect(ids('وأكد حاتم المقداد شقيق المخطوف أن عمليات الخطف ستستمر')).not.toContain('mekdad');
    expect(ids('وتوجه والد حسّان المقداد إلى الخاطفين')).not.toContain('mekdad');
    expect(ids('وحمل أبو علي المقداد الدولة المسؤولية')).not.toContain('mekdad');
    expect(ids('وقال عبد الله المقداد إن العائلة لن تسكت')).not.toContain('mekdad');
    expect(ids('وكشف الجناح العسكري لآل المقداد عن خطف مواطن تركي')).not.toContain('mekdad');
    expect(ids('وقال وزير الخارجية السوري فيصل المقداد إن الانسحاب شرط')).toContain('mekdad');
    // A comma ends a name: the minister after a list.
    expect(ids('التقى الوفد رجال الأعمال، المقداد ونظيره')).toContain('mekdad');
    // Written alone after a namesake, the surname is his, until the minister is named in full.
    const clan = 'وأعلن ماهر المقداد المتحدث باسم العائلة خطف مواطن تركي. وقال المقداد إن الرهينة بخير.';
    expect(analyzer.analyze({ text: clan }).entities.find((e) => e.id === 'mekdad')).toBeUndefined();
    const both = clan + ' وفي دمشق قال وزير الخارجية فيصل المقداد إن بلاده تتابع القضية. وأضاف المقداد أن الحوار مستمر.';
    expect(analyzer.analyze({ text: both }).entities.find((e) => e.id === 'mekdad')!.count).toBe(2);
    // A family is no one person, and the surname alone after it is still his.
    expect(ids('قبل أكثر من خمسين عاما من حكم عائلة الأسد في سوريا')).not.toContain('assad');
    const family = 'ثار السوريون على حكم عائلة الأسد في سوريا. وقال الرئيس السوري الأسد إن الحوار مع أنقرة ممكن.';
    expect(analyzer.analyze({ text: family }).entities.find((e) => e.id === 'assad')!.count).toBe(1);
    // Another Erdoğan; the pack's people under their own given names, in every spelling it knows, stay theirs.
    expect(ids('وقال رئيس البلدية مصطفى أردوغان إن المشروع سينتهي')).not.toContain('erdogan');
    // Words that are also names, and names of people used alone, before a name: not another person.
    for (const [text, id] of [
      ['وحافظ أردوغان على موقفه من الحوار مع دمشق', 'erdogan'],
      ['ولم يحظ الاتفاق برضا أردوغان', 'erdogan'],
      ['والتقى عباس أردوغان في أنقرة', 'erdogan'],
      ['والتقى بشار بوتين في موسكو', 'putin'],
    ])
      expect(ids(text), text).toContain(id);
    for (const [name, id] of [
      ['سيرغي لافروف', 'lavrov'], ['سيرجي لافروف', 'lavrov'], ['سيرجي شويغو', 'shoigu'], ['فلاديمير بوتين', 'putin'],
      ['ماريا زاخاروفا', 'zakharova'], ['ميخائيل بوغدانوف', 'bogdanov'], ['ألكسندر لافرنتييف', 'lavrentiev'],
      ['عباس عراقجي', 'araghchi'], ['إبراهيم قالن', 'kalin'], ['فيصل المقداد', 'mekdad'], ['بشار الأسد', 'assad'],
    ])
      expect(ids(`وقال ${name} إن العلاقات بين البلدين مهمة`), name).toContain(id);
  });

  it('takes Russian given names before a surname the pack knows (سفيتلانا زاخاروفا) for someone else', () => {
    // The Bolshoi's prima ballerina, not the foreign ministry's spokeswoman; and her surname alone after.
    const text = 'رفضت راقصة الباليه سفيتلانا زاخاروفا المشاركة في العرض الأول على مسرح البولشوي. وقالت زاخاروفا إنها ستعود في الموسم المقبل.';
    expect(analyzer.analyze({ text }).entities.map((e) => e.id)).not.toContain('zakharova');
    expect(ids('وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن موسكو ترحب بالحوار')).toContain('zakharova');
    expect(ids('وقال دميتري بيسكوف إن الكرملين يرحب بالحوار بين أنقرة ودمشق')).toContain('peskov');
    // The French television host Igor Bogdanoff, written as Egyptian papers write Igor.
    const host = 'وفاة المذيع الفرنسي إيجور بوجدانوف بعد أيام على رحيل شقيقه التوأم. وقد حقق الشقيقان بوجدانوف نجومية كبيرة.';
    expect(analyzer.analyze({ text: host }).entities.map((e) => e.id)).not.toContain('bogdanov');
  });

  it('takes Selçuk Özdağ, and his surname alone after him, for someone else than Ümit Özdağ', () => {
    // A deputy of Davutoğlu's party who shares the surname of the Victory Party's leader.
    const text = 'وصف سلجوق أوزداغ، النائب السابق بحزب العدالة والتنمية، أردوغان بالديكتاتور. وأضاف أوزداغ أن القرار يؤكد ذلك.';
    expect(analyzer.analyze({ text }).entities.map((e) => e.id)).not.toContain('ozdag');
    expect(ids('وقال زعيم حزب النصر أوميت أوزداغ إنه سيعيد اللاجئين السوريين')).toContain('ozdag');
    expect(ids('وتعهد أوزداغ بإعادة اللاجئين السوريين')).toContain('ozdag');
  });

  it('takes a bare al-Meqdad for Faisal Mekdad only beside his office or his story, or once he is named', () => {
    // The Companion of the Prophet, al-Miqdad ibn al-Aswad, in a biography.
    expect(ids('ويقال له المقداد بن الأسود لأنه حالف الأسود بن عبد يغوث، وشهد المقداد بدرا والمشاهد كلها')).toEqual([]);
    expect(ids('وقال وزير الخارجية السوري المقداد إن الانسحاب شرط للقاء')).toContain('mekdad');
    expect(ids('والتقى المقداد نظيره الإيراني في طهران')).toContain('mekdad');
    // Named in full once, the surname alone names him anywhere on the page.
    expect(namedThenAlone('استقبل فيصل المقداد وفدا في مكتبه.', 'وأضاف المقداد أن اللقاء كان مفيدا.', 'mekdad')).toBe(2);
  });

  it('takes a bare Akar for Hulusi Akar only beside his office or his story, or once he is named', () => {
    // A businessman of Gaziantep who shares the surname.
    expect(ids('وضم الوفد رجال أعمال، ومسعود أكار، عضو مجلس إدارة شركة أكارسان القابضة')).toEqual([]);
    expect(ids('وقال وزير الدفاع التركي أكار إن الانسحاب غير مطروح')).toContain('akar');
    expect(ids('والتقى أكار نظيره علي محمود عباس')).toContain('akar');
    // Named in full once, the surname alone names him anywhere on the page.
    expect(namedThenAlone('التقى وزير الدفاع التركي خلوصي أكار ضباطا في أنقرة.', 'وأضاف أكار أن اللقاء كان مفيدا.', 'akar')).toBe(2);
  });

  it('takes a bare Bashar for Assad only where Syria is near or Assad is named on the page', () => {
    // An Iraqi minister whose name ends in Bashar, on a page without Assad.
    expect(ids('التقى رئيس المخابرات التركي بوزير الدفاع العراقي ثابت بشار، ورئيس جهاز المخابرات الوطني')).toEqual(['iraq', 'turkey']);
    expect(ids('ورفع المتظاهرون لافتات تطالب برأس بشار وإسقاط النظام')).toEqual(['assad']);
    // Named in full elsewhere, the bare name is his.
    const text = 'قال بشار الأسد إن اللقاء ممكن. وكتب متظاهرون في الشمال: لن نصالح بشار ولو بعد حين';
    const assad = analyzer.analyze({ text }).entities.find((e) => e.id === 'assad')!;
    expect(assad.count).toBe(2);
  });

  it('does not take the newspaper Türkiye, written in Latin letters, for the country', () => {
    expect(ids('وذكرت صحيفة Turkiye أن اللقاء قد يعقد في بغداد')).toEqual([]);
    expect(ids('وذكرت صحيفة Türkiye أن اللقاء قد يعقد في بغداد')).toEqual([]);
    expect(ids('وقالت الخارجية إن Turkiye مستعدة للحوار')).toEqual(['turkey']);
  });

  it('does not run a name or a trap across a full stop, a colon or a comma (صحيفة: تركيا تستعد), but does across a line break', () => {
    const spans = (text: string, id: string) => (analyzer.analyze({ text }).entities.find((e) => e.id === id)?.spans ?? []).map(([s, e]) => text.slice(s, e));
    // "Newspaper: Turkey prepares", not the newspaper Türkiye.
    expect(spans('نقلت صحيفة: تركيا تستعد لفتح الطريق مع سوريا', 'turkey')).toEqual(['تركيا']);
    expect(spans('نقلت صحيفة تركيا أن الحكومة تستعد لفتح الطريق مع سوريا', 'turkey')).toEqual([]);
    // Two sentences are no full name.
    expect(spans('زار الوزير هاكان. فيدان دمشق ثم أنقرة', 'fidan')).not.toContain('هاكان. فيدان');
    expect(spans('قال بشار، الأسد في دمشق وأنقرة', 'assad')).not.toContain('بشار، الأسد');
    // A name wrapped onto the next line, or quoted, is one.
    expect(spans('قال الرئيس السوري بشار\nالأسد إن', 'assad')).toEqual(['بشار\nالأسد']);
    expect(spans('وتحدث عن "هاكان فيدان" في أنقرة', 'fidan')).toEqual(['هاكان فيدان']);
  });

  it('does not take an outlet named after the country (تلفزيون سوريا, Syria Press) for it', () => {
    expect(ids('وقال مراسل تلفزيون سوريا في إسطنبول إن الزيارة لم يحدد موعدها')).toEqual([]);
    expect(ids('غصون أبو الذهب_ Syria Press تقول منى في حديث خاص إلى سيريا برس')).toEqual([]);
    expect(ids('وقال التلفزيون السوري إن الزيارة لم يحدد موعدها')).toEqual(['syria']);
  });

  it('does not take Turki, a first name, for Turkish', () => {
    expect(ids('قال الأمير تركي الفيصل في مقابلة إن المنطقة تتغير')).toEqual([]);
    expect(ids('أجرى الإعلامي السعودي تركي الدخيل المقابلة في الرياض')).toEqual([]);
    expect(ids('استقبل الأمير عبد العزيز بن تركي الوفد في الملعب')).toEqual([]);
    expect(ids('وصل وفد تركي رفيع إلى موسكو لبحث الملف السوري')).toEqual(['moscow', 'syria', 'turkey']);
    expect(ids('قال مسؤول تركي بارز إن المحادثات مستمرة في العاصمة')).toEqual(['turkey']);
  });

  it("does not take Sudan's adjective after a noun (رئيس الوزراء السوداني) for Iraq's prime minister", () => {
    expect(ids('وصل رئيس الوزراء السوداني الجديد كامل إدريس إلى بورتسودان')).toEqual([]);
    expect(ids('أدى اليمين رئيسا لمجلس الوزراء أمام رئيس مجلس السيادة في المشهد السياسي السوداني')).toEqual([]);
    // His surname after his title and his state's adjective, or behind و, is still his.
    expect(ids('قال رئيس الوزراء العراقي السوداني إن بغداد مستعدة')).toEqual(['iraq', 'sudani']);
    expect(ids('التقى رئيس الوزراء العراقي محمد شياع السوداني نظيره، وقال رئيس الحكومة والسوداني إن الحوار مستمر')).toEqual(['iraq', 'sudani']);
    expect(analyzer.analyze({ text: 'التقى رئيس الوزراء العراقي محمد شياع السوداني نظيره، وأكد السوداني أن الحكومة مستعدة' }).entities.find((e) => e.id === 'sudani')!.count).toBe(2);
  });

  it('keeps the same words when the context confirms them', () => {
    expect(ids('قال رئيس الوزراء العراقي السوداني إن بغداد مستعدة')).toEqual(['iraq', 'sudani']);
    expect(ids('الجولة الجديدة من محادثات أستانا بشأن سوريا')).toEqual(['astana', 'syria']);
    expect(ids('وقال المتحدث باسم الكرملين بيسكوف')).toEqual(['kremlin', 'peskov']);
  });

  it("finds the Russian foreign ministry's spokeswoman, in either spelling and behind a proclitic", () => {
    expect(ids('رحبت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا بالتقارب بين أنقرة ودمشق')).toEqual(['ankara', 'damascus', 'russia', 'zakharova']);
    expect(ids('وقالت زخاروفا إن موسكو مستعدة، وفقا لزاخاروفا')).toEqual(['moscow', 'zakharova']);
  });

  it("finds Iran's president of the story by his full name only: رئيسي alone is most often \"main\"", () => {
    expect(ids('استقبل الرئيس الإيراني إبراهيم رئيسي نظيره التركي في طهران')).toEqual(['iran', 'raisi', 'tehran', 'turkey']);
    expect(ids('وأكد أن السبب رئيسي في تعثر المحادثات')).toEqual([]);
  });

  it('reports spans as UTF-16 offsets into the original text, without the clitic', () => {
    const text = 'قال إنّ وأَرْدوغان سيزور موسكو';
    const a = analyzer.analyze({ text });
    const erdogan = a.entities.find((e) => e.id === 'erdogan')!;
    const [s, e] = erdogan.spans[0];
    expect(text.slice(s, e)).toBe('أَرْدوغان');
    const moscow = a.entities.find((x) => x.id === 'moscow')!;
    expect(text.slice(...moscow.spans[0])).toBe('موسكو');
  });

  it('reads the PKK by its short name only where it means the party, not the Kurdish parties of Iraq', () => {
    expect(ids('اشتبك الجيش التركي مع مسلحي الكردستاني قرب الحدود')).toEqual(['pkk', 'turkey']);
    expect(ids('وقالت أنقرة إن عناصر "الكردستاني" تسللوا عبر الجبال')).toEqual(['ankara', 'pkk']);
    // As Kurdish media spell it.
    expect(ids('تواجه الوساطة عقبات في التعامل مع حزب العمال الكوردستاني')).toEqual(['pkk']);
    expect(ids('فاز الحزب الديمقراطي الكوردستاني في أربيل')).toEqual([]);
    // Barzani's and Talabani's parties, and other Workers' parties.
    expect(ids('فاز الحزب الديمقراطي الكردستاني بأغلب المقاعد في الانتخابات')).toEqual([]);
    expect(ids('اجتمع قادة الاتحاد الوطني الكردستاني في السليمانية')).toEqual([]);
    expect(ids('أعلن البرلمان الكردستاني موعد جلسته المقبلة')).toEqual([]);
    expect(ids('فاز حزب العمال البريطاني في الانتخابات العامة')).toEqual([]);
    expect(ids('شارك حزب العمال التركي في التظاهرة')).toEqual([]);
    // Named in full once, the short name counts without more context.
    const text = 'تطالب أنقرة بإبعاد حزب العمال الكردستاني عن حدودها. ' + 'وتقول إن الكردستاني يتخذ من المنطقة قاعدة له.';
    expect(analyzer.analyze({ text }).entities.find((e) => e.id === 'pkk')!.count).toBe(2);
  });

  it('reads the short forms the press gives the Iranian ministers (اللهيان) and the troops of Assad (ميليشيات الأسد)', () => {
    expect(ids('ومن جانبه قال اللهيان إن طهران تثق بالمواقف')).toEqual(['abdollahian', 'tehran']);
    expect(ids('نقطة المراقبة المحاصرة من قبل ميليشيات الأسد منذ أشهر')).toEqual(['assad']);
    expect(ids('هذا النظام راعي الإرهابيين في حوارات أستانا')).toEqual(['astana']);
    // The understandings reached there; a meeting or a reconciliation next to Assad.
    expect(ids('هذا التدخل ليس له علاقة بالتفاهمات التي جرت في أستانا')).toEqual(['astana']);
    // The talks named with their article (المحادثات في آستانا), as the press writes them.
    expect(ids('وتعزيز المحادثات بين الأطراف في آستانا وجنيف')).toEqual(['astana']);
    expect(ids('وبحث الوفد في أستانا المسار السياسي للأزمة')).toEqual(['astana']);
    // Its rounds without the article, a word apart (جولات في أستانة); Assad's stance (موقف الأسد).
    expect(ids('وقال إنه تم عرقلة جولات فى أستانة حماية للإرهابيين')).toEqual(['astana']);
    expect(ids('لكن جهود الوساطة لم تغير موقف الأسد من الحركة')).toEqual(['assad']);
    // Its agreements in the plural; a word that forbids it only in its own sentence (a credit line after it).
    expect(ids('حيث تنتشر القوات في 12 نقطة بموجب اتفاقات استانا بشأن خفض التصعيد')).toEqual(['astana']);
    expect(ids('نأمل أن يتيح لنا الاجتماع في أستانا إحراز تقدم.\nفريق التحرير')).toEqual(['astana']);
    expect(ids('فاز فريق أستانا في الاجتماع الأخير')).toEqual([]);
    expect(ids('رفعوا لافتة «لن نصالح الأسد» تنديدا بالاجتماع')).toEqual(['assad']);
    expect(ids('هتفوا «نموت ولا لصالح الأسد» في إشارة للاجتماع الذي عقد')).toEqual(['assad']);
    expect(ids('قتل 2534 في المناطق خارج سيطرة الأسد')).toEqual(['assad']);
  });

  it('takes Astana beside the Shanghai Cooperation Organisation for the city of its summit (July 2024), a summit word beside it or not', () => {
    expect(ids('وقال أردوغان عقب عودته من أستانا بعد مشاركته في قمة منظمة شنغهاي للتعاون')).toEqual(['erdogan']);
    // As Egyptian papers write the organisation too.
    expect(ids('ومن المقرر أن تستضيف أستانا قمة منظمة شنجهاي للتعاون في يوليو')).toEqual([]);
    // A summit of the Astana talks is still theirs.
    expect(ids('وقال أردوغان عقب عودته من قمة أستانا بشأن سوريا')).toEqual(['astana', 'erdogan', 'syria']);
  });

  it('tells the Astana talks from the city they are held in', () => {
    const text = 'اختتمت الجولة الجديدة من محادثات أستانا حول سوريا في العاصمة الكازاخستانية أستانا أمس.';
    const astana = analyzer.analyze({ text }).entities.find((e) => e.id === 'astana')!;
    expect(astana.spans.map(([s, e]) => text.slice(s, e))).toEqual(['محادثات أستانا']);
    // The talks named where the city is mentioned too.
    expect(ids('انطلق اجتماع آستانا بشأن سوريا في العاصمة الكازاخية')).toEqual(['astana', 'syria']);
    // The process and its rounds, beside the city's country.
    for (const talks of ['عملية أستانا', 'جولة أستانا', 'جولات أستانة', 'اتفاقية أستانا', 'تفاهمات أستانة'])
      expect(ids(`يعقد الاجتماع الدولي ضمن ${talks} في عاصمة كازاخستان`), talks).toEqual(['astana']);
    // The tracks, in the dual or the plural, are the talks' context too.
    expect(ids('بحث الوزيران مساري اللجنة الدستورية وأستانا')).toEqual(['astana']);
    expect(ids('تحدث عن مسارات جنيف وأستانا')).toEqual(['astana']);
    // "The Astana conference" is the talks; a press conference held in Astana is not.
    expect(ids('ظهر ذلك أكثر من مرة في مؤتمر أستانا')).toEqual(['astana']);
    expect(ids('قال الرئيس في مؤتمر صحفي عقده في أستانا عاصمة كازاخستان')).toEqual([]);
  });

  it('takes "the international road" for the M4 only beside the places it runs through', () => {
    expect(ids('بحث الوفدان الوضع في إدلب وإعادة فتح الطريق الدولي')).toContain('m4');
    // Another road: Aleppo–Gaziantep, Damascus–Amman, or no place at all.
    expect(ids('التجهيز لفتح الطريق الدولي بين مدينتي حلب وغازي عنتاب التركية')).not.toContain('m4');
    expect(ids('أعيد افتتاح الطريق الدولي بين دمشق وعمان')).not.toContain('m4');
    expect(ids('حادث سير على الطريق الدولي الساحلي')).not.toContain('m4');
  });

  it('takes a bare "Workers\' Party" (حزب العمال) for the PKK only beside its story, never beside another country\'s party', () => {
    // Britain's Labour Party, Brazil's, and Perinçek's party under its former name.
    expect(ids('وفاز حزب العمال بزعامة كير ستارمر بأغلبية المقاعد، واعترف سوناك بفوز حزب العمال')).toEqual([]);
    expect(ids('وانتقد حزب العمال البرازيلي الحكومة')).toEqual([]);
    expect(ids('وقال رئيس حزب الوطن (حزب العمال سابقا) إن الزيارة مهمة')).not.toContain('pkk');
    // The PKK, beside its fighters, its mountains or Turkey, or once named in full.
    expect(ids('هاجم مسلحو حزب العمال موقعا للجيش')).toContain('pkk');
    expect(ids('وقصفت المسيرات التركية معاقل حزب العمال في قنديل')).toContain('pkk');
    // Israel, the homeland, or a past tense stop no mention of the PKK.
    for (const text of ['واتهم أردوغان الموساد الإسرائيلي بدعم حزب العمال', 'وقال أردوغان إن حزب العمال يهدد أمن الوطن', 'وكان حزب العمال سابقا يطالب بالانفصال عن تركيا'])
      expect(ids(text), text).toContain('pkk');
    expect(namedThenAlone('أعلن حزب العمال الكردستاني وقف إطلاق النار.', 'وقال حزب العمال إنه ملتزم بالقرار.', 'pkk')).toBe(2);
  });

  it('takes تركي before a family name (تركي العمار) for a man named Turki, not Turkey', () => {
    expect(ids('أنقذ تركي العمار لاعب الشباب فريقه من الخسارة بهدف في الدقيقة الأخيرة')).toEqual([]);
    expect(ids('وأكد الجناح الهجومي تركي الغامدي أنه سعيد بالتجديد حتى نهاية الموسم')).toEqual([]);
    // The adjective before a day, a time or what one is by, or a particle, is Turkey's.
    for (const text of ['ويصل وفد تركي الأسبوع المقبل إلى دمشق لإجراء محادثات', 'واعتقلت الشرطة رجل أعمال تركي الجنسية في المطار أمس', 'وقال مسؤول تركي الى وكالة رويترز إن المحادثات مستمرة', 'وأعلن مصدر عسكري تركي الاثنين مقتل جندي في شمال العراق'])
      expect(ids(text), text).toContain('turkey');
  });

  it('takes a state\'s adjective after a given name (عبد الله التركي) for a family name, not the state', () => {
    for (const name of ['الدكتور عبدالله بن عبدالمحسن التركي', 'الشيخ عبد الله التركي', 'الدكتور عبد الله بن عبد المحسن التركي', 'الباحث محمد السوري'])
      expect(ids(`استقبل الأمين العام لرابطة العالم الإسلامي ${name} وفدا من العلماء في مكة المكرمة`), name).toEqual([]);
    // The adjective after an office, a people or a place is the state's.
    for (const text of ['وقال الرئيس التركي إن بلاده مستعدة للحوار مع دمشق', 'وصل وزير الخارجية السوري إلى موسكو في زيارة رسمية'])
      expect(ids(text).length, text).toBeGreaterThan(0);
    expect(ids('وقال الرئيس التركي إن بلاده مستعدة للحوار مع دمشق')).toContain('turkey');
    // A compound with عبد written as one word is a given name too, before a person's surname as well.
    expect(ids('وقال النائب السوري عبدالمحسن المقداد إن القرار صائب')).not.toContain('mekdad');
    // And one whose second half is الدين, and the first with a proclitic (وعبد الله).
    expect(ids('وقال الباحث السوري نور الدين الأسد إن القرار صائب')).not.toContain('assad');
    expect(ids('استقبل المجلس الشيخ نور الدين التركي وعبد الله التركي في مكة المكرمة أمس')).toEqual([]);
  });

  it('does not take the actress Nehir Erdoğan for the president', () => {
    expect(ids('نقلت الممثلة التركية نهير أردوغان إلى المستشفى')).toEqual(['turkey']);
    expect(ids('وتوفر السلطات الحماية لنهير أردوغان')).toEqual([]);
  });

  it('does not take the Kurdish activist Fidan Doğan for the Turkish minister', () => {
    expect(ids('تعرضت ساكينة جانسيز وفيدان دوغان لمجزرة من قبل الاستخبارات التركية في باريس')).toEqual(['turkey']);
    expect(ids('التقى وزير الخارجية التركي فيدان بنظيره السوري')).toEqual(['fidan', 'syria', 'turkey']);
  });

  it('does not take the Mogadishu hospital named after Erdoğan for him', () => {
    expect(ids('أعلن مستشفى رجب طيب أردوغان في مقديشو حالة الطوارئ')).toEqual([]);
    expect(ids('"مشفى أردوغان" بمقديشو.. أطباء صوماليون بخبرة تركية')).toEqual(['turkey']);
    // The president who opened it is still himself.
    expect(ids('افتتح الرئيس التركي رجب طيب أردوغان المشفى في مقديشو')).toEqual(['erdogan', 'turkey']);
  });

  it("does not take a place named after the family (مكتبة الأسد, مشفى الأسد) for the president", () => {
    expect(ids('تطل مكتبة الأسد الوطنية على ساحة الأمويين في دمشق')).toEqual(['damascus']);
    expect(ids('تفقد الوزير مشفى الأسد الجامعي بدمشق')).toEqual(['damascus']);
    // The president, beside the same words, is still himself.
    expect(ids('زار الرئيس الأسد مكتبة في دمشق')).toContain('assad');
  });

  it('does not take the Russian city of Pskov (بسكوف) for Peskov', () => {
    expect(ids('تعرض مطار بسكوف لهجوم بطائرات مسيرة، وقال حاكم منطقة بسكوف إن مدينة بسكوف آمنة')).toEqual([]);
    expect(ids('وتقع بسكوف قرب الحدود مع إستونيا')).toEqual([]);
    // The Kremlin's spokesman, beside his office or alone after a verb, is still himself.
    expect(ids('قال المتحدث باسم الكرملين دميتري بيسكوف إن المحادثات مستمرة')).toEqual(['kremlin', 'peskov']);
    expect(ids('ورفض بيسكوف التعليق على الاجتماع في مطار موسكو')).toContain('peskov');
  });

  it('does not take Belarus (روسيا البيضاء, "White Russia") for Russia', () => {
    expect(ids('يتولى لوكاشينكو رئاسة بيلاروسيا (روسيا البيضاء) منذ عام 1994، وعاصمة روسيا البيضاء مينسك')).toEqual([]);
    expect(ids('تقع روسيا البيضاء بين بولندا وروسيا')).toEqual(['russia']);
  });

  it("does not take a Moscow football club's name (سبارتاك موسكو) for the city", () => {
    expect(ids('فاز دينامو موسكو على سبارتاك موسكو، وتعادل لوكوموتيف موسكو مع تسيسكا موسكو')).toEqual([]);
    expect(ids('بداية مخيبة لسبارتاك موسكو في الدوري')).toEqual([]);
    // The city itself, beside them, is still Moscow.
    expect(ids('حسم سبارتاك موسكو ديربي العاصمة موسكو لصالحه')).toEqual(['moscow']);
  });

  it('does not take the Damascus Gate of Jerusalem (باب دمشق) for Damascus', () => {
    expect(ids('أصيب عشرات الفلسطينيين في مواجهات عند باب دمشق في البلدة القديمة بالقدس المحتلة')).toEqual([]);
    expect(ids('وصل الوفد التركي إلى دمشق صباح اليوم في أول زيارة منذ سنوات')).toContain('damascus');
  });

  it('does not take Suri Cruise (سوري) for Syria', () => {
    expect(ids('ظهرت سوري كروز ابنة الممثل توم كروز برفقة والدتها كاتي هولمز في نيويورك')).toEqual([]);
    expect(ids('وقررت سوري التخلي عن كنية والدها، وأصبح اسمها سوري نويل')).toEqual([]);
    // A Syrian man, official or refugee is still Syria's.
    for (const text of ['وقال مسؤول سوري إن المحادثات مع الجانب التركي مستمرة', 'وصل لاجئ سوري مع ابنه إلى الحدود التركية صباح اليوم', 'وقال المبعوث الأمريكي توم باراك إن أي مسؤول سوري يستطيع المشاركة'])
      expect(ids(text), text).toContain('syria');
  });

  it("does not take Romania's Călin Georgescu (كالين) for Kalın", () => {
    expect(ids('وسيواجه كالين جورجيسكو، الذي ترشح بشكل مستقل، مرشحة أخرى بعد أن تغلب على رئيس الوزراء')).toEqual([]);
    expect(ids('فاز كالين في الجولة الأولى من انتخابات الرئاسة في رومانيا')).toEqual([]);
    // Turkey's intelligence chief by his surname alone, beside his office.
    expect(ids('وقال رئيس جهاز الاستخبارات كالين إن المباحثات مستمرة')).toContain('kalin');
  });

  it('does not take another Bashar, a singer or a composer, for Assad', () => {
    expect(ids('يشارك الفنان السوري بشار زرقان في حفل اختتام المهرجان')).toEqual(['syria']);
    expect(ids('أطلق المطرب السوري بشار زرقان أولى أغنيات ألبومه الجديد')).toEqual(['syria']);
    // Named in full, the singer is no one of the pack's, whatever stands beside him.
    expect(ids('تعرف على موعد حفل بشار زرقان في دمشق')).toEqual(['damascus']);
    // The president by his first name alone is still the president, beside Syria's words.
    expect(ids('وقال المعارض إن بشار لن يبقى في دمشق بعد اليوم')).toContain('assad');
    expect(ids('فضح مستشار أردوغان السابق بشار ووالده حافظ')).toContain('assad');
  });

  it('does not take Valentino Rossi (روسي) or Diana Ross (روس) for Russia', () => {
    expect(ids('فاز الدراج الإيطالي فالنتينو روسي بسباق هولندا، وعزز روسي صدارته لبطولة العالم')).toEqual([]);
    expect(ids('وأنهى روسي السباق في المركز العاشر على حلبة فالنسيا')).toEqual([]);
    expect(ids('وسجل دانييلي دي روسي هدف الفوز')).toEqual([]);
    // Nor Diana Ross (روس, "Russians" without ال), in her name or by it alone at her concert.
    expect(ids('غنت ديانا روس أشهر أغنياتها، وقدمت روس للحضور باقة من أغانيها في الحفل')).toEqual([]);
    expect(ids('قتل ثلاثة جنود روس في هجوم بطائرة مسيرة على قاعدتهم')).toContain('russia');
    expect(ids('وحضر الحفل دبلوماسيون روس وأتراك في مقر السفارة بالعاصمة')).toContain('russia');
    // A Russian official, envoy or soldier is still Russia's.
    for (const text of ['وقال مسؤول روسي إن المحادثات بناءة', 'وصل وفد روسي رفيع المستوى إلى العاصمة دمشق صباح اليوم', 'قتل جندي روسي في هجوم بطائرة مسيرة', 'وحقق لاعب روسي الفوز في بطولة العالم للشطرنج واحتل المركز الأول'])
      expect(ids(text), text).toContain('russia');
  });

  it('takes a bare M4 for the highway only beside a road or a place it runs through, or once the road is named', () => {
    // A car's model and a rifle share the name.
    expect(ids('كشفت بي إم دبليو عن سيارة M4 الكوبيه الجديدة بمحرك من ست أسطوانات')).toEqual([]);
    expect(ids('وتأتي إم 4 المكشوفة الجديدة بقوة 431 حصانا')).toEqual([]);
    expect(ids('وحمل العنصر بندقية M4 أمريكية الصنع')).not.toContain('m4');
    // The road, beside a road word or a place on it, or named in full elsewhere on the page.
    expect(ids('أعيد فتح M4 أمام حركة الشاحنات قرب سراقب')).toContain('m4');
    expect(ids('وسيرت القوات الروسية والتركية دورية مشتركة على M4')).toContain('m4');
    expect(ids('وتعرضت الدورية لهجوم بالبنادق الرشاشة على الطريق M4 قرب أريحا')).toContain('m4');
    expect(namedThenAlone('بحث الجانبان فتح طريق إم 4 أمام التجارة.', 'وقالوا إن M4 سيفتح قريبا.', 'm4')).toBe(2);
  });

  it('reads the M4 written with its number joined or hyphened (إم4, إم-4)', () => {
    for (const road of ['الطريق (إم4) السريع', 'طريق إم-4 الرئيسي', 'طريق إم 4'])
      expect(ids(`الدوريات المشتركة في إدلب على ${road}`), road).toContain('m4');
  });

  it('reads a name with a stray article (الرئيس الأردوغان, في السوريا)', () => {
    expect(ids('زيارة الرئيس الأردوغان للعراق')).toEqual(['erdogan', 'iraq']);
    expect(ids('الأحداث المتسارعة في السوريا')).toEqual(['syria']);
  });

  it('does not take Necdet Özel, chief of the Turkish general staff in 2011-15, for Özgür Özel', () => {
    expect(ids('كما اتصل الرئيس عبدالله غول برئيس هيئة الأركان نجدت أوزيل لتهنئته بعد إسقاط الطائرة')).toEqual([]);
    expect(ids('وقال رئيس حزب الشعب الجمهوري أوزيل إنه سيزور دمشق قريبا')).toEqual(['damascus', 'ozel']);
  });

  it('reads Erdoğan by his first names alone (الرئيس التركي رجب طيب), as one name with the surname', () => {
    expect(ids('إن الرئيس التركي رجب طيب أكد أن بلاده لن تعيد اللاجئين')).toEqual(['erdogan', 'turkey']);
    expect(ids('وقال الرئيس رجب طيب أردوغان في كلمة اليوم')).toEqual(['erdogan']);
  });

  it('reads the accusative adjectives of the states (دعماً روسياً وإيرانياً وعراقياً)', () => {
    expect(ids('تلقى الحوار دعماً روسياً وإيرانياً وعراقياً')).toEqual(['iran', 'iraq', 'russia']);
  });

  it('reads the duals and plurals of the adjectives (مروحيتان روسيتان, قاعدتين تركيتين, عسكريين روساً)', () => {
    expect(ids('رافقت الدورية مروحيتان روسيتان')).toEqual(['russia']);
    expect(ids('استهدفت الغارة قاعدتين تركيتين ومدرستين سوريتين')).toEqual(['syria', 'turkey']);
    expect(ids('اجتماع ضم عسكريين روساً ومسؤولين إيرانيين وعراقيين')).toEqual(['iran', 'iraq', 'russia']);
  });

  it('reads the accusative plural أتراكاً', () => {
    expect(ids('التقى مسؤولون سوريون أتراكاً في موسكو')).toEqual(['moscow', 'syria', 'turkey']);
  });

  it('reads Erdogan with the Egyptian ج for the Turkish g (أردوجان)', () => {
    expect(ids('أعلن الرئيس السوري أنه لن يلتقي نظيره التركي رجب طيب أردوجان')).toEqual(['erdogan', 'syria', 'turkey']);
  });

  it("reads Iran's foreign minister from August 2024, Araghchi, in his spellings", () => {
    for (const name of ['عباس عراقجي', 'عراقچي', 'Abbas Araghchi', 'العراقجي'])
      expect(ids(`وصل وزير الخارجية الإيراني ${name} إلى أنقرة قادما من دمشق`), name).toEqual(['ankara', 'araghchi', 'damascus', 'iran']);
  });

  it('matches Persian-letter and transliteration variants', () => {
    expect(ids('شويجو وجاويش أوغلو وفيدان وزير الخارجية التركي')).toEqual(['cavusoglu', 'fidan', 'shoigu', 'turkey']);
  });

  it('finds names written in Latin letters inside Arabic text, with or without their marks', () => {
    expect(ids('قال وزير الخارجية التركي مولود جاويش أوغلو (ÇAVUŞOĞLU) للصحفيين في العاصمة')).toEqual(['cavusoglu', 'turkey']);
    expect(ids('وصف الرئيس (Erdogan) اللقاء بالإيجابي')).toEqual(['erdogan']);
    expect(ids('وصف الرئيس (ERDOĞAN) اللقاء بالإيجابي')).toEqual(['erdogan']);
  });

  it('never reports entities for a text that is not Arabic', () => {
    const a = analyzer.analyze({ text: 'Erdogan and Assad met in Moscow to discuss normalization between Turkey and Syria.' });
    expect(a.lang).not.toBe('ar');
    expect(a.entities).toEqual([]);
    expect(a.topic.onTopic).toBe(false);
  });
});

describe.runIf(hasShared)('dev cases (shared corpus)', () => {
  for (const c of hasShared ? devCases() : []) {
    it(`${c.id} (${c.label})`, () => {
      const a = analyzer.analyze({ text: c.text });
      expect(a.entities.map((e) => e.id).sort()).toEqual([...c.entities].sort());
      expect(a.topic.onTopic).toBe(c.label === 'on');
      for (const trap of c.traps ?? []) {
        const spans = a.entities.flatMap((e) => e.spans.map(([s, t]) => c.text.slice(s, t)));
        expect(spans).not.toContain(trap);
      }
    });
  }
});

describe('document-level confirmation of ambiguous aliases', () => {
  it('accepts a bare ambiguous name when the full name appears elsewhere', () => {
    const text = 'التقى بوتين وزير الخارجية التركي هاكان فيدان في موسكو. ' + 'كلام عام عن الطقس والاقتصاد والرياضة. '.repeat(3) + 'وسبق اجتماع بوتين بفيدان دخول العراق.';
    const fidan = analyzer.analyze({ text }).entities.find((e) => e.id === 'fidan')!;
    expect(fidan.count).toBe(2);
  });
  it('still rejects it when nothing confirms it', () => {
    expect(ids('غنّت فيدان أغنية جديدة في الحفل')).toEqual([]);
  });
  it('takes the capitals and countries of the story near a bare name as its context', () => {
    expect(ids('وصل فيدان إلى دمشق في زيارة ثالثة')).toEqual(['damascus', 'fidan']);
    // "His country": a statesman speaking of it.
    expect(ids('قال فيدان خلال مؤتمر صحفي إن مسألة التواصل بين بلاده والجيران لها أبعاد مختلفة')).toEqual(['fidan']);
  });
  it('takes a bare surname of the intelligence chief and the defence minister once the page names them', () => {
    const kalin = 'وصل رئيس الاستخبارات التركية إبراهيم قالن إلى دمشق. ' + 'كلام عام عن الطقس والاقتصاد. '.repeat(3) + 'وقالت المصادر إن قالن سيعقد لقاءات.';
    expect(analyzer.analyze({ text: kalin }).entities.find((e) => e.id === 'kalin')!.count).toBe(2);
    expect(ids('قال وزير الدفاع التركي غولر إن العمليات ستنتهي قريبا')).toContain('guler');
    // The footballer of the same name is not the minister, whatever the page says elsewhere.
    const arda = 'التقى وزير الدفاع يشار غولر نظيره. ' + 'كلام عام عن الطقس والاقتصاد. '.repeat(3) + 'وسجل اللاعب التركي أردا غولر هدفا لريال مدريد.';
    expect(analyzer.analyze({ text: arda }).entities.find((e) => e.id === 'guler')!.count).toBe(1);
  });
  it('takes the opposition leader Özel by his surname beside his party or once named in full', () => {
    expect(ids('قال زعيم حزب الشعب الجمهوري أوزيل إنه سيزور دمشق للقاء الأسد')).toContain('ozel');
    expect(namedThenAlone('أعلن أوزغور أوزيل أنه طلب لقاء الأسد.', 'وقال أوزيل إن الرد كان إيجابيا.', 'ozel')).toBe(2);
    expect(ids('فاز الفريق بهدف أوزيل في الدقيقة الأخيرة من المباراة')).not.toContain('ozel');
  });
  it('reads the SDF in the spelling with و (الديموقراطية) as the SDF, not as Syria', () => {
    for (const text of ['اتفاق بين دمشق وقوات سوريا الديموقراطية التي يقودها الأكراد', 'هاجمت قوات سورية الديموقراطية مواقع التنظيم'])
      expect(ids(text), text).toContain('sdf');
    expect(ids('اتفاق بين قوات سوريا الديموقراطية والتحالف')).not.toContain('syria');
  });
  it('never lets confirmation override a forbidding context', () => {
    const text = 'وصلت قوات إلى حلب أمس وسط إجراءات أمنية مشددة في المدينة. ' + 'وفي قرية بعيدة حلب المزارع الأبقار في الحظيرة.';
    expect(analyzer.analyze({ text }).entities.find((e) => e.id === 'aleppo')!.count).toBe(1);
  });
});
