import { mountPage, targetTabId } from '@/components/mount';
import { PopupView } from '@/components/PopupView';

mountPage('extName', <PopupView resolveTab={targetTabId} />);
