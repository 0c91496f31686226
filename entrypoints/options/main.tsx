import { mountPage } from '@/components/mount';
import { OptionsView } from '@/components/OptionsView';

mountPage('optionsTitle', <OptionsView />);
