## The anonymous chat: the pre-chat step, the chat page, and the page when chat is closed.

chat-title = Chattaa kanssamme
chat-intro = Täällä voit kirjoittaa Kontaktipisteen työntekijän kanssa heti. Sinun ei tarvitse kertoa, kuka olet.
chat-about-anonymous = Olet nimetön. Emme näe nimeäsi, numeroasi emmekä sitä, missä olet.
chat-about-who = Chattailet Kontaktipisteen työntekijän kanssa. Kuuntelemme, vastaamme kysymyksiin ja autamme sinua löytämään oikean avun.
chat-about-code = Saat koodin, kun chat alkaa. Koodilla voit lukea chatin uudelleen ja kirjoittaa meille myöhemmin.
chat-about-safety = Jos joku voi nähdä puhelimesi tai tietokoneesi: käytä tarvittaessa painiketta ”Poistu sivulta nopeasti”.
chat-open-until = Chat on auki tänään kello { $time } asti.
chat-start-heading = Ennen kuin aloitat
chat-start-optional = Voit ohittaa kysymykset. Ne auttavat meitä antamaan oikean vastauksen nopeammin.
chat-field-language = Millä kielellä haluat kirjoittaa?
chat-field-enquirer = Kuka kirjoittaa?
chat-field-age_band = Kuinka vanha on henkilö, joka haluaa lähteä?
chat-start = Aloita chat

chat-closed-title = Chat on nyt suljettu
chat-opens-today = Chat aukeaa taas tänään kello { $time }.
chat-opens-tomorrow = Chat aukeaa taas huomenna kello { $time }.
chat-opens-on = Chat aukeaa taas { $weekday } { $day }.{ $month }. kello { $time }.
chat-opens-unknown = Emme vielä tiedä, milloin chat aukeaa taas.
chat-weekday-1 = maanantaina
chat-weekday-2 = tiistaina
chat-weekday-3 = keskiviikkona
chat-weekday-4 = torstaina
chat-weekday-5 = perjantaina
chat-weekday-6 = lauantaina
chat-weekday-7 = sunnuntaina
chat-closed-instead = Voit tavoittaa meidät muilla tavoilla
chat-closed-write-heading = Kirjoita meille
chat-closed-callback-heading = Pyydä soittoa
chat-closed-callback-text = Jätä numero, niin soitamme sinulle, kun se on sinulle turvallista.
chat-closed-callback-link = Pyydä meitä soittamaan
chat-closed-more = Muita numeroita, myös iltaisin ja öisin

chat-code-heading = Koodisi
chat-code-why = Kirjoita koodi muistiin ja säilytä se turvallisessa paikassa. Koodilla voit lukea chatin uudelleen ja kirjoittaa meille myös chatin päätyttyä. Emme voi näyttää koodia uudelleen.
chat-code-saved = Olen tallentanut koodin

chat-waiting-position = Olet jonossa numero { $position }.
chat-wait-estimate = Kestää noin { $minutes } minuuttia, ennen kuin joku vastaa. Tämä on arvio.
chat-wait-unknown = Juuri nyt emme pysty sanomaan, kuinka kauan joudut odottamaan.
chat-status-active = Nyt chattailet Kontaktipisteen työntekijän kanssa.
chat-ended-person = Lopetit chatin.
chat-ended-staff = Chat on päättynyt.
chat-ended-idle = Chat päättyi, koska kukaan ei kirjoittanut vähään aikaan.
chat-ended-blocked = Chat on päättynyt.
chat-ended-left-message = Kiitos! Viestisi on tallennettu. Vastaamme niin pian kuin voimme.
chat-ended-read-later = Chat ei enää näy tässä turvallisuutesi vuoksi. Voit lukea sen ja vastauksemme koodillasi.

chat-help-heading = Odottaessasi
chat-help-next-heading = Mitä nyt tapahtuu?
chat-help-next-text = Kontaktipisteen työntekijä vastaa heti, kun joku vapautuu. Voit alkaa kirjoittaa jo nyt – luemme kaiken, kun tulemme. Sinä päätät, mitä haluat kertoa.
chat-help-safety-heading = Ajattele turvallisuuttasi
chat-help-safety-text = Jos olet vaarassa juuri nyt: soita 112. Jos joku voi nähdä puhelimesi: sulje sivu, kun olet valmis, ja käytä tarvittaessa painiketta ”Poistu sivulta nopeasti”. Säilytä koodi paikassa, josta kukaan muu ei löydä sitä.
chat-help-young-heading = Jos olet alle 18-vuotias
chat-help-young-text = Et ole tehnyt mitään väärää kirjoittamalla. Jos olemme huolissamme sinusta, meidän voi olla pakko kertoa sosiaalipalveluille, jotta saat apua ja suojelua. Jos voimme, ja jos se ei vaaranna sinua, kerromme siitä ensin sinulle.
chat-help-relative-heading = Jos kirjoitat jostakusta toisesta
chat-help-relative-text = Voit saada tukea, vaikka henkilö ei itse vielä halua apua. Kerro se, mitä tiedät – sinulla ei tarvitse olla kaikkia vastauksia.
chat-help-professional-heading = Jos kirjoitat työssäsi
chat-help-professional-text = Älä kirjoita chattiin nimiä tai henkilötunnuksia. Autamme sinua löytämään asialle oikean viranomaisen tai kunnan.

chat-log-heading = Chat
chat-refresh = Päivitä sivu nähdäksesi uudet viestit
chat-field-message = Viestisi
chat-send = Lähetä
chat-leave-instead = Jätä mieluummin viesti
chat-leave-hint = Etkö halua odottaa? Kirjoita, mitä haluat sanoa, ja valitse ”Jätä mieluummin viesti”. Vastaamme koodiisi.
chat-end = Lopeta chat
chat-cleared = Chat ei enää näy tässä turvallisuutesi vuoksi. Voit lukea sen koodillasi.
chat-offline = Yhteys katkesi. Yritämme uudelleen …

chat-error-empty = Kirjoita jotain ennen kuin lähetät.
chat-error-too-long = Viesti on liian pitkä. Yhdessä viestissä voi olla enintään { $max } merkkiä. Jaa se useampaan viestiin.
chat-error-rate-limited = Olet lähettänyt monta viestiä lyhyessä ajassa. Odota hetki ja lähetä uudelleen. Kirjoittamasi teksti on tallella.
chat-error-not-open = Chat on päättynyt, joten viestiä ei voitu lähettää. Voit kirjoittaa meille koodillasi.
chat-error-failed = Viestiä ei voitu lähettää. Yritä hetken päästä uudelleen.
chat-error-bad-frame = Viestiä ei voitu lukea. Lataa sivu uudelleen ja yritä uudelleen.

# Be called back instead of waiting (GET/POST /{lang}/chat/{token}/callback).
chat-callback-offer = Soitammeko mieluummin sinulle? Sinun ei tarvitse odottaa täällä.
chat-callback-link = Soittopyyntö mieluummin
chat-callback-title = Soittopyyntö chatin sijaan
chat-callback-intro = Chat päättyy, ja soitamme sinulle sen sijaan aikoina, jotka ovat sinulle turvallisia. Se, mitä olet jo kertonut, tulee mukaan.
chat-callback-send = Soittakaa minulle
chat-callback-back = Takaisin chattiin
chat-ended-callback = Kiitos! Soitamme sinulle valitsemiisi aikoihin. Tallenna koodisi, niin voit myöhemmin lukea ja kirjoittaa lisää.
chat-gone-unsent = Chat päättyi ennen kuin viestisi lähti. Voit lähettää sen kirjoitettuna viestinä.
