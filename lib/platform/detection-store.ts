/** Reading and writing the detection settings in the extension's local storage. */
import { browser } from './browser';
import { DETECTION_KEY, validDetection, type DetectionSettings } from '../detection';

export async function readDetection(): Promise<DetectionSettings> {
  const got = await browser.storage.local.get(DETECTION_KEY).catch(() => ({}) as Record<string, unknown>);
  return validDetection((got as Record<string, unknown>)[DETECTION_KEY]);
}

export async function writeDetection(settings: DetectionSettings): Promise<DetectionSettings> {
  const clean = validDetection(settings);
  await browser.storage.local.set({ [DETECTION_KEY]: clean });
  return clean;
}

/** Call `listener` when the settings change (in any tab or page). */
export function onDetectionChange(listener: (settings: DetectionSettings) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && DETECTION_KEY in changes) listener(validDetection(changes[DETECTION_KEY].newValue));
  });
}
