## Virhesivut.

error-danger = Oletko vaarassa? Soita 112. Jos haluat puhua poliisin kanssa, soita 114 14.
error-home = Etusivulle
error-not_found-title = Sivua ei löydy
error-not_found-body = Emme löydä sivua, jota etsit. Se on ehkä siirretty, tai osoitteessa voi olla kirjoitusvirhe. Voit valita kielen yläpuolelta.
error-forbidden-title = Lomake on vanhentunut
error-forbidden-body = Emme voineet ottaa lomaketta vastaan turvallisuussyistä. Palaa takaisin, lataa sivu uudelleen ja lähetä lomake uudelleen. Kirjoittamasi teksti voi olla vielä tallessa, kun palaat.
error-payload_too_large-title = Liian paljon tekstiä
error-payload_too_large-body = Lähettämäsi viesti oli liian suuri, emmekä voineet ottaa sitä vastaan. Palaa takaisin, lyhennä tekstiä ja lähetä uudelleen. Voit lähettää loput myöhemmin koodillasi.
error-bad_request-title = Jokin meni vikaan
error-bad_request-body = Emme pystyneet lukemaan lähetettyjä tietoja. Palaa takaisin ja yritä uudelleen.
error-invalid_value-title = Jokin meni vikaan
error-invalid_value-body = Yhtä arvoista ei voitu hyväksyä. Palaa takaisin ja yritä uudelleen.
error-rate_limited-title = Liian monta yritystä
error-rate_limited-body = Olet yrittänyt monta kertaa lyhyessä ajassa. Odota minuutti ja yritä uudelleen.
error-method_not_allowed-title = Jokin meni vikaan
error-method_not_allowed-body = Sivua ei voi käyttää tällä tavalla. Mene etusivulle ja yritä uudelleen.
error-unavailable-title = Palvelu ei toimi juuri nyt
error-unavailable-body = Palvelussa on tilapäinen vika. Yritä uudelleen hetken kuluttua. Tarvitsetko apua nyt? Soita poliisille numeroon 114 14 tai hätätilanteessa numeroon 112.
error-internal-title = Meillä tapahtui virhe
error-internal-body = Tapahtui virhe. Yritä uudelleen hetken kuluttua. Tarvitsetko apua nyt? Soita poliisille numeroon 114 14 tai hätätilanteessa numeroon 112.
form-expired-title = Lomake oli vanhentunut
form-expired = Sivu oli ollut auki pitkään, tai selain oli välillä suljettu, joten turvallisuussyistä mitään ei lähetetty. Paina ”Lähetä uudelleen”. Jos tämä sivu tulee vielä kerran takaisin, selaimesi voi estää evästeet: salli ne tälle sivustolle ja yritä uudelleen.
error-timeout-title = Se kesti liian kauan
error-timeout-body = Emme saaneet vastausta ajoissa, joten lopetimme odottamisen. Yritä uudelleen hetken kuluttua. Tarvitsetko apua nyt? Soita poliisille numeroon 114 14 tai hätätilanteessa numeroon 112.
error-unconfirmed-title = Emme vielä tiedä, tuliko se perille
error-unconfirmed-body = Tallennus kesti liian kauan, joten emme voi sanoa varmasti, tuliko lähettämäsi perille. Se voi silti tulla perille. Odota muutama minuutti ja tarkista ennen kuin lähetät uudelleen. Tarvitsetko apua nyt? Soita poliisille numeroon 114 14 tai hätätilanteessa numeroon 112.

# Flood limits (web::floods): the form again, nothing sent.
too-many-title = Lyhyessä ajassa on lähetetty liian monta
too-many-sent = Yhteydestäsi on tullut lyhyessä ajassa monta viestiä, joten tätä ei tallennettu. Odota { $minutes } min ja paina ”Lähetä uudelleen”.
too-many-everyone = Juuri nyt meille kirjoittaa hyvin moni, joten tätä ei tallennettu. Odota { $minutes } min ja paina ”Lähetä uudelleen”.
too-many-chats = Sinulla on jo vastausta odottavia keskusteluja. Palaa keskusteluusi tai odota { $minutes } min ja paina ”Lähetä uudelleen”.
too-many-kept = Kirjoittamasi teksti on tallessa alla. Mitään ei lähetetty.
too-many-your-text = Kirjoittamasi teksti
too-many-send-again = Lähetä uudelleen
