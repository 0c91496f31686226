import { describe, expect, it } from 'vitest';
import raw from '@/lib/topic/default-pack.json';
import { PackError, validatePack } from '@/lib/topic/pack-schema';

const clone = () => JSON.parse(JSON.stringify(raw));

describe('topic pack validation', () => {
  it('accepts the default pack, which covers every required id', () => {
    const pack = validatePack(clone());
    const required = 'putin assad erdogan lavrov shoigu akar fidan mekdad ali-mahmoud-abbas mamlouk peskov lavrentiev bogdanov cavusoglu sudani abdollahian russia turkey syria iran iraq moscow ankara damascus tehran idlib aleppo latakia hmeimim astana kremlin pkk sdf m4'.split(' ');
    const ids = pack.entities.map((e) => e.id);
    for (const id of required) expect(ids).toContain(id);
    for (const e of pack.entities) {
      expect(e.label.ar && e.label.en && e.description.en).toBeTruthy();
      expect(e.aliases.some((a) => /[a-z]/i.test(a))).toBe(true);
    }
  });

  it.each([
    [(p: any) => delete p.id, 'id'],
    [(p: any) => (p.entities[3].type = 'planet'), 'entities[3].type'],
    [(p: any) => (p.entities[0].aliases = []), 'entities[0].aliases'],
    [(p: any) => (p.entities[1].id = p.entities[0].id), 'entities[1].id'],
    [(p: any) => (p.entities[2].wikidata = 'abc'), 'entities[2].wikidata'],
    [(p: any) => (p.cues[0].weight = 'high'), 'cues[0].weight'],
    [(p: any) => (p.rule.threshold = 3), 'rule.threshold'],
    [(p: any) => (p.rule.requireGroups = ['nobody']), 'rule.requireGroups'],
    [(p: any) => (p.entities[1].context = [{}]), 'entities[1].context[0]'],
    [(p: any) => (p.cues[0].relation = 'yes'), 'cues[0].relation'],
    [(p: any) => (p.cues[0].travel = 'yes'), 'cues[0].travel'],
    [(p: any) => (p.cues[0].notBeforeNumber = 1), 'cues[0].notBeforeNumber'],
    [(p: any) => (p.entities[1].context = [{ aliases: ['x'], givenName: 'yes' }]), 'entities[1].context[0].givenName'],
    [(p: any) => (p.entities[1].context = [{ aliases: ['x'], attribute: 1 }]), 'entities[1].context[0].attribute'],
    [(p: any) => (p.entities[1].context = [{ aliases: ['x'] }]), 'entities[1].context[0]'],
    [(p: any) => (p.rule.relation = 'strict'), 'rule.relation'],
    [(p: any) => (p.rule.relation.pair = ['turkey-side']), 'rule.relation.pair'],
    [(p: any) => (p.rule.relation.pair = ['turkey-side', 'moon-side']), 'rule.relation.pair'],
    [(p: any) => (p.rule.relation.actors = ['erdogan', 'nobody']), 'rule.relation.actors'],
    [(p: any) => (p.rule.relation.entities = ['atlantis']), 'rule.relation.entities'],
    [(p: any) => (p.rule.relation.actorTitles = ['وزير الخارجية']), 'rule.relation.actorTitles[0]'],
    [(p: any) => (p.rule.relation.counterpartAfter = ['علاقات']), 'rule.relation.counterpartAfter[0]'],
    [(p: any) => (p.rule.relation.chainLinks = ['النظام السوري']), 'rule.relation.chainLinks[0]'],
    [(p: any) => (p.rule.relation.chainLinks = 'نظام'), 'rule.relation.chainLinks'],
    [(p: any) => (p.rule.relation.standIns = 'النظام'), 'rule.relation.standIns'],
    [(p: any) => (p.rule.relation.standIns = [{ word: 'النظام السوري', entity: 'syria' }]), 'rule.relation.standIns[0].word'],
    [(p: any) => (p.rule.relation.standIns = [{ word: 'النظام', entity: 'atlantis' }]), 'rule.relation.standIns[0].entity'],
    [(p: any) => (p.rule.relation.standIns = ['النظام']), 'rule.relation.standIns[0]'],
    [(p: any) => (p.rule.relation.placeBefore = ['ريف دمشق']), 'rule.relation.placeBefore[0]'],
    [(p: any) => (p.rule.relation.placeBefore = 'ريف'), 'rule.relation.placeBefore'],
    [(p: any) => (p.rule.relation.forcesBefore = ['قوات النظام']), 'rule.relation.forcesBefore[0]'],
    [(p: any) => (p.rule.relation.forcesBefore = 7), 'rule.relation.forcesBefore'],
    [(p: any) => (p.rule.relation.otherBodyBeside = ['المعارضة السورية']), 'rule.relation.otherBodyBeside[0]'],
    [(p: any) => (p.rule.relation.outsiders = ['تل أبيب']), 'rule.relation.outsiders[0]'],
    [(p: any) => (p.rule.relation.outsiders = 'إسرائيل'), 'rule.relation.outsiders'],
    [(p: any) => (p.rule.relation.pairNotBefore = 'زلزال'), 'rule.relation.pairNotBefore'],
    [(p: any) => (p.rule.relation.stanceVerbs = ['هاجم بشدة']), 'rule.relation.stanceVerbs[0]'],
    [(p: any) => (p.cues[1].notAfter = 'مركز'), 'cues[1].notAfter'],
    [(p: any) => (p.cues[1].notAfter = ['مركز حميميم']), 'cues[1].notAfter[0]'],
    [(p: any) => (p.cues[0].notBefore = 'الأوضاع'), 'cues[0].notBefore'],
    [(p: any) => (p.cues[0].notBefore = ['مع قناة فضائية']), 'cues[0].notBefore[0]'],
    [(p: any) => (p.rule.relation.entitiesFrom = '2022-8-1'), 'rule.relation.entitiesFrom'],
    [(p: any) => (p.rule.relation.entitiesFrom = 20220801), 'rule.relation.entitiesFrom'],
    [(p: any) => delete p.rule.relation.minCue, 'rule.relation.minCue'],
    [(p: any) => (p.rule.span.from = '2022/01/01'), 'rule.span.from'],
    [(p: any) => (p.rule.span.to = '2023-02-30'), 'rule.span.to'],
    [(p: any) => (p.rule.span = { from: '2025-01-01', to: '2024-12-31' }), 'rule.span'],
    [(p: any) => (p.rule.span.laterSigns = 'أحمد الشرع'), 'rule.span.laterSigns'],
    [(p: any) => (p.rule.span.laterSigns = ['أحمد الشرع', '']), 'rule.span.laterSigns[1]'],
    [(p: any) => (p.rule.span.earlierSigns = 'جنيف2'), 'rule.span.earlierSigns'],
    [(p: any) => (p.rule.span.earlierSigns = ['جنيف2', 7]), 'rule.span.earlierSigns[1]'],
    [(p: any) => (p.rule.span.earlierEvents = 'نبع السلام'), 'rule.span.earlierEvents'],
    [(p: any) => (p.rule.span.laterNear = { phrases: ['منذ سقوط'], near: 'nobody' }), 'rule.span.laterNear.near'],
    [(p: any) => (p.rule.span.laterNear = { phrases: ['منذ سقوط'], near: 'assad', window: 99 }), 'rule.span.laterNear.window'],
    [(p: any) => (p.rule.span.earlierEvents = ['نبع السلام', '']), 'rule.span.earlierEvents[1]'],
    [(p: any) => (p.surnames = { word: 'أوغلو' }), 'surnames'],
    [(p: any) => (p.surnames = [{ word: 'أوغلو', entities: ['atlantis'] }]), 'surnames[0].entities[0]'],
    [(p: any) => (p.surnames = [{ word: 'أوغلو', entities: [] }]), 'surnames[0].entities'],
    [(p: any) => (p.surnames = [{ word: 'داود أوغلو', entities: ['cavusoglu'] }]), 'surnames[0].word'],
    [(p: any) => (p.surnames = [{ word: 'أوغلو', entities: ['cavusoglu'], after: ['قال', 'قال إن'] }]), 'surnames[0].after[1]'],
    [(p: any) => (p.rule.span.yearsBefore = '2011'), 'rule.span.yearsBefore'],
    [(p: any) => (p.rule.span.yearsBefore = 2011.5), 'rule.span.yearsBefore'],
    [(p: any) => (p.rule.span.yearsBefore = 11), 'rule.span.yearsBefore'],
    [(p: any) => (p.rule.span.countedFrom = 2011), 'rule.span.countedFrom'],
    [(p: any) => (p.rule.span.countedFrom = { year: 2011.5, names: ['الحرب'] }), 'rule.span.countedFrom.year'],
    [(p: any) => (p.rule.span.countedFrom = { year: 2011, names: [] }), 'rule.span.countedFrom.names'],
    [(p: any) => (p.rule.span.countedFrom = { year: 2011 }), 'rule.span.countedFrom.names'],
    [(p: any) => (p.rule.span.roundSigns = ['الجولة 21']), 'rule.span.roundSigns'],
    [(p: any) => (p.rule.span.roundSigns = { phrases: [], near: 'astana' }), 'rule.span.roundSigns.phrases'],
    [(p: any) => (p.rule.span.roundSigns = { phrases: ['الجولة 21'], near: 'atlantis' }), 'rule.span.roundSigns.near'],
    [(p: any) => (p.rule.span.roundSigns = { phrases: ['الجولة 21'], near: 'astana', window: 0 }), 'rule.span.roundSigns.window'],
    // The scanner reads phrases of at most 16 words: a longer one is refused here, not when the pack is used.
    [(p: any) => p.entities[0].aliases.push(Array(17).fill('كلمة').join(' ')), `entities[0].aliases[${raw.entities[0].aliases.length}]`],
    [(p: any) => (p.traps = [Array(20).fill('فخ').join(' ')]), 'traps[0]'],
    [(p: any) => (p.entities[1].context = [{ requireAny: [Array(17).fill('كلمة').join(' ')] }]), 'entities[1].context[0].requireAny[0]'],
  ])('names the broken field (%#)', (breakIt, field) => {
    const pack = clone();
    breakIt(pack);
    expect(() => validatePack(pack)).toThrow(PackError);
    try {
      validatePack(pack);
    } catch (e) {
      expect((e as PackError).field).toBe(field);
      expect((e as Error).message).toContain(field);
    }
  });

  it('refuses what is not an object', () => {
    expect(() => validatePack(null)).toThrow(/root/);
    expect(() => validatePack([1, 2])).toThrow(/root/);
  });
});

describe('validated packs round-trip', () => {
  it('validates its own output again (what is stored can be loaded)', () => {
    const once = validatePack(clone());
    once.entities.push({ id: 'new-one', type: 'person', label: { ar: 'اسم', en: 'Name' }, aliases: ['اسم'], description: { en: 'Only English.' } });
    const twice = validatePack(JSON.parse(JSON.stringify(once)));
    expect(twice).toEqual(once);
    expect(twice.entities.at(-1)!.description).toEqual({ en: 'Only English.' });
  });
});
