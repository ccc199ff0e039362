## The anonymous chat: the pre-chat step, the chat page, and the page when chat is closed.

chat-title = Chatta med oss
chat-intro = Här kan du skriva med en person på Kontaktpunkten, just nu. Du behöver inte säga vem du är.
chat-about-anonymous = Du är anonym. Vi ser inte ditt namn, ditt nummer eller var du är.
chat-about-who = Du chattar med personal på Kontaktpunkten. Vi lyssnar, svarar på frågor och hjälper dig att hitta rätt hjälp.
chat-about-code = Du får en kod när chatten börjar. Med koden kan du läsa chatten igen och skriva till oss senare.
chat-about-safety = Om någon kan se din mobil eller dator: använd knappen ”Lämna sidan snabbt” om du behöver.
chat-open-until = Chatten är öppen till kl. { $time } i dag.
chat-start-heading = Innan du börjar
chat-start-optional = Du kan hoppa över frågorna. De hjälper oss att ge dig rätt svar snabbare.
chat-field-language = Vilket språk vill du skriva på?
chat-field-enquirer = Vem skriver?
chat-field-age_band = Hur gammal är den som vill lämna?
chat-start = Börja chatta

chat-closed-title = Chatten är stängd just nu
chat-opens-today = Chatten öppnar igen i dag kl. { $time }.
chat-opens-tomorrow = Chatten öppnar igen i morgon kl. { $time }.
chat-opens-on = Chatten öppnar igen { $weekday } { $day }/{ $month } kl. { $time }.
chat-opens-unknown = Vi vet inte ännu när chatten öppnar igen.
chat-weekday-1 = måndag
chat-weekday-2 = tisdag
chat-weekday-3 = onsdag
chat-weekday-4 = torsdag
chat-weekday-5 = fredag
chat-weekday-6 = lördag
chat-weekday-7 = söndag
chat-closed-instead = Du kan nå oss på andra sätt
chat-closed-write-heading = Skriv till oss
chat-closed-callback-heading = Bli uppringd
chat-closed-callback-text = Lämna ett nummer, så ringer vi dig när det är säkert för dig.
chat-closed-callback-link = Be oss ringa upp
chat-closed-more = Fler ställen att ringa, också på kvällar och nätter

chat-code-heading = Din kod
# promise: tests/api/chat.rs::the_transcript_is_sealed_at_rest_and_shown_with_the_receipt_code
chat-code-why = Skriv ner koden och spara den på ett säkert ställe. Med koden kan du läsa chatten igen och skriva till oss, också när chatten är slut. Vi kan inte visa koden igen.
chat-code-saved = Jag har sparat koden

chat-waiting-position = Du är nummer { $position } i kön.
chat-wait-estimate = Det tar ungefär { $minutes } minuter innan någon svarar. Det är en uppskattning.
chat-wait-unknown = Just nu kan vi inte säga hur länge du behöver vänta.
chat-status-active = Nu chattar du med en person på Kontaktpunkten.
chat-ended-person = Du har avslutat chatten.
chat-ended-staff = Chatten är avslutad.
chat-ended-idle = Chatten är avslutad eftersom ingen har skrivit på en stund.
chat-ended-blocked = Chatten är avslutad.
chat-ended-left-message = Tack! Ditt meddelande är sparat. Vi svarar så snart vi kan.
# promise: tests/api/chat.rs::an_ended_or_idle_chat_shows_no_transcript_on_the_page
chat-ended-read-later = Chatten syns inte längre här, för din säkerhet. Du kan läsa den och våra svar med din kod.

chat-help-heading = Medan du väntar
chat-help-next-heading = Vad händer nu?
chat-help-next-text = En person på Kontaktpunkten svarar så snart någon är ledig. Du kan skriva redan nu – vi läser allt när vi kommer. Du bestämmer själv vad du vill berätta.
chat-help-safety-heading = Tänk på din säkerhet
chat-help-safety-text = Om du är i fara just nu: ring 112. Om någon kan se din mobil: stäng sidan när du är klar och använd knappen ”Lämna sidan snabbt” om det behövs. Spara koden där ingen annan hittar den.
chat-help-young-heading = Om du är under 18 år
chat-help-young-text = Du har inte gjort något fel genom att skriva. Om vi blir oroliga för dig kan vi behöva berätta för socialtjänsten, så att du får hjälp och skydd. Om vi kan, och om det inte gör dig i fara, säger vi det till dig först.
chat-help-relative-heading = Om du skriver om någon annan
chat-help-relative-text = Du kan få stöd även om personen inte själv vill ha hjälp ännu. Berätta det du vet – du behöver inte ha alla svar.
chat-help-professional-heading = Om du skriver i ditt arbete
chat-help-professional-text = Skriv inte namn eller personnummer i chatten. Vi hjälper dig att hitta rätt myndighet eller kommun för ärendet.

chat-log-heading = Chatten
chat-refresh = Uppdatera sidan för att se nya meddelanden
chat-field-message = Ditt meddelande
chat-send = Skicka
chat-leave-instead = Lämna ett meddelande i stället
chat-leave-hint = Vill du inte vänta? Skriv det du vill säga och välj ”Lämna ett meddelande i stället”. Vi svarar med din kod.
chat-end = Avsluta chatten
chat-cleared = Chatten syns inte längre här, för din säkerhet. Du kan läsa den med din kod.
chat-offline = Anslutningen bröts. Vi försöker igen …

chat-error-empty = Skriv något innan du skickar.
chat-error-too-long = Meddelandet är för långt. Du kan skriva högst { $max } tecken i ett meddelande. Dela upp det i flera.
chat-error-rate-limited = Du har skickat många meddelanden på kort tid. Vänta en liten stund och skicka igen. Det du skrev finns kvar.
chat-error-not-open = Chatten är slut, så meddelandet kunde inte skickas. Du kan skriva till oss med din kod.
chat-error-failed = Meddelandet kunde inte skickas. Försök igen om en liten stund.
chat-error-bad-frame = Meddelandet kunde inte läsas. Ladda om sidan och försök igen.

# Be called back instead of waiting (GET/POST /{lang}/chat/{token}/callback).
chat-callback-offer = Vill du hellre att vi ringer dig? Du behöver inte vänta här.
chat-callback-link = Bli uppringd i stället
chat-callback-title = Bli uppringd i stället för att chatta
chat-callback-intro = Chatten avslutas och vi ringer dig i stället, på de tider som är säkra för dig. Det du redan har berättat följer med.
chat-callback-send = Ring mig i stället
chat-callback-back = Tillbaka till chatten
chat-ended-callback = Tack! Vi ringer dig på de tider du valde. Spara din kod, så kan du läsa och skriva mer senare.
chat-gone-unsent = Chatten tog slut innan ditt meddelande skickades. Du kan skicka det som ett skrivet meddelande i stället.
