/**
 * Probes written for this project (our own sentences, in the style of news reports,
 * encyclopaedia entries and blogs) to check that detection generalises beyond the
 * labelled corpus: other spellings of the names, other ways of naming the November 2020
 * statement and the Russian peacekeepers, and confusers phrased differently.
 * Each text is one page; expectations list every mention as "entity:text".
 */
import { describe, expect, test } from 'vitest';
import { findMentions } from '../../../core/detect/matcher';

const found = (text: string) => findMentions(text).map((m) => `${m.entity}:${m.text}`);

describe('the November 2020 statement, named in other ways', () => {
  test.each<[string, string, string[]]>([
    [
      'EN November 10 agreement',
      'Under the November 10 agreement, about 1,960 Russian troops were sent to the Lachin corridor.',
      ['trilateral-statement:November 10 agreement'],
    ],
    [
      'EN 10 November agreement',
      'Azerbaijan says Armenia has not honoured the 10 November agreement on the corridor.',
      ['trilateral-statement:10 November agreement'],
    ],
    [
      'EN 9 November ceasefire',
      'Since the 9 November ceasefire, Baku and Yerevan have traded accusations.',
      ['trilateral-statement:9 November ceasefire'],
    ],
    [
      'EN Moscow-brokered ceasefire agreement',
      'The Moscow-brokered ceasefire agreement ended six weeks of fighting between Armenia and Azerbaijan.',
      ['trilateral-statement:Moscow-brokered ceasefire agreement'],
    ],
    [
      'EN tripartite declaration',
      'The tripartite declaration signed by Aliyev, Pashinyan and Putin left Shusha in Azerbaijani hands.',
      ['trilateral-statement:tripartite declaration'],
    ],
    [
      'EN trilateral agreement of 2020',
      'Armenia and Azerbaijan both cite the trilateral agreement of 2020 when they argue about the road.',
      ['trilateral-statement:trilateral agreement'],
    ],
    [
      'RU заявление от 10 ноября',
      'Согласно заявлению от 10 ноября, Армения вернула Азербайджану Агдамский район.',
      ['trilateral-statement:заявлению от 10 ноября'],
    ],
    [
      'RU трёхстороннего соглашения',
      'Ереван обвинил Баку в нарушении трёхстороннего соглашения.',
      ['trilateral-statement:трёхстороннего соглашения'],
    ],
    [
      'AZ 10 noyabr bəyanatı',
      'Azərbaycan 10 noyabr bəyanatının bütün bəndlərini yerinə yetirib.',
      ['trilateral-statement:10 noyabr bəyanatının'],
    ],
    ['AZ üçtərəfli bəyannamə', 'Ermənistan üçtərəfli bəyannaməni imzalamağa məcbur oldu.', ['trilateral-statement:üçtərəfli bəyannaməni']],
    [
      'HY նոյեմբերի 9-ի հայտարարություն',
      'Հայաստանը և Ադրբեջանը վիճում են նոյեմբերի 9-ի հայտարարության կետերի շուրջ։',
      ['trilateral-statement:նոյեմբերի 9-ի հայտարարության'],
    ],
    [
      'FR déclaration trilatérale',
      "La déclaration trilatérale a mis fin à la guerre entre l'Arménie et l'Azerbaïdjan.",
      ['trilateral-statement:déclaration trilatérale'],
    ],
    [
      'FR cessez-le-feu du 10 novembre',
      "Depuis le cessez-le-feu du 10 novembre, l'Azerbaïdjan contrôle Chouchi.",
      ['trilateral-statement:cessez-le-feu du 10 novembre'],
    ],
    [
      'DE Waffenstillstandsabkommen',
      'Das Waffenstillstandsabkommen zwischen Armenien und Aserbaidschan trat in der Nacht in Kraft.',
      ['trilateral-statement:Waffenstillstandsabkommen'],
    ],
    [
      'DE trilaterale Erklärung',
      'Die trilaterale Erklärung sieht russische Friedenstruppen in Bergkarabach vor.',
      ['trilateral-statement:trilaterale Erklärung', 'rmc:russische Friedenstruppen', 'karabakh:Bergkarabach'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('the Russian peacekeepers, named in other ways', () => {
  test.each<[string, string, string[]]>([
    [
      'EN Russian peacekeeping forces',
      'Russian peacekeeping forces escorted the convoy from Goris to Stepanakert.',
      ['rmc:Russian peacekeeping forces'],
    ],
    [
      'EN Russian peacekeeping force',
      'A Russian peacekeeping force of about 2,000 troops was deployed in Nagorno-Karabakh.',
      ['rmc:Russian peacekeeping force', 'karabakh:Nagorno-Karabakh'],
    ],
    [
      "EN Russia's peacekeepers",
      "Russia's peacekeepers did not intervene when Azerbaijani forces advanced near Shusha.",
      ["rmc:Russia's peacekeepers"],
    ],
    [
      'EN Russian peacekeeping mission',
      'The Russian peacekeeping mission in Karabakh ended in 2024.',
      ['rmc:Russian peacekeeping mission', 'karabakh:Karabakh'],
    ],
    [
      'RU российский миротворческий контингент',
      'Российский миротворческий контингент покинул Карабах досрочно.',
      ['rmc:Российский миротворческий контингент', 'karabakh:Карабах'],
    ],
    [
      'RU РМК',
      'Российские миротворцы на посту. Командование РМК сообщило о нарушении режима прекращения огня в Нагорном Карабахе.',
      ['rmc:Российские миротворцы', 'rmc:РМК', 'karabakh:Нагорном Карабахе'],
    ],
    [
      'AZ Rusiya sülhməramlı kontingenti (RSK)',
      'Rusiya sülhməramlı kontingenti (RSK) Qarabağdan çıxarılıb.',
      ['rmc:Rusiya sülhməramlı kontingenti', 'rmc:RSK', 'karabakh:Qarabağdan'],
    ],
    ['AZ rus sülhməramlıları', 'Xankəndidə rus sülhməramlıları patrul keçirib.', ['rmc:rus sülhməramlıları']],
    ['HY ռուս խաղաղապահներ', 'Ռուս խաղաղապահները Արցախից դուրս եկան։', ['rmc:Ռուս խաղաղապահները', 'karabakh:Արցախից']],
    ['HY ռուսական խաղաղապահ զորակազմ', 'Ռուսական խաղաղապահ զորակազմը տեղակայվեց Լաչինի միջանցքում։', ['rmc:Ռուսական խաղաղապահ զորակազմը']],
    [
      'FR soldats de la paix russes',
      'Les soldats de la paix russes ont quitté le Haut-Karabakh.',
      ['rmc:soldats de la paix russes', 'karabakh:Haut-Karabakh'],
    ],
    [
      'FR forces russes de maintien de la paix',
      "Les forces russes de maintien de la paix surveillent le corridor de Latchine entre l'Arménie et le Haut-Karabakh.",
      ['rmc:forces russes de maintien de la paix', 'karabakh:Haut-Karabakh'],
    ],
    [
      'DE russische Friedenstruppen',
      'Russische Friedenstruppen zogen aus Bergkarabach ab.',
      ['rmc:Russische Friedenstruppen', 'karabakh:Bergkarabach'],
    ],
    [
      'DE russischen Friedenssoldaten',
      'Die russischen Friedenssoldaten in Bergkarabach griffen nicht ein.',
      ['rmc:russischen Friedenssoldaten', 'karabakh:Bergkarabach'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('the region, in other spellings', () => {
  test.each<[string, string, string[]]>([
    ['Karabagh', 'Refugees from Karabagh arrived in Goris.', ['karabakh:Karabagh']],
    ['Karabach', 'Der Konflikt um Karabach ist nicht gelöst.', ['karabakh:Karabach']],
    ['Nagorny Karabakh', 'Nagorny Karabakh declared independence in 1991.', ['karabakh:Nagorny Karabakh']],
    ['Upper Karabakh', 'Upper Karabakh is the mountainous part of the region.', ['karabakh:Upper Karabakh']],
    ['Artsakh', 'The parliament of Artsakh met in Stepanakert.', ['karabakh:Artsakh']],
    ['Arzach', 'Die Republik Arzach löste sich 2024 auf.', ['karabakh:Arzach']],
    ['Haut-Karabakh', 'Le Haut-Karabakh a été vidé de sa population arménienne.', ['karabakh:Haut-Karabakh']],
    ['Bergkarabach', 'Aus Bergkarabach flohen über 100.000 Menschen.', ['karabakh:Bergkarabach']],
    ['Turkish Karabağ', "Karabağ'da yeni yollar inşa ediliyor.", ["karabakh:Karabağ'da"]],
    ['Dağlıq Qarabağ', 'Dağlıq Qarabağ münaqişəsi otuz il davam etdi.', ['karabakh:Dağlıq Qarabağ']],
    ['Qarabağ iqtisadi rayonu', 'Qarabağ iqtisadi rayonu yeddi rayondan ibarətdir.', ['karabakh:Qarabağ']],
    ['Карабах', 'Карабах стал главной темой переговоров Армении и Азербайджана.', ['karabakh:Карабах']],
    ['Арцах', 'Власти Арцаха объявили о самороспуске.', ['karabakh:Арцаха']],
    ['Ղարաբաղ', 'Ղարաբաղը հայկական է։', ['karabakh:Ղարաբաղը']],
    ['Արցախ', 'Արցախի նախագահը հրաժարական տվեց։', ['karabakh:Արցախի']],
    ["the region's town after the name is not the club", "Shelling hit Karabakh's Agdam district on Tuesday.", ["karabakh:Karabakh's"]],
    ['Azerbaijani club town rule needs a score', 'Qarabağ, Ağdam və Füzuli bərpa olunur.', ['karabakh:Qarabağ']],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('confusers phrased differently from the corpus', () => {
  test.each<[string, string]>([
    ['RMC Découverte', 'RMC Découverte diffuse ce soir un documentaire sur les volcans. La chaîne RMC Story propose un débat.'],
    ['RMC Story', 'Sur RMC Story, les débats du matin attirent un large public.'],
    [
      'Royal Military College Duntroon',
      'The Royal Military College Duntroon trains officers for the Australian Army. RMC cadets march on graduation day.',
    ],
    ['RMC cadets', 'RMC cadets paraded in Kingston before the graduation ceremony.'],
    ['RMC ready-mix', 'The RMC ready-mix plant poured 400 cubic metres of concrete for the bridge.'],
    [
      'Karabakh breed on a horse page',
      'The Karabakh breed is prized for its endurance. Karabakh stallions were exported to Europe in the nineteenth century, and the Karabakh remains rare today.',
    ],
    [
      'Qarabağ Ağdam in football results',
      'Qarabağ Ağdam 2–0 Neftçi: the champions extended their lead at the top of the Premyer Liqa table. Qarabağ have won nine league titles.',
    ],
    ['Karabakh FK', 'Karabakh FK signed a new striker before the Europa League qualifiers.'],
    ['Transnistria peacekeepers', 'Russian peacekeepers in Transnistria have guarded the Dniester security zone since 1992.'],
    [
      'CSTO peacekeepers in Kazakhstan',
      'CSTO peacekeepers, most of them Russian paratroopers, left Kazakhstan in January 2022. The Russian peacekeepers guarded airports in Almaty.',
    ],
    [
      'trilateral statement of the US, Japan and South Korea',
      'The trilateral statement of the United States, Japan and South Korea condemned the missile launch.',
    ],
    [
      'joint statement of another summit',
      'Armenia attended the summit in Granada, but the joint statement of the European leaders dealt with migration.',
    ],
  ])('%s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});
