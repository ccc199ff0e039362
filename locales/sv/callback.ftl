## Callback requests: the public form, and what the relatives' page says about calls.

callback-title = Bli uppringd
callback-intro = Vill du hellre prata än skriva? Lämna ett telefonnummer, så ringer vi upp dig. Du bestämmer när det är säkert att ringa och vad vi får säga.
callback-how-heading = Så gör vi när vi ringer
# promise: tests/api/console_callbacks.rs::the_console_shows_the_callback_and_warns_only_outside_the_safe_windows
callback-how-windows = Vi ringer bara på de tider som du väljer.
callback-how-voicemail = Vi lämnar inget röstmeddelande om du inte har sagt att det går bra.
callback-how-who = Vi säger inte att vi ringer från Kontaktpunkten om du inte har sagt att det går bra. Då säger vi bara ett förnamn.
# promise: tests/api/console_callbacks.rs::attempts_follow_the_retry_plan_and_a_wrong_person_stops_every_call
callback-how-wrong-person = Om någon annan svarar säger vi inte varför vi ringer. Då ringer vi inte det numret igen.
callback-how-code-word = Du kan välja ett kodord. Fråga efter kodordet när vi ringer, så vet du att det är vi.
callback-how-receipt = När du har skickat får du en kod. Med koden kan du läsa våra meddelanden här och skriva till oss, till exempel om du vill byta tid.
callback-not-at-once = Vi ringer inte direkt, utan på en av tiderna som du väljer. Behöver du prata med någon nu?
callback-other-numbers = Här är nummer som du kan ringa, också på kvällar och nätter.
callback-field-phone = Telefonnummer som vi ska ringa
callback-hint-phone = Till exempel 070-123 45 67 eller 08-123 456 78. Har du ett nummer från ett annat land? Börja med + och landsnumret.
callback-field-windows = När är det säkert att ringa dig?
callback-hint-windows = Välj en eller flera tider. Helgdagar räknas som helg.
callback-window-weekday_morning = Vardagar kl. 8–12
callback-window-weekday_afternoon = Vardagar kl. 12–17
callback-window-weekday_evening = Vardagar kl. 17–21
callback-window-weekend_day = Helger och helgdagar kl. 10–18
callback-field-voicemail_ok = Får vi lämna ett röstmeddelande om du inte svarar?
callback-hint-voicemail_ok = Tänk på att andra kan höra ett röstmeddelande. Om du säger ja säger vi bara ett förnamn och att vi ringer igen – aldrig vad det gäller.
callback-voicemail_ok-no = Nej, lämna inget meddelande
callback-voicemail_ok-yes = Ja, det går bra
callback-field-may_say_who = Får vi säga att vi ringer från Kontaktpunkten?
callback-hint-may_say_who = Om du säger nej säger vi bara ett förnamn.
callback-may_say_who-no = Nej, säg bara ett förnamn
callback-may_say_who-yes = Ja, det går bra
callback-field-code_word = Kodord (om du vill)
callback-hint-code_word = Ett ord som bara du och vi känner till. Fråga efter det när vi ringer. Högst { $max } tecken. Använd inte ett lösenord som du har till något annat.
callback-field-language = På vilket språk vill du prata?
callback-interpreter-legend = Tolk
callback-hint-interpreter = Vi kan ha med en tolk i samtalet. Tolken har tystnadsplikt.
callback-field-interpreter = Jag behöver tolk
callback-field-interpreter_language = Vilket språk ska tolken tala?
callback-interpreter-choose = Välj språk
callback-field-message = Vad gäller det? Några ord räcker (om du vill)
callback-field-enquirer = Vem ber om samtalet?
callback-about-heading = Om situationen (om du vill)
callback-about-hint = Svara bara på det du vill. Det hjälper oss att förbereda samtalet och hitta rätt hjälp.
callback-send = Be om att bli uppringd
callback-error-phone-missing = Skriv numret som vi ska ringa.
callback-error-phone-invalid = Vi kan inte ringa det numret. Skriv hela numret med riktnummer, till exempel 070-123 45 67. Ett nummer från ett annat land börjar med + och landsnumret.
callback-error-windows = Välj minst en tid när det är säkert att ringa.
callback-error-code-word-too-long = Kodordet är för långt. Det får vara högst 40 tecken.
callback-error-interpreter-language = Välj vilket språk tolken ska tala.

callback-relatives-say-heading = Det här säger vi – och inte säger – i telefon
callback-relatives-say-windows = Vi ringer bara på de tider som du har valt.
callback-relatives-say-who = Vi säger att vi ringer från Kontaktpunkten bara om du har sagt att det är okej. Annars säger vi bara ett förnamn.
callback-relatives-say-voicemail = Vi lämnar ett röstmeddelande bara om du har sagt att det går bra. Vi säger aldrig vad det gäller.
# promise: tests/api/console_callbacks.rs::attempts_follow_the_retry_plan_and_a_wrong_person_stops_every_call
callback-relatives-say-wrong-person = Om någon annan svarar säger vi inte varför vi ringer, och vi ringer inte det numret igen.
callback-relatives-say-never = Vi berättar inte för din närstående eller för någon annan omkring dig att du har hört av dig.
callback-relatives-link = Be oss ringa upp dig
# promise: tests/api/promises.rs::the_phone_shows_what_the_callback_page_promises
callback-how-shown-withheld = Vårt nummer syns inte i din telefon: vi ringer från ett dolt nummer.
# promise: tests/api/promises.rs::the_phone_shows_what_the_callback_page_promises
callback-how-shown-number = Din telefon visar { $shown } när vi ringer.
