import { mountPage, targetTabId } from '@/components/mount';
import { SidePanelView } from '@/components/SidePanelView';

mountPage('sidePanelTitle', <SidePanelView resolveTab={targetTabId} />);
