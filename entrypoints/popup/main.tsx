import { render } from 'preact';
import { TextsContext, textsFor } from '@/components/texts';
import { messagesLocale, translate } from '@/utils/i18n';
import { App } from './App';
import '@/components/palette.css';
import './popup.css';

const texts = textsFor(messagesLocale(), translate);
document.documentElement.lang = texts.locale;
document.title = texts.t('manifest.name');

render(
  <TextsContext.Provider value={texts}>
    <App />
  </TextsContext.Provider>,
  document.getElementById('app')!,
);
