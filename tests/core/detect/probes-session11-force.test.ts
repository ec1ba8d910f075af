/**
 * Issue 14, session 11: probes written for this project (none taken from the corpus) for
 * the Russian peacekeeping force in Azerbaijani, French, German, Russian and Armenian news style, in their case forms
 * (English where a rule was added for several languages at once). Azerbaijani *Rusiya sülhməramlı kontingenti*, *Rusiya (rus) sülhməramlıları*; Russian and Armenian
 * oblique-case phrases (*миротворческого контингента Российской Федерации*, *российских миротворческих
 * сил*, *Ռուսաստանի Դաշնության խաղաղապահ ուժերի*); *le contingent russe de maintien de la paix*;
 * *die russischen Friedenstruppen*. Added this session, as one rule in three languages: "Russian
 * soldiers (servicemen, officers) of the peacekeeping force", *russische Soldaten der
 * Friedenstruppe*, *российские военнослужащие миротворческого контингента* (French already had
 * *militaires russes de la force de maintien de la paix*). Peacekeepers elsewhere (Transnistria,
 * Abkhazia, South Ossetia, the CSTO in Kazakhstan, the UN) and plain "Russian troops" stay
 * unmatched, on a page about Karabakh too.
 */
import { describe, expect, test } from 'vitest';
import { mentionTexts } from '../../helpers/mention-texts';
import { mentionsAfterTopic } from '../../helpers/mentions-after-topic';

describe('named in a sentence that names the region or its places', () => {
  test.each([
    ['Rusiya sülhməramlı kontingenti Qarabağdan tam çıxarılıb.', 'Rusiya sülhməramlı kontingenti'],
    ['Rusiya sülhməramlı kontingentinin Qarabağdakı missiyası başa çatıb.', 'Rusiya sülhməramlı kontingentinin'],
    ['Rusiya sülhməramlı kontingentinə məxsus texnika Xankəndidən çıxarıldı.', 'Rusiya sülhməramlı kontingentinə'],
    ['Rusiya sülhməramlıları Xankəndidən çıxıb.', 'Rusiya sülhməramlıları'],
    ['Rusiya sülhməramlılarının son dəstəsi Qarabağı tərk etdi.', 'Rusiya sülhməramlılarının'],
    ['Rusiya sülhməramlılarına məxsus postlar Qarabağda ləğv edildi.', 'Rusiya sülhməramlılarına'],
    ['Rus sülhməramlıları Ağdərədən çıxıblar.', 'Rus sülhməramlıları'],
    ['Rus sülhməramlılarının Qarabağdakı postları bağlanıb.', 'Rus sülhməramlılarının'],
    ['Rus sülhməramlı kontingenti Şuşa yolunda idi.', 'Rus sülhməramlı kontingenti'],
    ['Rusiya sülhməramlı qüvvələri Qarabağdan çıxarılıb.', 'Rusiya sülhməramlı qüvvələri'],
    ['Rusiyanın sülhməramlı kontingenti Qarabağdan çıxdı.', 'Rusiyanın sülhməramlı kontingenti'],
    ['Qarabağda müvəqqəti yerləşdirilmiş Rusiya sülhməramlı kontingenti geri çəkildi.', 'Rusiya sülhməramlı kontingenti'],
    ['Le contingent russe de maintien de la paix a quitté le Haut-Karabakh.', 'contingent russe de maintien de la paix'],
    ['Le contingent russe de maintien de la paix au Haut-Karabakh a achevé son retrait.', 'contingent russe de maintien de la paix'],
    ['Les forces russes de maintien de la paix ont quitté le Haut-Karabakh.', 'forces russes de maintien de la paix'],
    ['Les casques bleus russes ont quitté le Haut-Karabakh.', 'casques bleus russes'],
    [
      'Les militaires russes de la force de maintien de la paix ont quitté le Haut-Karabakh.',
      'militaires russes de la force de maintien de la paix',
    ],
    ['Die russischen Friedenstruppen haben Bergkarabach verlassen.', 'russischen Friedenstruppen'],
    ['Die russischen Friedenssoldaten haben Bergkarabach verlassen.', 'russischen Friedenssoldaten'],
    ['Der russischen Friedenstruppe in Bergkarabach wurde vorgeworfen, untätig zu bleiben.', 'russischen Friedenstruppe'],
    ['Das russische Friedenskontingent hat Bergkarabach verlassen.', 'russische Friedenskontingent'],
    ['Die russischen Blauhelme haben Bergkarabach verlassen.', 'russischen Blauhelme'],
    ['Вывод миротворческого контингента Российской Федерации из Карабаха завершён.', 'миротворческого контингента Российской Федерации'],
    ['Российских миротворческих сил в Карабахе больше нет.', 'Российских миротворческих сил'],
    ['Командующий российскими миротворческими силами в Нагорном Карабахе сменился.', 'российскими миротворческими силами'],
    ['Российские миротворческие силы покинули Нагорный Карабах.', 'Российские миротворческие силы'],
    ['Российским миротворческим контингентом в Карабахе командовал генерал.', 'Российским миротворческим контингентом'],
    ['Миротворческие силы России покинули Нагорный Карабах.', 'Миротворческие силы России'],
    ['Миротворческий контингент России покинул Нагорный Карабах.', 'Миротворческий контингент России'],
    ['Миротворческого контингента ВС России в Карабахе больше нет.', 'Миротворческого контингента ВС России'],
    ['Ռուս խաղաղապահ զորակազմը լքել է Արցախը։', 'Ռուս խաղաղապահ զորակազմը'],
    ['Ռուսական խաղաղապահ զորակազմը լքել է Արցախը։', 'Ռուսական խաղաղապահ զորակազմը'],
    ['Ռուսաստանի Դաշնության խաղաղապահ զորակազմի հրամանատարը Արցախում է։', 'Ռուսաստանի Դաշնության խաղաղապահ զորակազմի'],
    ['Ռուս խաղաղապահների հրամանատարը Ստեփանակերտում է։', 'Ռուս խաղաղապահների'],
    ['Ռուսական խաղաղապահ ուժերը լքեցին Արցախը։', 'Ռուսական խաղաղապահ ուժերը'],
    ['Ռուսաստանի խաղաղապահ ուժերի հրամանատարը Արցախում է։', 'Ռուսաստանի խաղաղապահ ուժերի'],
  ])('%s', (text, name) => {
    expect(mentionTexts(text, 'rmc')).toEqual([name]);
  });
});

describe('named on a page about the region', () => {
  test.each([
    ['Qarabağ müharibəsi 44 gün davam etdi.', 'Rusiya sülhməramlı missiyası başa çatdı.', 'Rusiya sülhməramlı missiyası'],
    [
      'Qarabağ müharibəsi 44 gün davam etdi.',
      'Rusiya Federasiyası Silahlı Qüvvələrinin sülhməramlı kontingenti çıxarıldı.',
      'Rusiya Federasiyası Silahlı Qüvvələrinin sülhməramlı kontingenti',
    ],
    ['Qarabağ müharibəsi 44 gün davam etdi.', 'RF sülhməramlıları bölgədən çıxdı.', 'RF sülhməramlıları'],
    [
      'Qarabağ müharibəsi 44 gün davam etdi.',
      'Rusiya sülhməramlı kontingentinin vaxtından əvvəl çıxarılması başladı.',
      'Rusiya sülhməramlı kontingentinin',
    ],
    ['Qarabağ müharibəsi 44 gün davam etdi.', 'Rusiyanın sülhməramlı qüvvələri bölgəni tərk etdi.', 'Rusiyanın sülhməramlı qüvvələri'],
    [
      'Qarabağ müharibəsi 44 gün davam etdi.',
      'Rusiya sülhməramlı kontingentindən bir hərbçi yaralandı.',
      'Rusiya sülhməramlı kontingentindən',
    ],
    ['Qarabağ müharibəsi 44 gün davam etdi.', 'Rusiya sülhməramlılarından ikisi yaralandı.', 'Rusiya sülhməramlılarından'],
    ['Qarabağ müharibəsi 44 gün davam etdi.', 'Rus sülhməramlılarını Xankəndidən yola saldılar.', 'Rus sülhməramlılarını'],
    ['Qarabağ müharibəsi 44 gün davam etdi.', 'Rusiya sülhməramlılarıyla görüş keçirildi.', 'Rusiya sülhməramlılarıyla'],
    ['Qarabağ müharibəsi 44 gün davam etdi.', 'Rus sülhməramlı kontingentinin komandanı dəyişdi.', 'Rus sülhməramlı kontingentinin'],
    ['Война в Карабахе длилась 44 дня.', 'Российские военные миротворцы покинули регион.', 'Российские военные миротворцы'],
    ['Война в Карабахе длилась 44 дня.', 'Миротворцы из России покинули регион.', 'Миротворцы из России'],
    ['Война в Карабахе длилась 44 дня.', 'Контингента российских миротворцев больше нет в регионе.', 'российских миротворцев'],
    ['Война в Карабахе длилась 44 дня.', 'Российская миротворческая миссия завершена.', 'Российская миротворческая миссия'],
    ['Война в Карабахе длилась 44 дня.', 'Миротворческая миссия России завершена.', 'Миротворческая миссия России'],
    ['Война в Карабахе длилась 44 дня.', 'Вывод миротворческих сил РФ завершён.', 'миротворческих сил РФ'],
    ['Война в Карабахе длилась 44 дня.', 'Миротворцев РФ вывели досрочно.', 'Миротворцев РФ'],
    ['Война в Карабахе длилась 44 дня.', 'Российских военных миротворцев вывели досрочно.', 'Российских военных миротворцев'],
    ['Война в Карабахе длилась 44 дня.', 'Российским миротворцам передали посты.', 'Российским миротворцам'],
    ['Արցախյան պատերազմը տևեց 44 օր։', 'Ռուս խաղաղապահները լքեցին տարածաշրջանը։', 'Ռուս խաղաղապահները'],
    ['Արցախյան պատերազմը տևեց 44 օր։', 'Ռուսական խաղաղապահ առաքելությունն ավարտվեց։', 'Ռուսական խաղաղապահ առաքելությունն'],
    ['Արցախյան պատերազմը տևեց 44 օր։', 'ՌԴ խաղաղապահները լքեցին տարածաշրջանը։', 'ՌԴ խաղաղապահները'],
    ['Արցախյան պատերազմը տևեց 44 օր։', 'Ռուսաստանի խաղաղապահ առաքելությունն ավարտվեց։', 'Ռուսաստանի խաղաղապահ առաքելությունն'],
    ['Արցախյան պատերազմը տևեց 44 օր։', 'Ռուսական խաղաղապահ կոնտինգենտը լքեց տարածաշրջանը։', 'Ռուսական խաղաղապահ կոնտինգենտը'],
    ['Արցախյան պատերազմը տևեց 44 օր։', 'Ռուս խաղաղապահներին հանձնեցին դիրքերը։', 'Ռուս խաղաղապահներին'],
    ['Արցախյան պատերազմը տևեց 44 օր։', 'Ռուս խաղաղապահներից մեկը վիրավորվեց։', 'Ռուս խաղաղապահներից'],
    [
      'Արցախյան պատերազմը տևեց 44 օր։',
      'Ռուսաստանի Դաշնության խաղաղապահ զորակազմի հրամանատարը փոխվեց։',
      'Ռուսաստանի Դաշնության խաղաղապահ զորակազմի',
    ],
    ['La guerre du Haut-Karabakh a duré 44 jours.', 'Les Casques bleus russes sont partis.', 'Casques bleus russes'],
    ['La guerre du Haut-Karabakh a duré 44 jours.', "La force russe d'interposition est partie.", "force russe d'interposition"],
    ['La guerre du Haut-Karabakh a duré 44 jours.', "Les forces d'interposition russes sont parties.", "forces d'interposition russes"],
    ['La guerre du Haut-Karabakh a duré 44 jours.', 'Les soldats russes de la paix sont partis.', 'soldats russes de la paix'],
    ['La guerre du Haut-Karabakh a duré 44 jours.', 'La force de paix russe est partie.', 'force de paix russe'],
    [
      'La guerre du Haut-Karabakh a duré 44 jours.',
      'Les troupes russes de maintien de la paix sont parties.',
      'troupes russes de maintien de la paix',
    ],
    [
      'La guerre du Haut-Karabakh a duré 44 jours.',
      'Les militaires russes chargés du maintien de la paix sont partis.',
      'militaires russes chargés du maintien de la paix',
    ],
    ['Der Krieg um Bergkarabach dauerte 44 Tage.', 'Der Abzug russischer Friedenstruppen ist abgeschlossen.', 'russischer Friedenstruppen'],
    [
      'Der Krieg um Bergkarabach dauerte 44 Tage.',
      'Den russischen Friedenstruppen wurde Untätigkeit vorgeworfen.',
      'russischen Friedenstruppen',
    ],
    ['Der Krieg um Bergkarabach dauerte 44 Tage.', 'Russlands Friedenstruppen zogen ab.', 'Russlands Friedenstruppen'],
    ['Der Krieg um Bergkarabach dauerte 44 Tage.', 'Die Friedenstruppen Russlands zogen ab.', 'Friedenstruppen Russlands'],
    ['Der Krieg um Bergkarabach dauerte 44 Tage.', 'Die russische Friedenstruppe zog ab.', 'russische Friedenstruppe'],
    [
      'Der Krieg um Bergkarabach dauerte 44 Tage.',
      'Russische Soldaten der Friedenstruppe zogen ab.',
      'Russische Soldaten der Friedenstruppe',
    ],
    ['Der Krieg um Bergkarabach dauerte 44 Tage.', 'Die russischen Friedenssoldaten zogen ab.', 'russischen Friedenssoldaten'],
  ])('%s / %s', (topic, sentence, name) => {
    expect(mentionsAfterTopic(topic, sentence, 'rmc')).toEqual([name]);
  });
});

describe('Russian soldiers (servicemen, officers) of the peacekeeping force', () => {
  test.each([
    [
      'The war over Nagorno-Karabakh lasted 44 days.',
      'Russian soldiers of the peacekeeping force left the region.',
      'Russian soldiers of the peacekeeping force',
    ],
    [
      'The war over Nagorno-Karabakh lasted 44 days.',
      'Russian servicemen of the peacekeeping contingent left the region.',
      'Russian servicemen of the peacekeeping contingent',
    ],
    [
      'Война в Карабахе длилась 44 дня.',
      'Российские военнослужащие миротворческого контингента покинули регион.',
      'Российские военнослужащие миротворческого контингента',
    ],
    [
      'Der Krieg um Bergkarabach dauerte 44 Tage.',
      'Russische Soldaten der Friedenstruppe zogen ab.',
      'Russische Soldaten der Friedenstruppe',
    ],
    [
      'Der Krieg um Bergkarabach dauerte 44 Tage.',
      'Die russischen Soldaten der Friedenstruppen zogen ab.',
      'russischen Soldaten der Friedenstruppen',
    ],
  ])('%s / %s', (topic, sentence, name) => {
    expect(mentionsAfterTopic(topic, sentence, 'rmc')).toEqual([name]);
  });
});

describe('peacekeepers elsewhere stay unmatched, on a page about Karabakh too', () => {
  test.each([
    ['The war over Nagorno-Karabakh lasted 44 days.', 'Russian soldiers of the peacekeeping force in Transnistria stayed.'],
    ['The war over Nagorno-Karabakh lasted 44 days.', 'Russian soldiers of the peacekeeping force stayed in Abkhazia.'],
    ['The war over Nagorno-Karabakh lasted 44 days.', 'Russian officers of the UN peacekeeping mission served in Lebanon.'],
    ['The war over Nagorno-Karabakh lasted 44 days.', 'Russian servicemen of the CSTO peacekeeping force arrived in Kazakhstan.'],
    ['The war over Nagorno-Karabakh lasted 44 days.', 'Russian troops arrived.'],
    ['Война в Карабахе длилась 44 дня.', 'Российские военнослужащие миротворческого контингента в Приднестровье остаются.'],
    ['Война в Карабахе длилась 44 дня.', 'Российские военнослужащие миротворческих сил ОДКБ прибыли в Казахстан.'],
    ['Война в Карабахе длилась 44 дня.', 'Российские военнослужащие миротворческой миссии ООН служат в Ливане.'],
    ['Война в Карабахе длилась 44 дня.', 'Российские военные миротворческого батальона в Абхазии остались.'],
    ['Война в Карабахе длилась 44 дня.', 'Российские миротворцы в Южной Осетии остаются.'],
    ['Der Krieg um Bergkarabach dauerte 44 Tage.', 'Russische Soldaten der Friedenstruppe in Transnistrien bleiben.'],
    ['Der Krieg um Bergkarabach dauerte 44 Tage.', 'Russische Soldaten der Friedenstruppe der OVKS landeten in Kasachstan.'],
    ['Der Krieg um Bergkarabach dauerte 44 Tage.', 'Russische Soldaten der UN-Friedenstruppe dienen im Libanon.'],
    ['Der Krieg um Bergkarabach dauerte 44 Tage.', 'Russische Soldaten zogen ab.'],
    ['Qarabağ müharibəsi 44 gün davam etdi.', 'Rusiya sülhməramlıları Dnestryanıda qalır.'],
    ['Qarabağ müharibəsi 44 gün davam etdi.', 'KTMT sülhməramlıları Qazaxıstana göndərildi.'],
    ['Qarabağ müharibəsi 44 gün davam etdi.', 'Rus hərbçiləri bölgəni tərk etdi.'],
    ['La guerre du Haut-Karabakh a duré 44 jours.', 'Les soldats de la paix russes en Transnistrie restent.'],
    ['La guerre du Haut-Karabakh a duré 44 jours.', "Les casques bleus de l'ONU restent au Liban."],
    ['Արցախյան պատերազմը տևեց 44 օր։', 'Ռուս խաղաղապահները Մերձդնեստրում են։'],
  ])('%s / %s', (topic, sentence) => {
    expect(mentionsAfterTopic(topic, sentence, 'rmc')).toEqual([]);
  });
});

// The Russian adjectives of the conflict's towns settle the name in its sentence as the towns do.
describe('Russian town adjectives (Агдамский район, Шушинский, Мартакертский)', () => {
  test.each([
    ['Российские миротворцы покинули Шушинский район.', 'Российские миротворцы'],
    ['Российские миротворцы дежурили у Степанакертского аэропорта.', 'Российские миротворцы'],
    ['Российские миротворцы ушли из Мартакертского района.', 'Российские миротворцы'],
  ])('%s', (text, name) => {
    expect(mentionTexts(text, 'rmc')).toEqual([name]);
  });
});

test('a town adjective does not outweigh another conflict right after the force', () => {
  expect(mentionTexts('Российские миротворцы в Приднестровье, а не в Агдамском районе.', 'rmc')).toEqual([]);
});

describe('more case forms and phrasings, on a page about the region', () => {
  test.each([
    ['Արցախյան պատերազմը տևեց 44 օր։', 'Ռուսական խաղաղապահ զորախմբի հրամանատարը փոխվեց։', 'Ռուսական խաղաղապահ զորախմբի'],
    ['Արցախյան պատերազմը տևեց 44 օր։', 'ՌԴ խաղաղապահ առաքելության ավարտը հայտարարվեց։', 'ՌԴ խաղաղապահ առաքելության'],
    ['Արցախյան պատերազմը տևեց 44 օր։', 'Ռուս խաղաղապահ ուժերի դուրսբերումն ավարտվեց։', 'Ռուս խաղաղապահ ուժերի'],
    ['Արցախյան պատերազմը տևեց 44 օր։', 'Ռուսաստանի խաղաղապահների դուրսբերումն ավարտվեց։', 'Ռուսաստանի խաղաղապահների'],
    ['Արցախյան պատերազմը տևեց 44 օր։', 'Ռուսաստանյան խաղաղապահները հեռացան։', 'Ռուսաստանյան խաղաղապահները'],
    ['Արցախյան պատերազմը տևեց 44 օր։', 'Ռուս խաղաղապահներով պաշտպանված միջանցքը փակվեց։', 'Ռուս խաղաղապահներով'],
    [
      'Qarabağ müharibəsi 44 gün davam etdi.',
      'Rusiya Federasiyasının sülhməramlı qüvvələrinin komandanı dəyişdi.',
      'Rusiya Federasiyasının sülhməramlı qüvvələrinin',
    ],
    ['Qarabağ müharibəsi 44 gün davam etdi.', 'Rusiyanın sülhməramlılarının sayı azaldı.', 'Rusiyanın sülhməramlılarının'],
    ['Qarabağ müharibəsi 44 gün davam etdi.', 'Rusiyalı sülhməramlıların sayı azaldı.', 'Rusiyalı sülhməramlıların'],
    // An acronym counts on a page that names the force in words too: that name is in the first sentence.
    ['Qarabağ müharibəsi 44 gün davam etdi, sonra Rusiya sülhməramlıları gəldi.', 'RSK-nın komandanı dəyişdi.', 'RSK'],
    ['Qarabağ müharibəsi 44 gün davam etdi.', 'Rusiya Sülhməramlı Kontingentinin komandanı dəyişdi.', 'Rusiya Sülhməramlı Kontingentinin'],
    ['Qarabağ müharibəsi 44 gün davam etdi.', 'Rusiya sülhməramlı missiyasının müddəti bitdi.', 'Rusiya sülhməramlı missiyasının'],
    ['Qarabağ müharibəsi 44 gün davam etdi.', 'Rus sülhməramlı qüvvələrinin komandanı dəyişdi.', 'Rus sülhməramlı qüvvələrinin'],
    [
      'La guerre du Haut-Karabakh a duré 44 jours.',
      'Le retrait du contingent russe de maintien de la paix est achevé.',
      'contingent russe de maintien de la paix',
    ],
    [
      'La guerre du Haut-Karabakh a duré 44 jours.',
      'Les habitants ont fait appel aux soldats de la paix russes.',
      'soldats de la paix russes',
    ],
    ['La guerre du Haut-Karabakh a duré 44 jours.', 'Le départ des Casques bleus russes a surpris.', 'Casques bleus russes'],
    ['La guerre du Haut-Karabakh a duré 44 jours.', 'Le départ des forces de paix russes a surpris.', 'forces de paix russes'],
    [
      'Der Krieg um Bergkarabach dauerte 44 Tage.',
      'Der Abzug der russischen Friedenstruppen begann im April.',
      'russischen Friedenstruppen',
    ],
    ['Der Krieg um Bergkarabach dauerte 44 Tage.', 'Der Abzug russischer Friedenssoldaten begann im April.', 'russischer Friedenssoldaten'],
    ['Der Krieg um Bergkarabach dauerte 44 Tage.', 'Die russischen Friedenshüter zogen ab.', 'russischen Friedenshüter'],
    ['Война в Карабахе длилась 44 дня.', 'Российскими миротворческими силами командовал генерал.', 'Российскими миротворческими силами'],
    ['Война в Карабахе длилась 44 дня.', 'О российских миротворческих силах писали много.', 'российских миротворческих силах'],
    [
      'Война в Карабахе длилась 44 дня.',
      'Миротворческих войск Российской Федерации больше нет.',
      'Миротворческих войск Российской Федерации',
    ],
    [
      'Война в Карабахе длилась 44 дня.',
      'Российскому миротворческому контингенту передали посты.',
      'Российскому миротворческому контингенту',
    ],
  ])('%s / %s', (topic, sentence, name) => {
    expect(mentionsAfterTopic(topic, sentence, 'rmc')).toEqual([name]);
  });
});
