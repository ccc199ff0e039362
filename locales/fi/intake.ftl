## Kirjallinen yhteydenotto, kuittikoodi ja tilasivu.

enquiry-title = Kirjoita meille
enquiry-intro = Voit kirjoittaa meille milloin tahansa, vuorokauden ympäri. Vastaamme { $days } arkipäivän kuluessa, usein nopeammin. Voit lukea vastauksen täältä verkkosivustolta koodillasi.
enquiry-anonymous = Sinun ei tarvitse kertoa nimeäsi. Voit ohittaa kaikki kysymykset.
enquiry-danger = Oletko vaarassa juuri nyt? Soita 112.
enquiry-all-optional = Vastaa vain siihen, mihin haluat. Tarvitsemme vain viestin tai rastin siitä, että haluat meidän ottavan sinuun yhteyttä.
enquiry-no-crimes = Älä kirjoita rikoksista, joita olet tehnyt. Emme tarvitse sitä, jotta voimme auttaa sinua.
enquiry-send = Lähetä
form-error-summary = Jotain pitää korjata
form-not-saved-title = Viestiäsi ei ole vielä lähetetty
form-not-saved = Emme pystyneet tallentamaan viestiäsi juuri nyt. Tekstisi on yhä tallessa alla. Yritä uudelleen hetken kuluttua. Tarvitsetko apua nyt? Soita poliisille numeroon 114 14 tai hätätilanteessa numeroon 112.
form-unconfirmed-title = Emme vielä tiedä, tuliko viestisi perille
form-unconfirmed = Tallennus kesti liian kauan, joten emme voi sanoa varmasti, että viestisi tuli perille. Se voi silti tulla perille. Kirjoita alla oleva koodi muistiin. Hae sitä muutaman minuutin päästä kohdasta ”Minulla on koodi”: jos viestisi löytyy, se on tullut perille, eikä sitä pidä lähettää uudelleen. Jos sitä ei löydy, lähetä uudelleen – tekstisi on yhä tallessa alla. Tarvitsetko apua nyt? Soita poliisille numeroon 114 14 tai hätätilanteessa numeroon 112.
form-unconfirmed-code = Koodisi:
form-unconfirmed-nocode = Tallennus kesti liian kauan, joten emme voi sanoa varmasti, että lähettämäsi tuli perille. Se voi silti tulla perille. Tekstisi on yhä tallessa alla. Jos lähetät sen uudelleen, saatamme saada sen kahdesti, eikä se haittaa. Tarvitsetko apua nyt? Soita poliisille numeroon 114 14 tai hätätilanteessa numeroon 112.

field-enquirer = Kuka kirjoittaa?
field-professional_org = Missä työskentelet?
field-age_band = Minkä ikäinen on henkilö, joka haluaa irtautua?
field-gender = Henkilön sukupuoli
field-environment = Millaisesta ympäristöstä on kyse?
field-situation = Koskeeko jokin näistä henkilöä?
field-needs = Mitä tarvitaan?
field-municipality = Missä kunnassa henkilö asuu?
field-threat = Onko olemassa uhkaa?
field-citizenship = Onko henkilö Ruotsin kansalainen?
field-language = Millä kielellä haluat vastauksen?
field-consent_to_share = Saatte jakaa kirjoittamani tiedot niille, jotka voivat auttaa minua (esimerkiksi socialtjänsten eli kunnan sosiaalipalvelut).
field-message = Viestisi
field-wants_contact = Haluan, että otatte minuun yhteyttä. (Valitset tavan seuraavassa vaiheessa, tai voit kertoa sen viestissäsi.)

hint-professional_org = Vain jos kirjoitat työtehtävissäsi.
hint-choose-any = Valitse niin monta kuin haluat tai ei yhtään.
hint-municipality = Tieto auttaa meitä löytämään oikeaa apua henkilön läheltä.
hint-municipality-write = Kirjoita kunnan nimi, esimerkiksi Malmö tai Kiruna. Voit myös jättää kentän tyhjäksi.
hint-consent_to_share = Voit muuttaa mielesi myöhemmin. Ilman suostumustasi emme jaa mitään, paitsi jos laki sitä vaatii, esimerkiksi kun lapsi voi tarvita suojelua.
field-consent_for = Kenelle saamme antaa tietosi?
hint-consent_for = Suostumuksesi koskee vain niitä, jotka rastitat.
opt-consent_for-social_services = Kunnan sosiaalipalvelut (socialtjänsten) – voivat antaa tukea, asunnon ja suojelua
opt-consent_for-programme = Irtautumisohjelma – kunnan tai alueen tuki irtautumiseen
opt-consent_for-police = Poliisi – irtautumiskoordinaattori, joka voi antaa suojelua, kun sinua uhataan
opt-consent_for-words = Se, mitä olen kirjoittanut, sanasta sanaan – muuten välitämme vain vastauksesi kysymyksiin, emme tekstiäsi
hint-consent_for-others = Kirjoitatko jostakusta toisesta? Rastita vain se, mihin tämä henkilö on itse suostunut. Omaisen rasti ei koskaan korvaa aikuisen omaa suostumusta.

opt-no-answer = En halua vastata
opt-municipality-none = En halua kertoa
opt-enquirer-self = Minä itse, haluan irtautua
opt-enquirer-relative = Läheinen (vanhempi, kumppani, sisarus, ystävä)
opt-enquirer-professional = Kirjoitan työtehtävissäni
opt-professional_org-municipality = Kunta tai sosiaalipalvelut
opt-professional_org-school = Koulu
opt-professional_org-healthcare = Terveydenhuolto
opt-professional_org-police = Poliisi
opt-professional_org-prison_probation = Kriminalvården (Ruotsin rikosseuraamuslaitos)
opt-professional_org-civil_society = Voittoa tavoittelematon järjestö
opt-professional_org-other = Muu
opt-age_band-under_15 = Alle 15 vuotta
opt-age_band-15_17 = 15–17 vuotta
opt-age_band-18_20 = 18–20 vuotta
opt-age_band-21_25 = 21–25 vuotta
opt-age_band-26_plus = 26 vuotta tai vanhempi
opt-age_band-unknown = En tiedä
opt-gender-female = Nainen tai tyttö
opt-gender-male = Mies tai poika
opt-gender-other = Muu
opt-gender-unknown = En tiedä
opt-environment-criminal_network = Rikollinen verkosto tai jengi
opt-environment-violent_extremism = Väkivaltainen ekstremismi
opt-environment-honour_related = Kunniaan liittyvä väkivalta ja sorto
opt-environment-unknown = En tiedä
opt-situation-in_custody = On vankilassa (suorittaa tuomiota)
opt-situation-on_probation = On vankilan ulkopuolisessa valvonnassa (frivård, esimerkiksi suojeluvalvonta tai ehdonalainen vapaus)
opt-situation-sis_placement = Asuu SiS-kodissa (nuorten suljettu laitoshoito)
opt-situation-protected_witness = On todistaja ja on saanut suojelua
opt-situation-protected_identity = Henkilötiedot on suojattu
opt-threat-acute = Kyllä, tilanne on akuutti juuri nyt
opt-threat-serious = Kyllä, vakava uhka
opt-threat-some = Kyllä, jonkinlainen uhka
opt-threat-none = Ei
opt-threat-unknown = En tiedä
opt-needs-protection = Suojelu
opt-needs-relocation = Muutto toiselle paikkakunnalle
opt-needs-housing = Asunto
opt-needs-economy = Raha-asiat
opt-needs-psychiatric = Mielenterveys
opt-needs-substance_abuse = Apua alkoholin tai huumeiden käyttöön
opt-needs-work_education = Työ tai koulutus
opt-needs-family = Tukea perheelle
opt-needs-voluntary_return = Tietoa vapaaehtoisesta paluusta toiseen maahan
opt-needs-legal = Oikeudellista apua
opt-needs-other = Muu
opt-citizenship-swedish = Kyllä
opt-citizenship-other = Ei
opt-citizenship-unknown = En tiedä

error-choose-option = Valitse yksi vaihtoehdoista.
error-unknown-municipality = Emme löydä tämännimistä kuntaa. Tarkista kirjoitusasu (å, ä ja ö voi kirjoittaa a ja o) tai jätä kenttä tyhjäksi.
error-message-or-contact = Kirjoita viesti tai rastita, että haluat meidän ottavan sinuun yhteyttä.
error-message-too-long = Viesti on liian pitkä. Lyhennä sitä hieman tai jaa se osiin ja lähetä loput myöhemmin koodillasi.
error-message-empty = Kirjoita jotain ennen kuin lähetät.
error-problem-empty = Kuvaile ongelma.
error-text-too-long = Teksti on liian pitkä.

sent-title = Kiitos, olemme saaneet viestisi
sent-intro = Vastaamme { $days } arkipäivän kuluessa, usein nopeammin. Luet vastauksen täältä verkkosivustolta koodillasi.
sent-code-heading = Koodisi
sent-code-only-once = Näytämme koodin vain nyt. Emme itse säilytä sitä, joten emme voi antaa sitä sinulle uudelleen. Tallenna koodi ennen kuin jatkat.
sent-keep-write = Kirjoita koodi paperille, jota säilytät turvallisessa paikassa.
sent-keep-print = Tai tulosta tämä sivu (selaimesi valikosta).
sent-keep-download = Tai lataa koodi pienenä tekstitiedostona
sent-keep-safe = Muista, että joku muu voi löytää lapun, tulosteen tai tiedoston. Säilytä koodia paikassa, jossa kukaan muu ei näe sitä.
sent-confirm = Olen tallentanut koodini
sent-file-text = Koodi: { $code }

saved-title = Hyvä, olet valmis
saved-come-back = Koodisivulle
saved-danger = Oletko vaarassa? Soita 112.

receipt-title = Palaa koodisi kanssa
receipt-intro = Kirjoita koodi, jonka sait, kun lähetit viestisi. Silloin näet vastauksemme ja voit kirjoittaa lisää.
receipt-code-label = Koodisi
receipt-code-hint = 16 merkkiä, esimerkiksi ABCD-EFGH-JKMN-PQRS. Voit käyttää isoja tai pieniä kirjaimia.
receipt-show = Näytä
receipt-unknown-title = Emme löydä koodia
receipt-unknown = Koodi ei täsmää. Tarkista, että kirjoitit sen oikein, ja yritä uudelleen.
receipt-lost = Onko koodisi kadonnut? Kirjoita silloin meille uudelleen ja kerro siitä.
receipt-write-again = Kirjoita meille
receipt-message-added = Kiitos, viestisi on lähetetty.

status-title = Asiasi
status-label = Tila:
status-received = Vastaanotettu – emme ole vielä vastanneet
status-in_progress = Käsittelemme asiaasi
status-answered = Olemme vastanneet
status-closed = Suljettu
status-sent-at = Lähetetty:
status-conversation = Viestit
author-person = Sinä
author-staff = Yhteyspiste
status-no-messages = Ei vielä viestejä.
status-add-heading = Kirjoita lisää
status-add-send = Lähetä
status-leave-hint = Kun olet valmis, sulje sivu. Kukaan ei näe asiaasi ilman koodia.

## When the person is answered, on the page after sending (src/intake/answer.rs).
# promise: tests/api/promises.rs::the_page_after_sending_says_when_we_answer_from_the_priority_and_our_hours
answer-now = Luemme viestejä juuri nyt, ja luemme sinun viestisi heti. Luet vastauksemme täällä verkkosivulla koodillasi.
# promise: tests/api/promises.rs::the_page_after_sending_says_when_we_answer_from_the_priority_and_our_hours
answer-today = Vastaamme tänään. Luet vastauksen täällä verkkosivulla koodillasi.
# promise: tests/api/promises.rs::the_page_after_sending_says_when_we_answer_from_the_priority_and_our_hours
answer-reopens = Juuri nyt kukaan ei lue viestejä. Luemme viestisi { $weekday ->
    [1] maanantaina
    [2] tiistaina
    [3] keskiviikkona
    [4] torstaina
    [5] perjantaina
    [6] lauantaina
   *[7] sunnuntaina
} kello { $time }. Luet vastauksen täällä verkkosivulla koodillasi.
answer-danger-meanwhile = Onko joku vaarassa ennen sitä? Soita 112.
saved-next-code = Palaa tänne koodisi kanssa lukemaan vastauksemme tai kirjoittamaan lisää.
