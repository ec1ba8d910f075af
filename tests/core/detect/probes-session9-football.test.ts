/**
 * Issue 14, session 9: probes written for this project (none taken from the corpus) for the
 * football club in each language's words for its people on the pitch and in the stands
 * (Azerbaijani *qapıçı*, *hücumçu*, *yarımmüdafiəçi*, *azarkeş*; Turkish *taraftar*, *kaleci*,
 * *forvet*; Russian *болельщик*; German *Torhüter*; French *gardien de but*, *milieu de
 * terrain*; Armenian *դարպասապահ*): a bare name beside them is the club, not the region. The
 * region's own words still make it the region.
 */
import { describe, expect, test } from 'vitest';
import { mentionTexts } from '../../helpers/mention-texts';

describe('words of the pitch and the stands make a bare name the club', () => {
  test.each([
    'Qarabağın qapıçısı bu gün yaxşı oynadı.',
    'Qarabağın hücumçusu iki dəfə fərqləndi.',
    'Qarabağın azarkeşləri Bakıda sevindi.',
    "Karabağ taraftarları İstanbul'da coştu.",
    'Karabağ kalecisi penaltıyı kurtardı.',
    'Болельщики «Карабаха» праздновали в Баку.',
    'Der Torhüter von Karabach hielt alles.',
    'Le gardien de but de Qarabağ a tout arrêté.',
    'Le milieu de terrain de Qarabağ a marqué.',
    'Ղարաբաղի դարպասապահը փրկեց թիմը։',
  ])('%s', (text) => {
    expect(mentionTexts(text, 'karabakh')).toEqual([]);
  });

  test.each([
    ['Qarabağ xalqı azadlıq uğrunda mübarizə apardı.', 'Qarabağ'],
    ['Qarabağ müharibəsinin iştirakçıları Bakıda toplandı.', 'Qarabağ'],
  ])('still the region: %s', (text, name) => {
    expect(mentionTexts(text, 'karabakh')).toEqual([name]);
  });
});
