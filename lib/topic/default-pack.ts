/** The pack Hamish ships with, validated once at load. */
import raw from './default-pack.json';
import { validatePack } from './pack-schema';
import type { TopicPack } from '../types';

export const DEFAULT_PACK: TopicPack = validatePack(raw);
