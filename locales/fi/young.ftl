## The child form (/{lang}/young/enquiry): few questions, easy words, no legal terms.

young-form-title = Kirjoita meille
young-form-intro = Täällä voit kirjoittaa meille. Sinun ei tarvitse kirjoittaa nimeäsi. Aikuinen, joka tekee tätä työtä, lukee ja vastaa.
young-form-optional = Voit ohittaa kaikki kysymykset. Tarvitsemme vain viestisi tai rastin siitä, että haluat meidän ottavan yhteyttä.
young-field-age_band = Kuinka vanha olet?
young-age-under_15 = Alle 15-vuotias
young-age-15_17 = 15, 16 tai 17 vuotta
young-age-none = En halua kertoa
young-field-environment = Mistä on kyse?
young-hint-any = Valitse niin monta kuin haluat.
young-about-criminal_network = Jengi tai rikokset
young-about-violent_extremism = Ryhmä, joka haluaa käyttää väkivaltaa
young-about-honour_related = Perheeni päättää elämästäni uhkailla tai väkivallalla
young-about-unknown = Jokin muu
young-field-threat = Oletko vaarassa juuri nyt?
young-danger-acute = Kyllä, olen vaarassa nyt
young-danger-none = En
young-danger-unknown = En tiedä
young-field-municipality = Missä asut? (jos haluat)
young-hint-municipality = Kirjoita kuntasi nimi, esimerkiksi Malmö. Voit jättää sen pois.
young-field-message = Viestisi
young-message-no-crimes = Älä kirjoita rikoksista, joita olet tehnyt.
young-field-wants_contact = Haluan, että otatte minuun yhteyttä.
young-hint-wants_contact = Vastaamme täällä. Luet vastauksen saamallasi koodilla.
young-field-consent = Saatte kertoa minusta kuntani sosiaalipalveluille, jotta ne voivat auttaa minua.
young-hint-consent = Voit muuttaa mielesi myöhemmin. Jos olet vaarassa tai jos olemme hyvin huolissamme sinusta, meidän voi silti olla pakko kertoa.
