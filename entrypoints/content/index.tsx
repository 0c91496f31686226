import './style.css';
import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startContent } from '@/lib/content/start';
import { t, uiDirection } from '@/lib/platform/browser';
import { SelectionToolbar, TOOLBAR_CSS } from '@/components/SelectionToolbar';
import type { Colour } from '@/lib/types';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const toolbar = toolbarController(ctx);
    await startContent({ showToolbar: toolbar.show, hideToolbar: toolbar.hide, notify: (m) => console.warn('[Hamish]', m) });
  },
});

/** The selection toolbar lives in a shadow root, mounted on first use only. */
function toolbarController(ctx: ContentScriptContext) {
  let ui: Awaited<ReturnType<typeof createShadowRootUi>> | null = null;
  let pending: Promise<void> | null = null;
  const text = {
    label: t('toolbarLabel'),
    highlight: t('toolbarHighlight'),
    colourNames: { yellow: t('colourYellow'), green: t('colourGreen'), blue: t('colourBlue'), pink: t('colourPink'), orange: t('colourOrange') },
  };
  const ensure = () =>
    (pending ??= createShadowRootUi(ctx, {
      name: 'hamish-ui-toolbar',
      position: 'inline',
      anchor: 'body',
      css: TOOLBAR_CSS,
      onMount: () => undefined,
    }).then((created) => {
      ui = created;
    }));
  return {
    async show(rect: DOMRect, onHighlight: (c: Colour) => void) {
      await ensure();
      if (!ui) return;
      if (!ui.mounted) ui.mount();
      const host = ui.shadowHost as HTMLElement;
      host.style.cssText = `position:fixed;z-index:2147483647;top:${Math.max(4, rect.top - 40)}px;left:${Math.max(4, rect.left + rect.width / 2 - 90)}px;`;
      render(<SelectionToolbar text={text} dir={uiDirection()} onHighlight={onHighlight} />, ui.uiContainer);
    },
    hide() {
      if (ui?.mounted) {
        render(null, ui.uiContainer);
        ui.remove();
      }
    },
  };
}
