## Kysymykset, jotka jokainen lomake kysyy #12:sta lähtien. Ei koskaan kysymyksiä rikoksista.

field-writer_age_band = Jos olet läheinen: kuinka vanha olet?
field-enquiry_type = Jos kirjoitat työsi puolesta: mihin haluat apua?
field-risks = Pitääkö jokin näistä paikkansa?

chat-field-writer_age_band = Jos olet läheinen: kuinka vanha olet?
chat-field-risks = Pitääkö jokin näistä paikkansa?

console-phone-field-writer_age_band = Soittajan ikä (jos läheinen)
console-phone-field-enquiry_type = Mihin työnsä puolesta soittava haluaa apua
console-phone-field-risks = Pitääkö jokin näistä paikkansa?

inbox-consultation-field-enquiry_type = Mistä haluatte neuvoa?
inbox-consultation-field-risks = Pitääkö jokin näistä paikkansa henkilön kohdalla?
inbox-consultation-error-type-case = Lähettämänne asia koskee aina henkilöä. Valitkaa "{ inbox-consultation-kind-consultation }", jos haluatte neuvoa, muuten jättäkää tämä kysymys vastaamatta.

opt-writer_age_band-under_15 = Alle 15 vuotta
opt-writer_age_band-15_17 = 15–17 vuotta
opt-writer_age_band-18_20 = 18–20 vuotta
opt-writer_age_band-21_25 = 21–25 vuotta
opt-writer_age_band-26_plus = 26 vuotta tai vanhempi
opt-writer_age_band-unknown = En tiedä

opt-enquiry_type-case = Apua henkilölle
opt-enquiry_type-consultation = Neuvoa henkilöstä (nimeä mainitsematta)
opt-enquiry_type-method_support = Neuvoa työtavoista (menetelmätuki)

opt-risks-taken_abroad = Joku aikoo viedä sinut (tai hänet) ulkomaille, esimerkiksi naimisiin
opt-risks-partner_violence = Joku läheinen satuttaa sinua (tai häntä) parisuhteessa
opt-risks-threat_to_writer = Minä, joka kirjoitan, olen myös uhattuna
opt-risks-threat_to_others = On vaara, että joku muu satutetaan
opt-risks-self_harm = Ajatuksia itsensä satuttamisesta

opt-situation-on_remand = On tutkintavankeudessa ja odottaa oikeudenkäyntiä (häkte)
opt-situation-placed_by_social_services = Asuu sijaisperheessä tai laitoksessa, jonka sosiaalipalvelut on järjestänyt
opt-situation-abroad = On nyt ulkomailla
opt-situation-in_programme = On jo mukana irtautumisohjelmassa
opt-situation-open_social_services_case = Hänellä on jo sosiaalityöntekijä
