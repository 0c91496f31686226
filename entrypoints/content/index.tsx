import './style.css';
import { render, type ComponentChild } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startContent, type EntityPopoverModel, type HighlightEditorModel } from '@/lib/content/start';
import { browser, t, uiDirection } from '@/lib/platform/browser';
import { SelectionToolbar, TOOLBAR_CSS } from '@/components/SelectionToolbar';
import { EntityPopover, POPOVER_CSS } from '@/components/EntityPopover';
import { EDITOR_CSS, InPageEditor } from '@/components/InPageEditor';
import type { Colour } from '@/lib/types';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const toolbar = floatingUi(ctx, 'hamish-ui-toolbar', TOOLBAR_CSS);
    const popover = floatingUi(ctx, 'hamish-ui-popover', POPOVER_CSS);
    const editor = floatingUi(ctx, 'hamish-ui-editor', POPOVER_CSS + EDITOR_CSS);
    const toast = floatingUi(ctx, 'hamish-ui-notice', POPOVER_CSS);
    let toastTimer: ReturnType<typeof setTimeout> | undefined;
    const dir = uiDirection();
    const colourNames = { yellow: t('colourYellow'), green: t('colourGreen'), blue: t('colourBlue'), pink: t('colourPink'), orange: t('colourOrange') };
    const toolbarText = { label: t('toolbarLabel'), highlight: t('toolbarHighlight'), note: t('addNote'), colourNames };
    const popoverText = {
      types: { person: t('typePerson'), place: t('typePlace'), state: t('typeState'), org: t('typeOrg'), other: t('typeOther') },
      mentions: t('mentionsOnPage', '#'),
      earlier: t('earlierArticles', '#'),
      hideOnSite: t('hideMarksOnSite'),
      close: t('close'),
    };
    const editorText = { delete: t('deleteHighlight'), deleted: t('deleted'), undo: t('undo'), close: t('close'), failed: (m: string) => t('saveFailed', m) };

    await startContent({
      showToolbar: (rect: DOMRect, onHighlight: (c: Colour, withNote: boolean) => void) =>
        void toolbar.show(rect.top - 40, rect.left + rect.width / 2 - 110, <SelectionToolbar text={toolbarText} dir={dir} onHighlight={onHighlight} />),
      hideToolbar: toolbar.hide,
      showPopover: (rect: DOMRect, model: EntityPopoverModel) => {
        editor.hide();
        void popover.show(...below(rect, 200), (
          <EntityPopover card={model.card} count={model.count} text={popoverText} dir={dir} lang={browser.i18n.getUILanguage()} onHideSite={model.hideOnSite} onClose={popover.hide} />
        ));
      },
      hidePopover: popover.hide,
      showEditor: (rect: DOMRect, model: HighlightEditorModel) => {
        popover.hide();
        void editor.show(...below(rect, 300), <InPageEditor model={model} text={editorText} dir={dir} onClose={editor.hide} />);
      },
      saveFailedPrefix: t('notSavedPrefix'),
      partialNotice: t('partialPage'),
      shadowNotice: t('shadowPage'),
      notify: (m) => {
        clearTimeout(toastTimer);
        void toast.show(innerHeight - 120, innerWidth - 300, (
          <div class="pop" role="alert" dir={dir} data-testid="hamish-notice">
            <button type="button" class="close" aria-label={t('close')} onClick={toast.hide}>×</button>
            <p class="name" style={{ fontSize: '14px' }}>{t('actionTitle')}</p>
            <p class="desc" dir="auto">{m}</p>
          </div>
        ));
        toastTimer = setTimeout(toast.hide, 10_000);
      },
    });
  },
});

/** Where a 280-pixel-wide panel goes under (or, without room, over) a rectangle. */
function below(rect: DOMRect, height: number): [number, number] {
  const top = rect.bottom + 8 + height > innerHeight ? Math.max(4, rect.top - height - 8) : rect.bottom + 8;
  return [top, Math.min(Math.max(4, rect.left + rect.width / 2 - 140), innerWidth - 290)];
}

/**
 * A piece of in-page UI in its own shadow root, mounted on first use only
 * (a page where the reader does nothing gets no extra element).
 */
function floatingUi(ctx: ContentScriptContext, name: string, css: string) {
  let ui: Awaited<ReturnType<typeof createShadowRootUi>> | null = null;
  let pending: Promise<void> | null = null;
  const ensure = () =>
    (pending ??= createShadowRootUi(ctx, {
      name,
      position: 'inline',
      anchor: 'body',
      css,
      // The host is reset and placed by inline styles (see placeHost), which a
      // ":host { all: initial !important }" reset would override.
      inheritStyles: true,
      onMount: () => undefined,
    }).then((created) => {
      ui = created;
    }));
  // WXT's `mounted` is whatever onMount returned: track it here.
  let shown = false;
  const hide = () => {
    if (ui && shown) {
      render(null, ui.uiContainer);
      ui.remove();
      shown = false;
    }
  };
  return {
    async show(top: number, left: number, view: ComponentChild) {
      await ensure();
      if (!ui) return;
      if (!shown) {
        ui.mount();
        shown = true;
      }
      placeHost(ui.shadowHost as HTMLElement, Math.max(4, top), Math.max(4, left));
      render(view, ui.uiContainer);
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
