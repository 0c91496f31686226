import './style.css';
import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startContent } from '@/lib/content/start';
import { t, uiDirection } from '@/lib/platform/browser';
import { SelectionToolbar, TOOLBAR_CSS } from '@/components/SelectionToolbar';
import { EntityPopover, POPOVER_CSS } from '@/components/EntityPopover';
import type { EntityPopoverModel } from '@/lib/content/start';
import { browser } from '@/lib/platform/browser';
import type { Colour } from '@/lib/types';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const toolbar = toolbarController(ctx);
    const popover = popoverController(ctx);
    await startContent({
      showToolbar: toolbar.show,
      hideToolbar: toolbar.hide,
      showPopover: popover.show,
      hidePopover: popover.hide,
      notify: (m) => console.warn('[Hamish]', m),
    });
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
      // The host is reset and placed by inline styles (see placeHost), which a
      // ":host { all: initial !important }" reset would override.
      inheritStyles: true,
      onMount: () => undefined,
    }).then((created) => {
      ui = created;
    }));
  return {
    async show(rect: DOMRect, onHighlight: (c: Colour) => void) {
      await ensure();
      if (!ui) return;
      if (!ui.mounted) ui.mount();
      placeHost(ui.shadowHost as HTMLElement, Math.max(4, rect.top - 40), Math.max(4, rect.left + rect.width / 2 - 90));
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

/** The entity popover, also in a shadow root, mounted on first use. */
function popoverController(ctx: ContentScriptContext) {
  let ui: Awaited<ReturnType<typeof createShadowRootUi>> | null = null;
  let pending: Promise<void> | null = null;
  const text = {
    types: { person: t('typePerson'), place: t('typePlace'), state: t('typeState'), org: t('typeOrg'), other: t('typeOther') },
    mentions: t('mentionsOnPage', '#'),
    hideOnSite: t('hideMarksOnSite'),
    close: t('close'),
  };
  const ensure = () =>
    (pending ??= createShadowRootUi(ctx, { name: 'hamish-ui-popover', position: 'inline', anchor: 'body', css: POPOVER_CSS, inheritStyles: true, onMount: () => undefined }).then(
      (created) => {
        ui = created;
      },
    ));
  const hide = () => {
    if (ui?.mounted) {
      render(null, ui.uiContainer);
      ui.remove();
    }
  };
  return {
    async show(rect: DOMRect, model: EntityPopoverModel) {
      await ensure();
      if (!ui) return;
      if (!ui.mounted) ui.mount();
      const top = rect.bottom + 8 + 200 > innerHeight ? Math.max(4, rect.top - 180) : rect.bottom + 8;
      const left = Math.min(Math.max(4, rect.left + rect.width / 2 - 140), innerWidth - 290);
      placeHost(ui.shadowHost as HTMLElement, top, left);
      render(
        <EntityPopover card={model.card} count={model.count} text={text} dir={uiDirection()} lang={browser.i18n.getUILanguage()} onHideSite={model.hideOnSite} onClose={hide} />,
        ui.uiContainer,
      );
    },
    hide,
  };
}

/**
 * Float a UI host over the page. Inline !important declarations win over the
 * page's own rules; "all: initial" keeps the page's styles out of the UI.
 */
function placeHost(host: HTMLElement, top: number, left: number) {
  host.style.cssText = [
    'all: initial !important',
    'display: block !important',
    'position: fixed !important',
    'z-index: 2147483647 !important',
    `top: ${Math.round(top)}px !important`,
    `left: ${Math.round(left)}px !important`,
  ].join(';');
}
