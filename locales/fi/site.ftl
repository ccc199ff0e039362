## Kaikkien sivujen yhteinen asettelu: ylätunniste, kielivalitsin, alatunniste, yhteiset osat.
## Viestit ovat pelkkää tekstiä (ei HTML:ää). Viitekieli on ruotsi (sv).

site-name = Yhteyspiste
site-description = Valtakunnallinen yhteyspiste sinulle, joka haluat irtautua rikollisuudesta, väkivaltaisesta ekstremismistä tai kunniaan liittyvästä sorrosta

skip-link = Siirry sisältöön

quick-exit = Poistu sivulta nopeasti
quick-exit-hint = Vinkki: voit poistua sivulta nopeasti myös painamalla vaihtonäppäintä (Shift) kolme kertaa.

nav-label = Pikalinkit
nav-enquiry = Kirjoita meille
nav-receipt = Minulla on koodi
nav-chat = Chatti
nav-callback = Soittopyyntö

lang-picker-label = Kieli / Språk
lang-draft-tag = luonnos

draft-notice-title = Tämä käännös on luonnos
draft-notice = Tämä teksti on käännetty, mutta pätevä kääntäjä ei ole vielä tarkistanut sitä. Siinä voi olla virheitä.
draft-notice-link = Lue sivu ruotsiksi

footer-label = Lisätietoa
footer-where-to-turn = Mihin voin kääntyä?
footer-support = Millaista tukea on saatavilla?
footer-about = Tietoa yhteyspisteestä
footer-privacy = Salassapito ja nimettömyys
footer-safety = Turvallisuus: piilota käyntisi
footer-when-closed = Kun olemme suljettuna
footer-accessibility = Saavutettavuus
footer-emergency = 112 – välitön vaara

## Operator: adjust these messages if another organisation runs the service.
operator-run-by = { $kind ->
    [police] Yhteyspistettä ylläpitää poliisi (Ruotsin poliisi, Polismyndigheten) yhdessä Ruotsin rikosseuraamuslaitoksen (Kriminalvården), valtion laitoshoitoviraston (Statens institutionsstyrelse, SiS) ja Ruotsin sosiaalihallituksen (Socialstyrelsen) kanssa.
    [authority] Yhteyspistettä ylläpitää { $host }, joka on viranomainen.
   *[other] Yhteyspistettä ylläpitää { $host }, joka ei ole viranomainen.
}
operator-authority = Yhteyspiste on osa viranomaista. Siksi siihen sovelletaan viranomaisten salassapitosääntöjä. Siihen sovelletaan myös ilmoitusvelvollisuutta silloin, kun lapsi voi tarvita suojelua.
operator-not-authority = Yhteyspiste ei ole viranomainen. Siksi meihin eivät päde viranomaisten säännöt salassapidosta eikä velvollisuus ilmoittaa, kun lapsi voi tarvita suojelua. Emme silti anna kirjoittamaasi eteenpäin ilman suostumustasi, paitsi akuutissa vaarassa tai kun kerrot vakavasta rikoksesta, joka on tapahtumassa.

## Usealla sivulla käytettävät yhteiset osat.
common-emergency-lead = Oletko vaarassa juuri nyt?
common-emergency-call = Soita 112
common-contact-heading = Näin otat meihin yhteyttä
common-reply-promise = Voit aina kirjoittaa meille, vuorokauden ympäri ja joka päivä. Vastaamme { $days ->
    [one] yhden arkipäivän
   *[other] { $days } arkipäivän
} kuluessa.
common-write-link = Kirjoita meille
common-anonymous = Sinun ei tarvitse kertoa nimeäsi tai mitään muuta, mistä näkee, kuka olet.
common-code = Kun olet kirjoittanut, saat koodin. Koodilla voit lukea vastauksemme ja kirjoittaa lisää. Kirjoita koodi muistiin ja säilytä sitä turvallisessa paikassa.
common-receipt-link = Palaa koodisi kanssa
common-no-crimes-title = Älä kirjoita rikoksista
common-no-crimes = Älä kirjoita rikoksista, joita olet tehnyt. Meidän ei tarvitse tietää niistä, jotta voimme auttaa sinua. Jos tietoja tarvitaan myöhemmin, asiasi vastaanottava taho kysyy niitä – ja vain suostumuksellasi.
common-safety-heading = Ajattele turvallisuuttasi
common-safety-text = Jos joku voi katsoa puhelintasi tai tietokonettasi, käytä ylhäällä olevaa Poistu sivulta nopeasti -painiketta. Se vie sinut suoraan toiselle verkkosivustolle.
common-safety-link = Näin piilotat käyntisi
common-no-email = Emme koskaan lähetä koodiasi tai kirjoittamaasi tekstiä sähköpostilla tai tekstiviestillä.
common-more-heading = Lue lisää

## The decision's urgent notices, first on the page after sending and on the receipt page
## (templates/partials/urgent.html). Självmordslinjen is run by Mind, open day and night.
urgent-90101-text = Onko sinulla tai jollakulla läheiselläsi itsemurha-ajatuksia? Soita Självmordslinjeniin, itsemurhien ehkäisyn auttavaan puhelimeen, numeroon 90101. Sitä ylläpitää Mind, ja se on avoinna vuorokauden ympäri.
urgent-90101-call = Soita Självmordslinjeniin numeroon 90101

## When handlers read (site.read_hours), beside the reply promise (src/web/render.rs).
common-read-hours = Luemme viestejä { $windows }, emme kuitenkaan arkipyhinä. Kiireelliset viestit luemme ensin.
common-read-always = Luemme viestejä vuorokauden ympäri, joka päivä. Kiireelliset viestit luemme ensin.
common-read-days = { $first }–{ $last } klo { $from }–{ $to }
common-read-day = { $first } klo { $from }–{ $to }
common-weekday = { $day ->
    [1] maanantai
    [2] tiistai
    [3] keskiviikko
    [4] torstai
    [5] perjantai
    [6] lauantai
   *[7] sunnuntai
}
