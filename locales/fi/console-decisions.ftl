## The console: the human decision on a case, its outcome and the protected-identity marker.

decisions-heading = Päätös asiasta
decisions-history-engine = Moottorin ehdotus
decisions-history-override = Muuttanut { $name }
decisions-history-reason = Perustelu
decisions-history-none = Moottorin ehdotus on voimassa. Kukaan ei ole muuttanut sitä.
decisions-override-summary = Muuta kiireellisyyttä tai vastaanottajia
decisions-override-hint = Moottorin ehdotus tallennetaan silti, jotta sääntöjä voidaan parantaa. Muutos ja perustelu kirjataan lokiin.
decisions-priority = Kiireellisyys
decisions-priority-P1 = P1 – toimi heti (akuutti vaara)
decisions-priority-P2 = P2 – saman työpäivän aikana
decisions-priority-P3 = P3 – kahden työpäivän kuluessa
decisions-recipients-legend = Vastaanottajat
decisions-recipients-hint = Täsmälleen yhden vastaanottajan on oltava vastuussa.
decisions-role-primary = Vastuussa
decisions-role-secondary = Osallistuu
decisions-role-inform = Saa tiedon
decisions-role-remove = Poista
decisions-add-legend = Lisää vastaanottaja
decisions-add-org = Organisaatio
decisions-add-hint = Kirjoita organisaation tunnus tai valitse luettelosta, esimerkiksi socialtjanst:1280. Jätä tyhjäksi, jos et lisää ketään.
decisions-add-role = Uuden vastaanottajan rooli
decisions-reason = Perustelu (pakollinen)
decisions-reason-hint = Miksi muutat ehdotusta? Perustelu tallennetaan salattuna ja näytetään asiaa käsitteleville kollegoille.
decisions-override-send = Tallenna muutos
decisions-added-reason = Käsittelijän lisäämä.
decisions-error-summary = Muutosta ei tallennettu
decisions-error-priority = Valitse kiireellisyys P1, P2 tai P3.
decisions-error-role = Valitse rooli kohteelle { $org }.
decisions-error-unknown-org = Hakemistossa ei ole organisaatiota tunnuksella { $org }.
decisions-error-duplicate = { $org } on jo vastaanottajien joukossa.
decisions-error-primary = Täsmälleen yhden vastaanottajan on oltava vastuussa.
decisions-error-civil-primary = { $org } on kansalaisyhteiskunnan järjestö, joka voi vain osallistua tai saada tiedon, ei olla vastuussa.
decisions-error-civil-vetting = { $org } ei ole tarkastettu, tai tarkastus on vanhentunut. Sille ei voi ohjata asioita.
decisions-error-civil-acute = P1-asiaa (akuutti vaara) ei saa ohjata kansalaisyhteiskunnalle. Poista { $org } tai valitse toinen kiireellisyys.
decisions-error-civil-child = Asia koskee lasta, joten sitä ei saa ohjata kansalaisyhteiskunnalle. Poista { $org }.
decisions-error-civil-threat = Henkilöä uhataan vakavasti, joten asiaa ei saa ohjata kansalaisyhteiskunnalle. Poista { $org }.
decisions-error-civil-protected = Henkilöllä on turvakielto tai hän on suojattu todistaja, joten asiaa ei saa ohjata kansalaisyhteiskunnalle. Poista { $org }.
decisions-error-reason = Kirjoita, miksi muutat ehdotusta.
decisions-error-reason-long = Perustelu on liian pitkä. Lyhennä se enintään 2 000 merkkiin.
decisions-error-unchanged = Et ole muuttanut mitään. Muuta kiireellisyyttä tai vastaanottajia.
decisions-error-closed = Asia on suljettu. Avaa se uudelleen ennen kuin muutat päätöstä.
decisions-change-priority = Kiireellisyys { $from } → { $to }
decisions-change-added = Lisätty { $name } ({ $to ->
    [primary] vastuussa
    [secondary] osallistuu
   *[inform] saa tiedon
})
decisions-change-removed = Poistettu { $name } (oli { $from ->
    [primary] vastuussa
    [secondary] osallistuva
   *[inform] tiedon saaja
})
decisions-change-role = { $name }: { $from ->
    [primary] vastuussa
    [secondary] osallistuu
   *[inform] saa tiedon
} → { $to ->
    [primary] vastuussa
    [secondary] osallistuu
   *[inform] saa tiedon
}

decisions-outcome-heading = Sulkeminen
decisions-open-now = Asia on avoinna.
decisions-outcome-legend = Miten asia päättyi?
decisions-outcome-hint = Lopputulos lasketaan seurannassa. Suljettu asia poistuu jonosta, mutta sen voi avata uudelleen.
decisions-outcome-advice_given = Neuvoja annettu
decisions-outcome-referred = Ohjattu eteenpäin
decisions-outcome-referred_with_report = Ohjattu eteenpäin lastensuojeluilmoituksen kanssa
decisions-outcome-no_further_action = Ei lisätoimia
decisions-close = Sulje asia
decisions-closed-as = Suljettu: { $outcome ->
    [advice_given] neuvoja annettu
    [referred] ohjattu eteenpäin
    [referred_with_report] ohjattu eteenpäin ilmoituksen kanssa
   *[no_further_action] ei lisätoimia
}
decisions-reopen = Avaa asia uudelleen
decisions-reopen-hint = Asia palaa jonoon. Historia säilyy.
decisions-error-outcome = Valitse, miten asia päättyi.
decisions-error-already-closed = Asia on jo suljettu.
decisions-error-not-closed = Asia ei ole suljettu.
decisions-events-heading = Asian tapahtumat
decisions-event-close = { $actor } sulki asian: { $detail ->
    [advice_given] neuvoja annettu
    [referred] ohjattu eteenpäin
    [referred_with_report] ohjattu eteenpäin ilmoituksen kanssa
   *[no_further_action] ei lisätoimia
}
decisions-event-reopen = { $actor } avasi asian uudelleen
decisions-event-protect = { $actor } merkitsi suojatun henkilöllisyyden
decisions-event-unprotect = { $actor } poisti suojatun henkilöllisyyden merkinnän
decisions-event-grant = { $actor } antoi käyttäjälle { $detail } pääsyn osoite- ja yhteystietoihin
decisions-event-revoke = { $actor } poisti käyttäjän { $detail } pääsyn

decisions-protection-heading = Suojattu henkilöllisyys
decisions-protected-marker = Suojattu henkilöllisyys – salassapitomerkintä tai turvakielto
decisions-protected-explained = Osoite- ja yhteystiedot näytetään vain nimetyille käsittelijöille. Niitä ei koskaan viedä ulos, ja merkintä seuraa jokaista ohjausta.
decisions-protected-you-see = Sinut on nimetty, ja näet osoite- ja yhteystiedot.
decisions-protected-hidden = Sinua ei ole nimetty. Osoite- ja yhteystiedot on piilotettu sinulta.
decisions-named-heading = Nimetyt käsittelijät
decisions-named-none = Ketään ei ole nimetty. Kukaan ei näe osoite- ja yhteystietoja.
decisions-revoke = Poista { $name }
decisions-grant-label = Nimeä käsittelijä
decisions-grant-hint = Nimeä vain ne, joiden on pakko nähdä osoite- ja yhteystiedot.
decisions-grant = Nimeä
decisions-unprotect = Poista merkintä
decisions-unprotect-hint = Poista merkintä vain, jos se on asetettu vahingossa tai suoja on päättynyt. Kaikki nimetyt poistetaan.
decisions-unprotected = Asiaa ei ole merkitty.
decisions-said-protected = Henkilö on kertonut, että hänellä on suojatut henkilötiedot. Merkitse asia.
decisions-protect = Merkitse suojattu henkilöllisyys
decisions-protect-hint = Silloin vain nimetyt käsittelijät näkevät osoite- ja yhteystiedot. Sinut nimetään itse; esihenkilö voi nimetä muita.
decisions-error-already-protected = Asia on jo merkitty. Pyydä esihenkilöä nimeämään sinut, jos sinun on nähtävä tiedot.
decisions-error-not-protected = Asiaa ei ole merkitty suojatuksi henkilöllisyydeksi.
decisions-error-user = Valitse aktiivinen käsittelijä, esihenkilö tai ylläpitäjä.
decisions-error-already-named = Käsittelijä on jo nimetty.
decisions-error-not-named = Käyttäjää ei ole nimetty tähän asiaan.

decisions-overrides-title = Muutetut päätökset
decisions-overrides-intro = Asiat, joissa käsittelijä muutti moottorin ehdotusta: mitkä säännöt laukesivat, mitä moottori ehdotti ja mikä on nyt voimassa. Täällä ei ole tekstiä henkilöistä. Käytä eroja sääntöjen parantamiseen.
decisions-overrides-caption = Muutetut asiat: { $count }
decisions-overrides-col-case = Asia
decisions-overrides-col-rules = Lauenneet säännöt
decisions-overrides-col-engine = Moottorin ehdotus
decisions-overrides-col-human = Voimassa oleva päätös
decisions-overrides-col-changes = Ero
decisions-overrides-case-link = Muutettu { $at }
decisions-overrides-count = { $count ->
    [one] yksi muutos
   *[other] { $count } muutosta
}
decisions-overrides-empty = Yhtään päätöstä ei ole muutettu.
decisions-history-retriage = Sääntöjen uusi ehdotus, kun { $name } päivitti tiedot

# Updating what is known of a case (POST /console/cases/{id}/facts).
console-facts-heading = Päivitä, mitä tiedämme
console-facts-hint = Valitse, mitä olet saanut keskustelussa tietää. Säännöt ehdottavat sitten uudelleen. Henkilön oma viesti, kieli ja suostumus eivät muutu.
console-facts-save = Tallenna ja ehdota uudelleen
console-facts-not-holder = Asia on kollegan hoidossa. Pyydä häntä päivittämään tiedot tai pyydä esihenkilöä ottamaan asia.
console-facts-closed = Asia on suljettu. Avaa se uudelleen muuttaaksesi tietoja.

# The decision's notices in words, for staff (the case page; the staff-only ones never reach a public page).
decisions-notice-call_112 = Soita 112 – välitön vaara
decisions-notice-call_90101 = Självmordslinjen 90101 itsetuhoisiin ajatuksiin (Mind, avoinna vuorokauden ympäri)
decisions-notice-call_114_14 = Poliisi, 114 14 (ei kiireellinen)
decisions-notice-call_socialjour = Socialjouren: kunnan sosiaalipäivystys virka-ajan ulkopuolella
decisions-notice-call_bris = Bris 116 111 lapsille ja nuorille
decisions-notice-call_kvinnofridslinjen = Kvinnofridslinjen 020-50 50 50, avoinna vuorokauden ympäri
decisions-notice-call_1177 = 1177 Vårdguiden (terveysneuvonta)
decisions-notice-primary_closed = Ensisijainen vastaanottaja on nyt suljettu: katso, minne asia menee aukioloaikojen ulkopuolella
decisions-notice-no_offence_data = Vastaanottajana on kansalaisjärjestö: älä lähetä sille tietoja rikoksista
decisions-notice-placing_municipality = Henkilön sijoittanut kunta on vastuussa: selvitä, mikä kunta se on, ja ota siihen yhteyttä
decisions-notice-find_psychiatry = Alueen psykiatriaa tarvitaan, mutta kuntaa ei tiedetä: selvitä alue
