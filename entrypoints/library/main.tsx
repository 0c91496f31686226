import { mountPage } from '@/components/mount';
import { LibraryView } from '@/components/LibraryView';

mountPage('libraryTitle', <LibraryView />);
