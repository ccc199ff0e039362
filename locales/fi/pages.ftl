## Tietosivut. Yksi viesti kappaletta tai luettelon kohtaa kohden. Vain pelkkää tekstiä.

## Etusivu
home-title = Tukea sinulle, joka haluat irtautua
home-lead = Yhteyspiste on valtakunnallinen yhteyspiste sinulle, joka haluat irtautua rikollisuudesta, väkivaltaisesta ekstremismistä tai kunniaan liittyvästä sorrosta – sekä perheellesi ja niille, jotka työskentelevät kanssasi.
home-choose-heading = Valitse, mikä sopii sinulle
home-entry-leave = Haluan irtautua
home-entry-leave-text = Jengistä, rikollisuudesta, väkivaltaisesta ryhmästä tai elämästä, jota hallitaan kunnian nimissä.
home-entry-relatives = Olen huolissani läheisestäni
home-entry-relatives-text = Vanhemmille, kumppaneille, sisaruksille ja ystäville.
home-entry-professionals = Työskentelen tämän asian parissa
home-entry-professionals-text = Kunta, sosiaalipalvelut, koulu, terveydenhuolto ja muut.
home-entry-young = Olen alle 18-vuotias
home-entry-young-text = Selkeää tekstiä siitä, mitä tapahtuu, kun kirjoitat meille.
home-write-heading = Kirjoita meille
home-write-anonymous = Sinun ei tarvitse kertoa nimeäsi.
home-receipt-heading = Oletko jo kirjoittanut meille?
home-receipt-text = Lue vastauksemme saamallasi koodilla.
home-more-where-to-turn = Mihin voin kääntyä? Puhelinnumerot ja aukioloajat
home-more-support = Millaista tukea voin saada?
home-more-privacy = Näin suojaamme sen, mitä kirjoitat
home-more-when-closed = Jos tarvitset apua, kun olemme suljettuna

## Haluan irtautua
leave-title = Haluan irtautua
leave-lead = Halu päästä irti on iso päätös. Sinun ei tarvitse tehdä sitä yksin. Moni on tehnyt sen ennen sinua.
leave-who = Tämä sivu on sinulle, joka haluat irtautua rikollisesta verkostosta tai jengistä, väkivaltaisesta ekstremistisestä ryhmästä tai elämästä, jossa perheesi tai sukusi hallitsee sinua uhkauksilla ja väkivallalla kunnian nimissä.
leave-can-heading = Näin voimme auttaa sinua
leave-can-listen = Lukea kirjoittamasi ja ymmärtää tilanteesi tuomitsematta sinua.
leave-can-advise = Antaa neuvoja seuraavista askelista ja kertoa, millaista tukea asuinpaikkakunnallasi on.
leave-can-connect = Ohjata sinut jollekulle, joka voi auttaa sinua – vain jos haluat ja suostumuksellasi.
leave-can-follow = Auttaa sinua löytämään oikean paikan, jos olet jo yhteydessä esimerkiksi Kriminalvårdeniin (Ruotsin rikosseuraamuslaitos), SiS:iin tai sosiaalipalveluihin.
leave-cannot-heading = Tätä emme voi tehdä
leave-cannot-text = Emme voi itse antaa sinulle asuntoa, rahaa tai suojelua. Niistä päättävät sosiaalipalvelut, poliisi ja muut. Emme voi luvata, että kaikki järjestyy, emmekä voi poistaa rikoksista tulevia rangaistuksia. Autamme sinua kuitenkin saamaan yhteyden niihin, jotka voivat antaa tukea.
leave-happens-heading = Näin tapahtuu, kun kirjoitat
leave-happens-write = Kirjoitat meille ja saat koodin.
leave-happens-read = Yhteyspisteen työntekijä lukee, mitä olet kirjoittanut.
leave-happens-answer = Vastaamme { $days ->
    [one] yhden arkipäivän
   *[other] { $days } arkipäivän
} kuluessa. Luet vastauksen täältä verkkosivustolta koodillasi. Jos haluat, voimme myös soittaa sinulle aikaan, joka on sinulle turvallinen.
leave-happens-advise = Annamme neuvoja ja ehdotamme, kuka voi auttaa sinua.
leave-happens-consent = Jos haluat, ja vain suostumuksellasi, ohjaamme sinut heille. Sinä päätät, mitä tietoja annetaan eteenpäin, kenelle ja milloin. Voit perua suostumuksesi.
leave-actors-heading = Keneen voimme ohjata sinut
leave-actor-social = Kuntasi sosiaalipalvelut – tukea asumiseen, raha-asioihin, hoitoon ja paljon muuhun.
leave-actor-police = Poliisin irtautumiskoordinaattori (avhopparsamordnare) alueellasi – kun sinua uhataan ja tarvitset suojelua.
leave-actor-programme = Kunnan tai alueen irtautujille tarkoitettu tukitoiminta (avhopparverksamhet), jos sellaista on.
leave-actor-prison = Kriminalvården (Ruotsin rikosseuraamuslaitos), jos olet tutkintavankeudessa tai vankilassa tai sinulla on vankilan ulkopuolinen valvonta (frivård).
leave-actor-sis = SiS (Statens institutionsstyrelse, nuorten suljettua laitoshoitoa järjestävä valtion virasto), jos sinut on sijoitettu SiS-kotiin.
leave-actor-psychiatry = Alueesi psykiatrinen hoito, jos voit psyykkisesti huonosti.
leave-actor-migration = Migrationsverket (Ruotsin maahanmuuttovirasto), jos et ole Ruotsin kansalainen ja haluat itse palata toiseen maahan. Vain jos itse pyydät sitä.
leave-actor-civil = Tarkastamamme vapaaehtoisjärjestöt, esimerkiksi mentoria tai uutta yhteisöä varten.
leave-anonymous-heading = Voit pysyä nimettömänä
leave-anonymous-text = Sinun ei tarvitse kertoa, kuka olet, saadaksesi neuvoja. Jos haluat käytännön apua, esimerkiksi asumiseen, auttajiesi täytyy jossain vaiheessa tietää, kuka olet. Sinä päätät, milloin se hetki on tullut.
leave-threat-heading = Jos sinua uhataan
leave-threat-text = Poliisi voi antaa suojelua, kun on olemassa uhka. Moni irtautuja muuttaa toiseen kuntaan, ja siihen on saatavilla apua. Kerro meille, jos sinua uhataan, mutta älä kerro, mitä olet itse tehnyt.
leave-women-heading = Sinulle, joka olet tyttö tai nainen
leave-women-text = Tytöille ja naisille on tarjolla heille sovitettua tukea, esimerkiksi turvakotiasumista. Voit myös soittaa valtakunnalliseen naisten tukipuhelimeen Kvinnofridslinjeniin numeroon 020-50 50 50 vuorokauden ympäri.
leave-honour-heading = Jos kyse on kunniasta
leave-honour-text = Sinulla on oikeus päättää omasta elämästäsi, siitä, keitä tapaat ja kenen kanssa menet naimisiin. Jos perheesi tai sukusi kontrolloi sinua uhkauksilla tai väkivallalla, sosiaalipalvelut ja poliisi voivat auttaa sinua. Tämä koskee myös alle 18-vuotiaita.

## Läheiset
relatives-title = Olen huolissani läheisestäni
relatives-lead = On raskasta nähdä joku, josta välittää, rikollisuudessa, väkivaltaisessa ekstremistisessä ryhmässä tai kunniaan liittyvän kontrollin alaisena. Voit saada neuvoja – ja tukea myös itsellesi.
relatives-can-heading = Näin voimme auttaa sinua
relatives-can-advise = Antaa neuvoja siitä, miten voit puhua läheisesi kanssa ja mitä voit tehdä.
relatives-can-explain = Kertoa, millaista tukea on tarjolla ja kuka vastaa mistäkin siellä, missä asutte.
relatives-can-connect = Ohjata sinut suostumuksellasi sosiaalipalveluihin tai jollekulle muulle, joka voi auttaa.
relatives-can-yourself = Auttaa sinua saamaan tukea itsellesi. Moni läheinen kantaa huolta, häpeää ja pelkoa. Sosiaalipalvelut voivat tukea myös läheisiä.
relatives-tell-heading = Mitä voimme ja mitä emme voi kertoa sinulle
relatives-tell-can = Voimme kertoa, millaista tukea on tarjolla, miten irtautuminen yleensä etenee ja mihin voit kääntyä.
relatives-tell-cannot = Jos läheisesi on itse yhteydessä meihin, emme saa kertoa siitä sinulle mitään ilman hänen suostumustaan – emme edes sitä, että hän on ottanut yhteyttä. Kyse on salassapidosta, ja se suojaa myös läheistäsi.
relatives-tell-child = Koskeeko asia alle 18-vuotiasta lastasi? Sosiaalipalvelut voivat kertoa, miten sinä huoltajana voit saada tietoa ja osallistua.
relatives-callback-heading = Voimme soittaa sinulle
relatives-callback-text = Voit pyytää meitä soittamaan sinulle kirjoittamisen sijaan. Valitset itse ajan, jolloin sinun on turvallista puhua.
relatives-callback-who = Kun soitamme, kerromme, keitä olemme, vain jos olet sanonut, että se on ok. Voit myös valita tunnussanan, jotta tiedät, että soittaja on meiltä.
relatives-callback-interpreter = Kerro meille, jos tarvitset tulkkia, niin yritämme järjestää sellaisen.
relatives-child-heading = Jos olet huolissasi lapsesta
relatives-child-text = Jos epäilet, että lapsen hyvinvointi on vaarassa, voit aina ottaa yhteyttä sosiaalipalveluihin siinä kunnassa, jossa lapsi asuu. Voit tehdä lastensuojeluilmoituksen (orosanmälan) itse. Voit myös kirjoittaa ensin meille ja saada neuvoja.
relatives-threat-heading = Jos sinua itseäsi uhataan
relatives-threat-text = Myös läheisiä voidaan uhata. Jos tilanne on akuutti, soita 112. Muuten voit soittaa poliisille numeroon 114 14.
relatives-no-crimes = Älä kirjoita rikoksista, joita läheisesi tai sinä olette tehneet. Kuvaile sen sijaan, mistä olet huolissasi ja mitä tarvitset.

## Ammattilaiset
professionals-title = Työskentelen tämän asian parissa
professionals-lead = Sinulle, joka työskentelet kunnassa, sosiaalipalveluissa, koulussa, terveydenhuollossa, poliisissa, Kriminalvårdenissa (Ruotsin rikosseuraamuslaitos) tai vapaaehtoisjärjestössä ja kohtaat jonkun, joka haluaa irtautua, tai hänen läheisensä.
professionals-consult-heading = Neuvontaa asiakastapauksessa
professionals-consult-text = Voit konsultoida meitä asiakastapauksesta. Kuvaile tilanne ilman nimiä tai henkilötunnuksia (personnummer), ellei niitä tarvita.
professionals-consult-topics = Voimme esimerkiksi kertoa, mitä toimijoita on olemassa, miten irtautuminen yleensä etenee, mistä kunta vastaa ja miten teette yhteistyötä poliisin irtautumiskoordinaattorin (avhopparsamordnare) kanssa.
professionals-consult-knowledge = Voimme myös ohjata sinut asiantuntijatuen pariin: Center mot våldsbejakande extremism (CVE, väkivaltaisen ekstremismin ehkäisyn keskus) ja Nationellt centrum mot hedersrelaterat våld och förtryck (kunniaan liittyvän väkivallan ja sorron vastainen kansallinen keskus, Östergötlandin lääninhallitus).
professionals-referral-heading = Näin ohjaus kuntaan toimii
professionals-referral-consent = Kun henkilö antaa suostumuksensa, yhteyspiste voi lähettää ohjauksen oikeaan kuntaan tai irtautujille tarkoitettuun tukitoimintaan (avhopparverksamhet).
professionals-referral-inbox = Kunta saa ohjauksen turvalliseen saapuneiden viestien kansioon, ei koskaan sähköpostilla. Se sisältää vain ne tiedot, jotka henkilö on suostunut antamaan juuri teille.
professionals-referral-answer = Kunta vastaa saapuneiden viestien kansiossa ja ottaa yhteydenpidon hoitaakseen. Yhteyspiste varmistaa, että joku on vastaanottanut asian.
professionals-referral-no-programme = Eikö kunnassasi ole irtautujien tukitoimintaa? Voimme kertoa alueellisesta yhteistyöstä ja siitä, miten muutto toiseen kuntaan voi onnistua.
professionals-inbox-link = Kirjaudu kunnan saapuneiden viestien kansioon
professionals-consent-heading = Suostumus jokaiselle vastaanottajalle
professionals-consent-text = Suostumus koskee jokaista vastaanottajaa erikseen: mitkä tiedot, kenelle ja milloin. Henkilö voi perua suostumuksensa. Ilman suostumusta viranomaisten välillä on voimassa salassapito, ellei laki toisin säädä.
professionals-consent-civil = Vapaaehtoisjärjestöihin ei sovelleta Ruotsin julkisuus- ja salassapitolakia (offentlighets- och sekretesslagen). Ne eivät koskaan saa meiltä tietoja rikoksista.
professionals-report-heading = Ilmoitusvelvollisuus, kun olet huolissasi lapsesta
professionals-report-text = Jos työskentelet viranomaisessa tai esimerkiksi koulussa, terveydenhuollossa tai sosiaalipalveluissa, sinun on heti ilmoitettava sosiaalipalveluille, jos epäilet, että lapsen hyvinvointi on vaarassa. Tästä säädetään sosiaalipalvelulaissa (socialtjänstlagen).
professionals-report-not-replaced = Yhteydenotto meihin ei korvaa ilmoitustasi. Voit saada meiltä neuvoja, mutta teet ilmoituksen sosiaalipalveluille itse.
professionals-report-we = { $kind ->
    [other] Yhteyspistettä ei ylläpidä viranomainen, eikä sillä ole ilmoitusvelvollisuutta. Siksi oma ilmoituksesi on tärkeä.
   *[authority] Myös yhteyspisteellä on ilmoitusvelvollisuus. Ilmoitamme huolen lapsesta sosiaalipalveluille, emme poliisille.
}
professionals-no-crimes = Älä kirjoita rikoksista, joita henkilö on tehnyt. Niitä ei tarvita neuvontaan eikä ohjaukseen. Asian vastaanottava taho kysyy tarvittavat tiedot henkilön suostumuksella.
professionals-contact-text = Kirjoita meille ja valitse, että kirjoitat työtehtävissäsi.

## Alle 18-vuotiaat – selkokieli
young-title = Oletko alle 18-vuotias?
young-lead = Tämä sivu on sinulle, joka olet alle 18-vuotias.
young-who-heading = Keitä me olemme?
young-who = { $kind ->
    [police] Yhteyspistettä ylläpitää poliisi.
    [authority] Yhteyspistettä ylläpitää { $host }. Se on viranomainen.
   *[other] Yhteyspistettä ylläpitää { $host }. Se ei ole viranomainen eikä poliisi.
}
young-who-read = { $kind ->
    [police] Yhteyspisteessä työskentelevät aikuiset lukevat, mitä kirjoitat. Muut poliisit saavat tietää siitä vain, jos joku on vaarassa tai jos kerrot vakavasta rikoksesta.
    [authority] Yhteyspisteessä työskentelevät aikuiset lukevat, mitä kirjoitat. Poliisi saa tietää siitä vain, jos sanot kyllä, jos joku on vaarassa tai jos kerrot vakavasta rikoksesta.
   *[other] Yhteyspisteessä työskentelevät aikuiset lukevat, mitä kirjoitat. Poliisi saa tietää siitä vain, jos sanot kyllä, jos joku on vaarassa tai jos kerrot vakavasta rikoksesta, joka on tapahtumassa.
}
young-help-heading = Voimme auttaa sinua
young-help-gang = Haluatko päästä pois jengistä tai rikoksista?
young-help-extremism = Haluatko lähteä ryhmästä, joka haluaa käyttää väkivaltaa?
young-help-honour = Päättääkö perheesi sinun elämästäsi uhkauksilla tai väkivallalla?
young-help-write = Silloin voit kirjoittaa meille.
young-help-anytime = Voit kirjoittaa milloin haluat. Voit kirjoittaa myös illalla ja yöllä.
young-help-adult = Aikuinen lukee viestisi ja vastaa. Hän tekee tätä työtä.
young-anonymous-heading = Sinun ei tarvitse kertoa, kuka olet
young-anonymous-name = Voit kirjoittaa ilman nimeäsi.
young-anonymous-code = Saat koodin, kun olet kirjoittanut.
young-anonymous-keep = Kirjoita koodi muistiin. Piilota se turvalliseen paikkaan.
young-anonymous-read = Koodilla voit lukea vastauksemme.
young-anonymous-details = Muista: myös puhelinnumero, koulu, lempinimi tai paikka voi paljastaa, kuka olet.
young-parents-heading = Saavatko vanhempasi tietää?
young-parents-us = Emme itse kerro vanhemmillesi, että olet kirjoittanut.
young-parents-social = Jos sosiaalipalvelujen pitää auttaa tai suojella sinua, ne puhuvat usein vanhempiesi kanssa.
young-parents-family = Mutta jos joku perheestäsi satuttaa sinua, sosiaalipalvelut päättävät, miten ne toimivat. Ne ajattelevat ensin sitä, että olet turvassa.
young-happens-heading = Näin tapahtuu, kun kirjoitat
young-happens-write = Kirjoitat meille.
young-happens-code = Saat koodin.
young-happens-read = Meillä työskentelevä aikuinen lukee, mitä kirjoitat.
young-happens-answer = Vastaamme { $days ->
    [one] yhden arkipäivän
   *[other] { $days } arkipäivän
} kuluessa. Arkipäivät ovat maanantaista perjantaihin.
young-happens-look = Luet vastauksen täältä. Käytät koodiasi.
young-happens-help = Kerromme, kuka voi auttaa sinua.
young-tell-heading = Joskus meidän täytyy kertoa sosiaalipalveluille
young-tell-law = Viranomaisessa työskentelevien aikuisten täytyy kertoa sosiaalipalveluille, kun he ovat huolissaan lapsesta. Niin laki sanoo.
young-tell-child = Laissa kaikki alle 18-vuotiaat ovat lapsia.
young-tell-so = Siksi meidän täytyy joskus kertoa sinusta sosiaalipalveluille.
young-tell-why = Teemme sen, jotta aikuiset voivat auttaa sinua ja suojella sinua.
young-tell-social = Sosiaalipalvelut toimivat sinun kunnassasi. Ne voivat auttaa sinua ja perhettäsi.
young-tell-first = Jos voimme, kerromme siitä ensin sinulle.
young-tell-heading-other = Milloin kerromme sosiaalipalveluille
young-tell-other = Emme ole viranomainen. Meidän ei ole pakko kertoa sinusta sosiaalipalveluille. Teemme sen vain, jos sanot kyllä tai jos olet vaarassa.
young-tell-anonymous = Jos et ole kirjoittanut nimeäsi, emme tiedä, kuka olet. Silloin emme voi myöskään kertoa sosiaalipalveluille, kuka olet.
young-decide-heading = Sinä päätät paljosta, mutta et kaikesta
young-decide-what = Sinä päätät, mitä haluat kertoa.
young-decide-who = Sinä päätät, saammeko kertoa sinusta muille. Esimerkiksi poliisille tai järjestölle.
young-decide-not = Mutta jos olet vaarassa, meidän täytyy auttaa sinua saamaan suojelua.
young-decide-report = Ja meidän täytyy kertoa sosiaalipalveluille, jos olemme huolissamme sinusta.
young-decide-crime = { $kind ->
    [police] Jos kerrot vakavasta rikoksesta, joka on tapahtumassa tai on tapahtunut, poliisin on tehtävä jotain.
    [authority] Jos kerrot vakavasta rikoksesta, joka on tapahtumassa, meidän on kerrottava poliisille. Joskus se koskee myös vakavaa rikosta, joka on jo tapahtunut.
   *[other] Jos kerrot vakavasta rikoksesta, joka on tapahtumassa, meidän on kerrottava poliisille.
}
young-crimes-heading = Älä kirjoita rikoksista, joita olet tehnyt
young-crimes-need = Sinun ei tarvitse kertoa rikoksista, jotta saat apua.
young-crimes-dont = Älä kirjoita asioista, joita olet tehnyt.
young-talk-heading = Haluatko puhua jonkun kanssa nyt?
young-talk-bris = Soita Brisiin numeroon 116 111
young-talk-bris-text = Bris on lapsia ja nuoria varten. Soittaminen on ilmaista. Voit myös chattailla osoitteessa bris.se.
young-danger-heading = Oletko vaarassa?
young-safe-heading = Pidä huolta turvallisuudestasi
young-safe-button = Tuleeko joku? Paina ylhäällä olevaa painiketta Poistu sivulta nopeasti.
young-safe-phone = Luuletko, että joku tarkistaa puhelintasi? Kirjoita toisella puhelimella tai tietokoneella.
young-safe-link = Lisää vinkkejä turvallisuuteen
young-write-link = Kirjoita meille
young-receipt-link = Minulla on koodi

## Mihin voin kääntyä
where-to-turn-title = Mihin voin kääntyä?
where-to-turn-lead = Tässä ovat tavallisimmat tavat saada tukea. Voit aloittaa mistä haluat. Jos olet epävarma, kirjoita meille, niin autamme sinua löytämään oikean paikan.
where-to-turn-us-heading = Yhteyspiste
where-to-turn-us-text = Voit aina kirjoittaa meille, myös iltaisin, öisin ja viikonloppuisin. Voit pysyä nimettömänä.
where-to-turn-police-heading = Poliisi: 114 14
where-to-turn-police-text = Soita numeroon 114 14 ja pyydä saada puhua alueesi irtautumiskoordinaattorin (avhopparsamordnare) kanssa. Irtautumiskoordinaattorit työskentelevät päiväaikaan maanantaista perjantaihin. Poliisi voi auttaa suojelussa, kun sinua uhataan.
where-to-turn-police-call = Soita poliisille numeroon 114 14
where-to-turn-social-heading = Kuntasi sosiaalipalvelut
where-to-turn-social-text = Kuka tahansa voi saada tukea sosiaalipalveluista, myös ilman uhkaa. Sosiaalipalvelut vastaavat suurimmasta osasta tukea, kuten asumisesta, toimeentulosta ja hoidosta. Joillakin kunnilla on oma irtautujien tukitoiminta (avhopparverksamhet).
where-to-turn-social-how = Soita kuntasi vaihteeseen ja kysy sosiaalipalveluja. Ne ovat yleensä avoinna arkisin päiväaikaan.
where-to-turn-socialjour-heading = Sosiaalipäivystys: illat, yöt ja viikonloput
where-to-turn-socialjour-text = Kun sosiaalipalvelut ovat kiinni, käytössä on sosiaalipäivystys (socialjouren). Tavoitat sen kuntasi vaihteen tai verkkosivuston kautta. Jos tilanne on akuutti tai et löydä numeroa yöllä, soita 112 ja pyydä, että sinut yhdistetään sosiaalipäivystykseen (socialjouren).
where-to-turn-other-heading = Jos olet jo yhteydessä johonkin
where-to-turn-other-prison = Oletko tutkintavankeudessa tai vankilassa, tai onko sinulla vankilan ulkopuolinen valvonta (frivård)? Puhu yhteyshenkilösi kanssa Kriminalvårdenissa (Ruotsin rikosseuraamuslaitos).
where-to-turn-other-sis = Asutko SiS-kodissa? Puhu henkilökunnan tai sosiaalityöntekijäsi kanssa.
where-to-turn-other-health = Voitko psyykkisesti huonosti? Soita terveysneuvontaan numeroon 1177 vuorokauden ympäri.
where-to-turn-112-heading = Välittömässä vaarassa: 112
where-to-turn-112-text = Jos jonkun henki tai terveys on vaarassa juuri nyt, soita 112. Vuorokauden ympäri.

## Tuen muodot
support-title = Millaista tukea voin saada?
support-lead = Tässä on tukea, joka voi tulla kyseeseen, kun joku irtautuu. Se, millaista tukea voit saada, riippuu tilanteestasi ja tuen antajan päätöksistä. Autamme sinua löytämään oikean paikan.
support-protection-heading = Suojelu
support-protection-text = Jos sinua uhataan, poliisi voi arvioida uhan ja auttaa sinua suojelussa. Sosiaalipalvelut voivat järjestää turvakotiasumisen.
support-housing-heading = Asuminen
support-housing-text = Moni tarvitsee uuden asunnon päästäkseen pois. Sosiaalipalvelut voivat auttaa tilapäisessä tai pidempiaikaisessa asumisessa.
support-economy-heading = Raha-asiat
support-economy-text = Irtautuja jää usein ilman tuloja. Sosiaalipalvelut voivat myöntää toimeentulotukea ja auttaa veloissa ja budjetin laatimisessa.
support-talk-heading = Keskusteluapu
support-talk-text = Irtautuminen on vaikeaa, myös tunnetasolla. Voit puhua jonkun kanssa siitä, mitä on tapahtunut, ja tulevaisuudesta, esimerkiksi sosiaalipalveluissa tai vapaaehtoisjärjestössä.
support-treatment-heading = Hoito, myös päihdeongelmiin
support-treatment-text = Jos käytät alkoholia tai huumeita, voit saada hoitoa. Siitä vastaavat sosiaalipalvelut ja alue (region).
support-psychiatry-heading = Psykiatrinen hoito
support-psychiatry-text = Moni irtautuja voi psyykkisesti huonosti tai hänellä on diagnoosi. Alueesi psykiatria voi antaa hoitoa. Voimme auttaa sinua saamaan yhteyden.
support-relocation-heading = Muutto toiseen kuntaan
support-relocation-text = Moni irtautuja muuttaa toiselle paikkakunnalle, noin seitsemän kymmenestä. Kunnat tekevät tässä yhteistyötä, ja myös lapset ja läheiset voivat muuttaa mukana.
support-protected-heading = Suojatut henkilötiedot
support-protected-text = Skatteverket (Ruotsin verovirasto) voi päättää salassapitomerkinnästä (sekretessmarkering) tai suojatusta väestökirjauksesta (skyddad folkbokföring), jotta osoitettasi ei luovuteta. Meillä vain asiaasi käsittelevät työntekijät näkevät tällaiset tiedot, eikä niitä koskaan luovuteta luetteloissa tai tilastoissa.
support-relatives-heading = Tukea läheisille
support-relatives-text = Myös vanhemmat, kumppanit ja sisarukset voivat saada tukea, sekä auttaakseen irtautujaa että itseään varten.
support-work-heading = Työ ja koulutus
support-work-text = Uusi arki tarvitsee työpaikan tai koulutuksen. Kunta ja Arbetsförmedlingen (Ruotsin työnvälitys) voivat auttaa.
support-return-heading = Vapaaehtoinen paluu
support-return-text = Jos et ole Ruotsin kansalainen ja haluat itse muuttaa toiseen maahan, Migrationsverket (Ruotsin maahanmuuttovirasto) voi kertoa paluuseen saatavasta tuesta. Se on aina oma valintasi. Emme koskaan ota sinusta yhteyttä Migrationsverketiin, ellet itse pyydä sitä.

## Tietoa palvelusta
about-title = Tietoa yhteyspisteestä
about-lead = Yhteyspiste on yksi sisäänkäynti kaikille, jotka haluavat irtautua rikollisuudesta, väkivaltaisesta ekstremismistä tai kunniaan liittyvästä sorrosta, heidän läheisilleen ja niille, jotka työskentelevät heidän kanssaan.
about-who-heading = Kuka ylläpitää yhteyspistettä
about-who-mission = Ruotsin hallitus on antanut Ruotsin poliisille (Polismyndigheten), rikosseuraamuslaitokselle (Kriminalvården), valtion laitoshoitovirastolle (Statens institutionsstyrelse, SiS) ja sosiaalihallitukselle (Socialstyrelsen) tehtäväksi vahvistaa irtautua haluavien tukea koko Ruotsissa ja myös lapsille.
about-what-heading = Mitä teemme
about-what-text = Annamme tietoa ja neuvoja ja ohjaamme sinut tilanteesi kannalta oikealle toimijalle. Emme ole hätäkeskus emmekä tutki rikoksia.
about-police-heading = Mitä poliisille välitetään ja milloin
about-police-intro-police = Yhteyspiste on osa poliisia. Sen, mitä kirjoitat, lukee yhteyspisteen henkilöstö. Ilman suostumustasi sitä ei anneta poliisin tutkijoille tai muille poliisin osille, paitsi kahdessa tapauksessa:
about-police-crime-police = Jos kerrot vakavasta rikoksesta, joka on tapahtumassa tai on tapahtunut. Silloin poliisin henkilöstön on toimittava, myös meidän yhteyspisteessä. Älä siksi kirjoita rikoksista, joita olet itse tehnyt.
about-police-anonymous = Se, että otat meihin yhteyttä nimettömänä, ei itsessään käynnistä poliisiasiaa.
about-police-intro = Sen, mitä kirjoitat, lukevat yhteyspisteen työntekijät. Poliisi saa tietää siitä vain, jos annat suostumuksesi, esimerkiksi saadaksesi yhteyden poliisin irtautumiskoordinaattoriin ja suojelua, tai näissä tapauksissa:
about-police-acute = Jos jonkun henkeä tai terveyttä uhkaa akuutti vaara. Silloin soitamme heti numeroon 112, myös ilman suostumusta.
about-police-crime-coming = Jos kerrot vakavasta rikoksesta, joka on tapahtumassa. Silloin jokaisen, joka tietää siitä, on kerrottava.
about-police-crime-done = Jos kerrot vakavasta rikoksesta, joka on jo tapahtunut. Silloin laki voi poistaa salassapidon, jotta poliisi saa tietää.
about-police-children = Huoli lapsesta ilmoitetaan sosiaalipalveluille, ei poliisille.
about-police-first = Voit siis käydä kanssamme ensimmäisen keskustelun ilman, että poliisi osallistuu siihen.
about-crimes = Älä kirjoita rikoksista, joita olet tehnyt. Meidän ei tarvitse tietää niistä, jotta voimme auttaa sinua. Tämä suojaa sinua.
about-followup-heading = Seuranta ja tutkimus
about-followup-text = Työtä on tarkoitus seurata, jotta Brottsförebyggande rådet (Brå, Ruotsin rikoksentorjuntaneuvosto) voi arvioida, auttaako tuki. Tällä hetkellä asioista ei tehdä tilastoja. Kun niitä tehdään, kerromme tällä sivulla, mitä tilastot sisältävät.

## Salassapito ja nimettömyys
privacy-title = Salassapito ja nimettömyys
privacy-lead = Se, mitä kirjoitat meille, on arkaluonteista. Näin suojaamme sen.
privacy-anonymous-heading = Sinulla on oikeus pysyä nimettömänä
privacy-anonymous-text = Sinun ei tarvitse kertoa nimeäsi, henkilötunnustasi (personnummer), osoitettasi tai puhelinnumeroasi, jotta voit kirjoittaa meille ja saada vastauksen.
privacy-store-heading = Tätä emme tallenna
privacy-store-ip = Emme tallenna IP-osoitettasi.
privacy-store-trackers = Emme käytä seurantatyökaluja emmekä muiden yritysten kävijätilastoja.
privacy-store-third = Sivut eivät lataa mitään muilta verkkosivustoilta, esimerkiksi fontteja tai skriptejä.
privacy-store-cookie = Kun täytät lomaketta, käytämme välttämätöntä evästettä, joka suojaa lomaketta väärentämiseltä. Se ei sisällä mitään tietoa sinusta.
privacy-encrypted-heading = Kirjoittamasi teksti salataan
privacy-encrypted-text = Viestisi ja yhteystietosi tallennetaan salattuina. Vain asiaasi käsittelevät työntekijät voivat lukea ne, ja aina kun joku lukee niitä, siitä jää merkintä lokiin.
privacy-code-heading = Koodi on ainoa avain
privacy-code-text = Saamasi koodi on ainoa tapa päästä asiaasi. Tallennamme koodista vain sekoitetun muodon. Siksi emme voi kertoa koodia sinulle uudelleen, jos kadotat sen. Kirjoita se muistiin ja säilytä sitä turvallisessa paikassa.
privacy-code-lost = Onko koodisi kadonnut? Kirjoita meille uudelleen. Saat uuden koodin.
privacy-law-heading = Salassapito ja tietosuoja
privacy-law-secrecy = { $kind ->
    [other] Yhteyspiste ei ole viranomainen, joten julkisuus- ja salassapitolaki (offentlighets- och sekretesslagen) ei koske meitä. Emme silti anna kirjoittamaasi muille ilman suostumustasi, paitsi yllä mainituissa tapauksissa.
   *[authority] Kirjoittamasi on salassa pidettävää julkisuus- ja salassapitolain (offentlighets- och sekretesslagen) mukaan. Emme saa antaa sitä muille ilman suostumustasi, ellei laki toisin määrää.
}
privacy-law-gdpr = Käsittelemme henkilötietoja EU:n yleisen tietosuoja-asetuksen (GDPR) mukaisesti. Terveyttä ja rikoksia koskevat tiedot ovat erityisen suojattuja.
privacy-law-rights = Sinulla on oikeus tietää, mitä tietoja meillä on sinusta, ja saada virheet korjatuiksi. Jos sinulla on kysyttävää, voit ottaa yhteyttä viranomaisen tietosuojavastaavaan. Valvova viranomainen on Integritetsskyddsmyndigheten (IMY, Ruotsin tietosuojaviranomainen).
privacy-share-heading = Milloin annamme tietoja eteenpäin
privacy-share-consent = Annamme tietoja muille vain suostumuksellasi. Annat suostumuksen jokaiselle vastaanottajalle erikseen: mitkä tiedot, kenelle ja milloin.
privacy-share-withdraw = Voit perua suostumuksesi milloin tahansa. Jo annettuja tietoja emme voi ottaa takaisin, mutta mitään muuta ei enää anneta eteenpäin.
privacy-share-exceptions = { $kind ->
    [police] Ilman suostumusta annamme tietoja eteenpäin vain, jos jonkun henki tai terveys on akuutissa vaarassa, jos kerrot vakavasta rikoksesta, joka on tapahtumassa tai on tapahtunut (silloin poliisin henkilöstön on toimittava), tai kun olemme huolissamme siitä, että lapsi voi huonosti (silloin sosiaalipalveluille).
    [authority] Ilman suostumusta annamme tietoja eteenpäin vain, jos jonkun henki tai terveys on akuutissa vaarassa, jos kerrot vakavasta rikoksesta, joka on tapahtumassa (silloin jokaisen on kerrottava) tai on tapahtunut (silloin laki voi poistaa salassapidon), tai kun olemme huolissamme siitä, että lapsi voi huonosti (silloin sosiaalipalveluille).
   *[other] Ilman suostumusta annamme tietoja eteenpäin vain, jos jonkun henki tai terveys on akuutissa vaarassa tai jos kerrot vakavasta rikoksesta, joka on tapahtumassa.
}
privacy-share-civil = Vapaaehtoisjärjestöt eivät koskaan saa meiltä tietoja rikoksista.
privacy-retention-heading = Kuinka kauan säilytämme tietoja
privacy-retention-text = Säilytämme tiedot asiassasi. Sitä, kuinka kauan tietoja säilytetään ennen poistamista, ei ole vielä päätetty, eikä mitään poisteta tänään automaattisesti. Kun asia on päätetty, kerromme sen tällä sivulla.

## Kun yhteyspiste on suljettuna
when-closed-title = Kun olemme suljettuna
when-closed-lead = Voit aina kirjoittaa meille. Mutta joskus täytyy päästä puhumaan jonkun kanssa heti. Tässä ovat numerot, joihin voit soittaa.
when-closed-write-heading = Kirjoita meille – se onnistuu aina
when-closed-112-heading = 112 – välitön vaara
when-closed-112-text = Jos jonkun henki tai terveys on vaarassa. Avoinna vuorokauden ympäri.
when-closed-police-heading = Poliisi 114 14
when-closed-police-text = Kun tilanne ei ole akuutti. Pyydä saada puhua alueesi irtautumiskoordinaattorin (avhopparsamordnare) kanssa. Koordinaattorit työskentelevät päiväaikaan maanantaista perjantaihin.
when-closed-police-call = Soita 114 14
when-closed-socialjour-heading = Sosiaalipäivystys (socialjouren)
when-closed-socialjour-text = Sosiaalipalvelujen päivystys iltaisin, öisin ja viikonloppuisin. Löydät numeron kuntasi vaihteen tai verkkosivuston kautta. Yöllä voit myös soittaa 112 ja pyytää, että sinut yhdistetään sinne.
when-closed-bris-heading = Bris 116 111
when-closed-bris-text = Alle 18-vuotiaille lapsille ja nuorille. Soittaminen on ilmaista.
when-closed-bris-call = Soita Brisiin numeroon 116 111
when-closed-kvinnofrid-heading = Kvinnofridslinjen 020-50 50 50
when-closed-kvinnofrid-text = Valtakunnallinen tukipuhelin sinulle, joka olet kokenut uhkailua tai väkivaltaa, esimerkiksi lähisuhteessa tai kunnian nimissä. Myös läheiset voivat soittaa. Avoinna vuorokauden ympäri ja maksuton.
when-closed-kvinnofrid-call = Soita Kvinnofridslinjeniin numeroon 020-50 50 50
when-closed-1177-heading = 1177 – terveysneuvonta
when-closed-1177-text = Jos voit psyykkisesti huonosti ja tarvitset neuvoja hoidosta. Avoinna vuorokauden ympäri.
when-closed-1177-call = Soita 1177

## Turvallisuus: nopea poistuminen ja käynnin piilottaminen
safety-title = Turvallisuus: piilota käyntisi
safety-lead = Jos pelkäät, että joku näkee, mitä teet puhelimellasi tai tietokoneellasi, nämä vinkit voivat auttaa.
safety-button-heading = Poistu sivulta nopeasti -painike
safety-button-text = Jokaisen sivun yläosassa on painike Poistu sivulta nopeasti. Se vie sinut suoraan toiselle, tavalliselle verkkosivustolle.
safety-button-keyboard = Näppäimistöllä: paina vaihtonäppäintä (Shift) kolme kertaa nopeasti peräkkäin.
safety-button-history = Painike ei poista sivujamme selaimen historiasta. Lue alta, miten teet sen.
safety-history-heading = Poista historia
safety-history-text = Avaa selaimen valikko ja valitse Historia. Poista sivut, jotka ovat tältä verkkosivustolta.
safety-history-tip = Poista vain meidän sivumme. Täysin tyhjä historia voi herättää kysymyksiä.
safety-private-heading = Selaa yksityisesti
safety-private-text = Käytä yksityistä ikkunaa tai incognito-tilaa. Silloin historiaa ei tallenneta, kun suljet ikkunan. Se ei piilota käyntiäsi siltä, joka hallitsee verkkoa, esimerkiksi koulussa tai työpaikalla.
safety-traces-heading = Mitä selaimeen jää
safety-traces-history = Selaimen historia tallentaa täällä käymiesi sivujen osoitteet, ellet käytä yksityistä ikkunaa. Poistu sivulta nopeasti -painike vaihtaa vain sen sivun, jolla olet.
safety-traces-not-kept = Selain ei tallenna kopioita sivuistamme, eikä kirjoittamasi teksti palaa, jos painat Takaisin.
safety-traces-cookie = Lomakkeita suojaava eväste jää selaimeen, kunnes suljet sen. Se ei kerro sinusta mitään.
safety-traces-chat = Kun chat on päättynyt, sen osoite ei näytä siitä mitään. Luet sen koodillasi.
safety-traces-chat-browser = Chatin osoite toimii vain siinä selaimessa, jossa chat aloitettiin.
safety-traces-code = Koodisi sivu aukeaa vain siinä selaimessa, josta viesti lähetettiin, ja vain kymmenen minuutin ajan.
safety-device-heading = Käytä turvallista puhelinta tai tietokonetta
safety-device-text = Kirjoita mieluiten puhelimella tai tietokoneella, johon kukaan muu ei pääse, esimerkiksi kirjaston tietokoneella tai luotettavan ystävän puhelimella.
safety-watch-heading = Joku voi valvoa puhelintasi
safety-watch-text = Jengillä tai muilla ympärilläsi olevilla voi olla pääsy puhelimeesi: he voivat lainata sitä, tietää koodisi tai olla asentaneet sovelluksia, jotka näyttävät, missä olet, tai lukevat viestejäsi.
safety-watch-location = Tarkista asetuksista ja karttasovelluksista, jaetaanko sijaintisi muille.
safety-watch-other = Luuletko, että puhelintasi valvotaan? Ota meihin yhteyttä toisella puhelimella tai tietokoneella.
safety-code-heading = Suojaa koodisi
safety-code-text = Älä tallenna koodia paikkaan, jossa muut voivat nähdä sen. Kirjoita se paperille, jonka piilotat, tai opettele se ulkoa.
safety-contact-heading = Näin otamme sinuun yhteyttä
safety-contact-text = Soitamme vain aikoina, jotka olet kertonut turvallisiksi. Kerromme, keitä olemme, vain jos olet sanonut, että se on ok. Emme koskaan lähetä kirjoittamaasi tekstiä tai koodiasi sähköpostilla tai tekstiviestillä.

## Saavutettavuusseloste ja palautelomake
accessibility-title = Saavutettavuus
accessibility-lead = Haluamme, että mahdollisimman moni voi käyttää tätä verkkosivustoa. Tässä kerromme, miten sivusto täyttää Ruotsin lain digitaalisten julkisten palvelujen saavutettavuudesta, mitkä puutteet tiedämme ja miten voit ilmoittaa ongelmasta.
accessibility-status-heading = Kuinka saavutettava tämä verkkosivusto on?
accessibility-status-text = Verkkosivusto on tehty täyttämään WCAG 2.1 -ohjeiston AA-tason vaatimukset. Sen on tarkoitus toimia ilman JavaScriptiä, pelkällä näppäimistöllä, ruudunlukijalla ja 320 pikselin levyisillä näytöillä.
accessibility-status-testing = Sivut testataan automaattisesti axe-työkalulla kaikilla kielillä. Ulkopuolinen taho ei ole vielä arvioinut sivustoa.
accessibility-known-heading = Tunnetut puutteet
accessibility-known-drafts = Luonnoksiksi merkittyjä käännöksiä ei ole vielä tarkistanut pätevä kääntäjä, ja niissä voi olla virheitä.
accessibility-known-easy = Vain alle 18-vuotiaille tarkoitettu sivu on kirjoitettu selkokielellä.
accessibility-report-heading = Ilmoita ongelmasta
accessibility-report-text = Jos jokin sivustolla ei toimi sinulle, kerro siitä meille. Sinun ei tarvitse kertoa, kuka olet.
accessibility-report-reply = Vastaamme vain, jos annat yhteystietosi.
accessibility-form-problem = Mikä ei toimi?
accessibility-form-problem-hint = Kuvaile ongelma omin sanoin. Älä kirjoita tähän omasta asiastasi.
accessibility-form-page = Mitä sivua asia koskee? (vapaaehtoinen)
accessibility-form-page-hint = Esimerkiksi sivun osoite tai otsikko.
accessibility-form-contact = Miten tavoitamme sinut? (vapaaehtoinen)
accessibility-form-contact-hint = Esimerkiksi sähköpostiosoite. Jätä tyhjäksi, jos et halua vastausta.
accessibility-form-send = Lähetä ilmoitus
accessibility-form-errors = Jotain pitää korjata
accessibility-sent-heading = Kiitos ilmoituksestasi
accessibility-sent-text = Olemme vastaanottaneet sen ja selvitämme ongelman.
accessibility-digg-heading = Valvonta
accessibility-digg-text = Myndigheten för digital förvaltning (Digg, Ruotsin digitaalisen hallinnon virasto) valvoo lakia digitaalisten julkisten palvelujen saavutettavuudesta. Jos et ole tyytyväinen siihen, miten käsittelemme palautettasi, voit ottaa yhteyttä Diggiin ja kertoa siitä.
accessibility-digg-link = Diggin verkkosivusto, digg.se
accessibility-updated = Tämä seloste on kirjoitettu marraskuussa 2026.
