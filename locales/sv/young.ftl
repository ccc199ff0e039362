## The child form (/{lang}/young/enquiry, templates/intake/young-enquiry.html): few
## questions, easy words, no legal terms. The field labels (young-field-*) also name a
## field in the error summary.

young-form-title = Skriv till oss
young-form-intro = Här kan du skriva till oss. Du behöver inte skriva ditt namn. En vuxen som jobbar med det här läser och svarar.
young-form-optional = Du kan hoppa över alla frågor. Vi behöver bara ditt meddelande, eller att du kryssar i att vi ska höra av oss.
young-field-age_band = Hur gammal är du?
young-age-under_15 = Yngre än 15 år
young-age-15_17 = 15, 16 eller 17 år
young-age-none = Jag vill inte säga
young-field-environment = Vad handlar det om?
young-hint-any = Välj så många du vill.
young-about-criminal_network = Ett gäng eller brott
young-about-violent_extremism = En grupp som vill använda våld
young-about-honour_related = Min familj bestämmer över mitt liv med hot eller våld
young-about-unknown = Något annat
young-field-threat = Är du i fara just nu?
young-danger-acute = Ja, jag är i fara nu
young-danger-none = Nej
young-danger-unknown = Jag vet inte
young-field-municipality = Var bor du? (om du vill)
young-hint-municipality = Skriv namnet på din kommun, till exempel Malmö. Du kan låta bli.
young-field-message = Ditt meddelande
young-message-no-crimes = Skriv inte om brott som du har gjort.
young-field-wants_contact = Jag vill att ni hör av er till mig.
young-hint-wants_contact = Vi svarar här. Du läser svaret med koden du får.
# promise: tests/api/young_form.rs::the_consent_tick_is_stored_as_consent_for_social_services
young-field-consent = Ni får berätta om mig för socialtjänsten i min kommun, så att de kan hjälpa mig.
young-hint-consent = Du kan ändra dig sen. Om du är i fara, eller om vi är mycket oroliga för dig, kan vi ändå behöva berätta.
