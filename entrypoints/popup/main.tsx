import { render } from 'preact';
import { TextsContext } from '@/components/texts';
import { createTexts } from '@/utils/i18n';
import { App } from './App';
import '@/components/palette.css';
import './popup.css';

const texts = createTexts();
document.documentElement.lang = texts.locale;
document.title = texts.t('manifest.name');

render(
  <TextsContext.Provider value={texts}>
    <App />
  </TextsContext.Provider>,
  document.getElementById('app')!,
);
