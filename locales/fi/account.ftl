## A signed-in user's own account (console and inbox): changing the password.

password-nav = Vaihda salasana
password-title = Vaihda salasana
password-intro = Kirjoita nykyinen salasanasi ja sitten uusi kahdesti. Kun salasana on vaihdettu, sinut kirjataan ulos kaikilla muilla tietokoneilla ja selaimilla, mutta ei tässä.
password-field-current = Nykyinen salasana
password-field-new = Uusi salasana
password-field-new-hint = Vähintään { $min } merkkiä. Monta sanaa peräkkäin on helppo muistaa ja vaikea arvata.
password-field-again = Uusi salasana uudelleen
password-save = Vaihda salasana
password-changed = Salasana on vaihdettu. Sinut on kirjattu ulos kaikilla muilla tietokoneilla ja selaimilla.
password-error-current-missing = Kirjoita nykyinen salasanasi.
password-error-current-wrong = Nykyinen salasana ei täsmää. Useiden epäonnistuneiden yritysten jälkeen täältä joudut odottamaan hetken.
password-error-short = Uudessa salasanassa on oltava vähintään { $min } merkkiä.
password-error-long = Uudessa salasanassa saa olla enintään { $max } merkkiä.
password-error-mismatch = Uudet salasanat eivät ole samat. Kirjoita sama salasana molempiin kenttiin.
password-error-throttled = Liian monta yritystä täältä. Odota { $minutes } min ja yritä uudelleen.
