// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { pageLanguageAt } from '@/card/page-language';

function textIn(html: string, lang?: string): Node {
  if (lang === undefined) document.documentElement.removeAttribute('lang');
  else document.documentElement.lang = lang;
  document.body.innerHTML = html;
  return document.querySelector('#here')!.firstChild!;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('pageLanguageAt', () => {
  it('reads the nearest lang attribute, then the document’s', () => {
    expect(pageLanguageAt(textIn('<p id="here">Карабах</p>', 'ru-RU'))).toBe('ru');
    expect(pageLanguageAt(textIn('<blockquote lang="fr"><p id="here">Haut-Karabakh</p></blockquote>', 'en'))).toBe('fr');
    expect(pageLanguageAt(textIn('<p id="here">Qarabağ</p>', 'az'))).toBe('az');
  });
  it('gives no language for one the extension does not speak', () => {
    expect(pageLanguageAt(textIn('<p id="here">Карабах</p>', 'uk'), 'Карабах')).toBeUndefined();
  });
  it('without any lang, goes by the script only where one of our languages alone writes it', () => {
    expect(pageLanguageAt(textIn('<p id="here">Карабах</p>'), 'Карабах')).toBe('ru');
    expect(pageLanguageAt(textIn('<p id="here">Ղարաբաղ</p>'), 'Ղարաբաղ')).toBe('hy');
    expect(pageLanguageAt(textIn('<p id="here">Karabakh</p>'), 'Karabakh')).toBeUndefined();
  });
  it('copes with no node at all', () => {
    expect(pageLanguageAt(null)).toBeUndefined();
  });
});
