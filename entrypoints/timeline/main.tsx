import { mountPage } from '@/components/mount';
import { TimelineView } from '@/components/TimelineView';

mountPage('timelineTitle', <TimelineView />);
