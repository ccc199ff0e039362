## Frågorna som alla formulär ställer sedan #12: en närståendes ålder, vad den som skriver
## i sitt arbete vill ha, risker, och var personen är. Inga frågor om brott.

field-writer_age_band = Om du är närstående: hur gammal är du?
field-enquiry_type = Om du skriver i ditt arbete: vad vill du ha hjälp med?
field-risks = Stämmer något av det här?

chat-field-writer_age_band = Om du är närstående: hur gammal är du?
chat-field-risks = Stämmer något av det här?

console-phone-field-writer_age_band = Ålder på den som ringer (om närstående)
console-phone-field-enquiry_type = Vad den som ringer i sitt arbete vill ha hjälp med
console-phone-field-risks = Stämmer något av det här?

inbox-consultation-field-enquiry_type = Vad vill ni ha råd om?
inbox-consultation-field-risks = Stämmer något av det här om personen?
inbox-consultation-error-type-case = Ett ärende som ni skickar gäller alltid en person. Välj ”{ inbox-consultation-kind-consultation }” om ni vill ha råd, annars lämna frågan obesvarad.

opt-writer_age_band-under_15 = Under 15 år
opt-writer_age_band-15_17 = 15–17 år
opt-writer_age_band-18_20 = 18–20 år
opt-writer_age_band-21_25 = 21–25 år
opt-writer_age_band-26_plus = 26 år eller äldre
opt-writer_age_band-unknown = Vet inte

opt-enquiry_type-case = Hjälp till en person
opt-enquiry_type-consultation = Råd om en person (utan att ange namn)
opt-enquiry_type-method_support = Råd om hur man kan arbeta (metodstöd)

opt-risks-taken_abroad = Någon planerar att ta dig (eller personen) utomlands, till exempel för att gifta bort dig
opt-risks-partner_violence = En pojkvän, flickvän eller partner gör dig (eller personen) illa
opt-risks-threat_to_writer = Jag som skriver är också hotad
opt-risks-threat_to_others = Det finns en risk att du (eller personen) skadar någon annan
opt-risks-self_harm = Tankar på att skada sig själv

opt-situation-on_remand = Sitter i häkte och väntar på rättegång
opt-situation-placed_by_social_services = Bor i ett familjehem eller på ett boende som socialtjänsten har ordnat (till exempel HVB)
opt-situation-abroad = Är utomlands just nu
opt-situation-in_programme = Är redan med i ett program för att lämna (avhopparverksamhet)
opt-situation-open_social_services_case = Har redan kontakt med en socialsekreterare
