import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK } from '@/lib/topic/default-pack';
import { needsUpgrade, upgradePack } from '@/lib/topic/pack-upgrade';
import { validatePack } from '@/lib/topic/pack-schema';
import { HamishDatabase } from '@/lib/db';
import { loadCustomPack, setCustomPack } from '@/lib/settings';
import type { Entity, TopicPack } from '@/lib/types';

/** A version 1 pack and a version 2 that adds an alias, an entity and a cue, and drops an entity. */
function versions(): { v1: TopicPack; v2: TopicPack } {
  const v1 = validatePack({
    id: 'story', version: 1,
    name: { ar: 'قصة', en: 'Story' },
    entities: [
      { id: 'ankara', type: 'place', label: { ar: 'أنقرة', en: 'Ankara' }, aliases: ['أنقرة', 'انقرة'], description: { en: 'Capital of Turkey.' }, groups: ['a'] },
      { id: 'damascus', type: 'place', label: { ar: 'دمشق', en: 'Damascus' }, aliases: ['دمشق'], description: { en: 'Capital of Syria.' }, groups: ['b'] },
      { id: 'old', type: 'other', label: { ar: 'قديم', en: 'Old' }, aliases: ['قديم'], description: { en: 'Dropped in version 2.' } },
    ],
    cues: [{ stem: 'تطبيع', weight: 3, relation: true }],
    rule: { requireGroups: ['a', 'b'], groupWeights: { a: 0.5, b: 0.5 }, cueWeight: 0.2, minCue: 1, threshold: 0.5 },
  });
  const v2 = structuredClone(v1);
  v2.version = 2;
  v2.entities[0].aliases.push('Ankara');
  v2.entities = v2.entities.filter((e) => e.id !== 'old');
  v2.entities.push({ id: 'moscow', type: 'place', label: { ar: 'موسكو', en: 'Moscow' }, aliases: ['موسكو'], description: { en: 'Capital of Russia.' } });
  v2.cues.push({ stem: 'تقارب', weight: 2, relation: true });
  return { v1, v2: validatePack(v2) };
}

const entity = (pack: TopicPack, id: string) => pack.entities.find((e) => e.id === id) as Entity;
const guterres: Entity = { id: 'guterres', type: 'person', label: { ar: 'غوتيريش', en: 'António Guterres' }, aliases: ['غوتيريش'], description: { en: 'UN Secretary-General.' } };

describe('bringing an edited copy of a pack up to a newer version', () => {
  it('keeps what the reader changed and takes what they left alone from the new version', () => {
    const { v1, v2 } = versions();
    const copy = structuredClone(v1);
    entity(copy, 'ankara').aliases = ['أنقرة', 'الأناضول']; // removed انقرة, added الأناضول
    entity(copy, 'damascus').disabled = true;
    copy.entities.push(guterres);
    expect(needsUpgrade(copy, v2)).toBe(true);
    const up = validatePack(upgradePack(copy, v1, v2));
    expect(up.version).toBe(2);
    // The new alias arrives, the reader's removal and addition hold.
    expect(entity(up, 'ankara').aliases).toEqual(['أنقرة', 'Ankara', 'الأناضول']);
    expect(entity(up, 'damascus').disabled).toBe(true);
    // New entity and cue arrive, the dropped entity goes, the reader's own entity stays.
    expect(up.entities.map((e) => e.id)).toEqual(['ankara', 'damascus', 'moscow', 'guterres']);
    expect(up.cues.map((c) => c.stem)).toEqual(['تطبيع', 'تقارب']);
  });

  it('keeps parts the reader changed as a whole (cues, an entity the new version drops)', () => {
    const { v1, v2 } = versions();
    const copy = structuredClone(v1);
    copy.cues = [{ stem: 'تطبيع', weight: 1, relation: true }];
    entity(copy, 'old').aliases.push('عتيق');
    const up = upgradePack(copy, v1, v2);
    expect(up.cues).toEqual(copy.cues);
    expect(entity(up, 'old').aliases).toEqual(['قديم', 'عتيق']);
  });

  it('takes the new version\'s surnames unless the reader changed them', () => {
    const { v1, v2 } = versions();
    v2.surnames = [{ word: 'أوغلو', entities: ['ankara'], after: ['قال'] }];
    expect(upgradePack(structuredClone(v1), v1, v2).surnames).toEqual(v2.surnames);
    const copy = structuredClone(v1);
    copy.surnames = [{ word: 'زاده', entities: ['damascus'] }];
    expect(upgradePack(copy, v1, v2).surnames).toEqual(copy.surnames);
  });

  it('without the version the copy came from, keeps only what the reader added or switched off', () => {
    const { v1, v2 } = versions();
    const copy = structuredClone(v1);
    entity(copy, 'ankara').aliases = ['أنقرة', 'الأناضول'];
    entity(copy, 'damascus').disabled = true;
    copy.entities.push(guterres);
    const up = validatePack(upgradePack(copy, null, v2));
    // A removal cannot be told from an addition in the new version: the alias returns.
    expect(entity(up, 'ankara').aliases).toEqual(['أنقرة', 'انقرة', 'Ankara', 'الأناضول']);
    expect(entity(up, 'damascus').disabled).toBe(true);
    expect(up.entities.map((e) => e.id)).toEqual(['ankara', 'damascus', 'moscow', 'old', 'guterres']);
    expect(up.cues).toEqual(v2.cues);
  });

  it('leaves other packs and newer copies alone', () => {
    const { v1, v2 } = versions();
    expect(needsUpgrade({ ...v1, id: 'another' }, v2)).toBe(false);
    expect(needsUpgrade(v2, v2)).toBe(false);
    expect(needsUpgrade({ ...v2, version: 3 }, v2)).toBe(false);
  });
});

describe('the stored copy of the default pack', () => {
  it('is brought up to a newer default on load, with the reader changes kept, and remembers where it came from', async () => {
    const db = new HamishDatabase(`pack-${Math.random()}`);
    const { v1, v2 } = versions();
    const copy = structuredClone(v1);
    copy.entities.push(guterres);
    entity(copy, 'ankara').aliases = ['أنقرة'];
    await setCustomPack(db, copy, v1); // edited under version 1
    expect(await loadCustomPack(db, v1)).toEqual(copy);
    const up = (await loadCustomPack(db, v2))!;
    expect(up.version).toBe(2);
    expect(entity(up, 'ankara').aliases).toEqual(['أنقرة', 'Ankara']);
    expect(up.entities.map((e) => e.id)).toContain('guterres');
    // Stored: the next load finds it up to date, and version 2 is now its base.
    expect(await loadCustomPack(db, v2)).toEqual(up);
    expect((await db.settings.get('packBase'))?.value).toEqual(v2);
    await setCustomPack(db, null);
    expect(await loadCustomPack(db, v2)).toBeNull();
    expect(await db.settings.get('packBase')).toBeUndefined();
  });

  it('keeps the copy of the reader as it is when the merge does not make a valid pack', async () => {
    const db = new HamishDatabase(`pack-${Math.random()}`);
    const { v1, v2 } = versions();
    const copy = structuredClone(v1);
    copy.entities.push({ ...guterres, id: 'moscow' }); // the new version brings another "moscow"…
    const bad = structuredClone(v2);
    bad.rule.requireGroups = ['a', 'missing']; // …and a rule the reader's copy cannot satisfy
    await setCustomPack(db, copy, v1);
    expect(await loadCustomPack(db, bad)).toEqual(copy);
  });

  it('brings earlier versions of the shipped default up without losing an added alias', async () => {
    const db = new HamishDatabase(`pack-${Math.random()}`);
    const older = structuredClone(DEFAULT_PACK);
    older.version = DEFAULT_PACK.version - 1;
    entity(older, 'erdogan').aliases.push('الريس أردوغان');
    await setCustomPack(db, older); // saved before bases were kept: no base
    const up = (await loadCustomPack(db, DEFAULT_PACK))!;
    expect(up.version).toBe(DEFAULT_PACK.version);
    expect(entity(up, 'erdogan').aliases).toContain('الريس أردوغان');
    expect(up.cues).toEqual(DEFAULT_PACK.cues);
  });
});
