/**
 * Issue 14, session 9: probes written for this project (none taken from the corpus) for the
 * statement's names in Azerbaijani by its grammar, where the noun comes last: "the three
 * sides' statement" (*üç tərəfin bəyanatı*) beside the "three-sided" one (*üçtərəfli*), and
 * "the statement of the three countries' leaders" (*üç ölkə liderlərinin bəyanatı*), as the
 * English, Russian and German leaders' statements count.
 */
import { describe, expect, test } from 'vitest';
import { mentionTexts } from '../../helpers/mention-texts';

describe('Azerbaijani: the three sides, the three countries’ leaders', () => {
  test.each([
    ['Üç tərəfin bəyanatı Qarabağ müharibəsini dayandırdı.', 'Üç tərəfin bəyanatı'],
    ['Üç tərəfin imzaladığı bəyanata əsasən Laçın qaytarıldı.', 'Üç tərəfin imzaladığı bəyanata'],
    ['Üç ölkə liderlərinin bəyanatı Qarabağ müharibəsini bitirdi.', 'Üç ölkə liderlərinin bəyanatı'],
    ['Üç ölkənin liderlərinin imzaladığı bəyanat Qarabağda icra olunur.', 'Üç ölkənin liderlərinin imzaladığı bəyanat'],
    ['Üç dövlət başçısının birgə bəyanatı Qarabağda atəşkəs yaratdı.', 'Üç dövlət başçısının birgə bəyanatı'],
  ])('%s', (text, name) => {
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([name]);
  });

  test.each([
    // Another document's place or year beside it, as for every name of the statement.
    'Üç tərəfin bəyanatı Soçidə qəbul edildi, Qarabağ da müzakirə olundu.',
    'Üç ölkə liderlərinin 2021-ci il bəyanatı Qarabağ haqqında idi.',
    // The three sides without a statement's noun.
    'Üç tərəfin nümayəndələri Qarabağda görüşdü.',
  ])('not the statement: %s', (text) => {
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([]);
  });
});
