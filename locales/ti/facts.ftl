## ካብ #12 ጀሚሩ ኣብ ኩሎም ቅጥዕታት ዝሕተቱ ሕቶታት። ብዛዕባ ገበን ፈጺሙ ኣይሕተትን።

field-writer_age_band = ቀረባ ሰብ እንተ ኾንካ: ዕድሜኻ ክንደይ እዩ?
field-enquiry_type = ብሰንኪ ስራሕካ እንተ ጸሓፍካ: እንታይ ትደሊ?
field-risks = ካብዚ ሓደ ሓቂ ድዩ?

chat-field-writer_age_band = ቀረባ ሰብ እንተ ኾንካ: ዕድሜኻ ክንደይ እዩ?
chat-field-risks = ካብዚ ሓደ ሓቂ ድዩ?

console-phone-field-writer_age_band = ዕድሜ እቲ ዝድውል ዘሎ (ቀረባ ሰብ እንተ ኾይኑ)
console-phone-field-enquiry_type = እቲ ብሰንኪ ስራሑ ዝድውል ዘሎ ብምንታይ ሓገዝ ከም ዝደሊ
console-phone-field-risks = ካብዚ ሓደ ሓቂ ድዩ?

inbox-consultation-field-enquiry_type = ብዛዕባ እንታይ ምኽሪ ትደልዩ?
inbox-consultation-field-risks = ካብዚ ሓደ ብዛዕባ እቲ ሰብ ሓቂ ድዩ?
inbox-consultation-error-type-case = እትሰዱዎ ጉዳይ ኩሉ ግዜ ብዛዕባ ሓደ ሰብ እዩ። ምኽሪ እንተ ደሊኹም «{ inbox-consultation-kind-consultation }» ምረጹ፣ እንተዘይኮይኑ ነዚ ሕቶ ከይመለስኩምዎ ግደፍዎ።

opt-writer_age_band-under_15 = ትሕቲ 15 ዓመት
opt-writer_age_band-15_17 = 15–17 ዓመት
opt-writer_age_band-18_20 = 18–20 ዓመት
opt-writer_age_band-21_25 = 21–25 ዓመት
opt-writer_age_band-26_plus = 26 ዓመትን ልዕሊኡን
opt-writer_age_band-unknown = ኣይፈልጥን

opt-enquiry_type-case = ሓገዝ ንሓደ ሰብ
opt-enquiry_type-consultation = ምኽሪ ብዛዕባ ሓደ ሰብ (ብዘይ ስም)
opt-enquiry_type-method_support = ምኽሪ ብዛዕባ ኣገባብ ስራሕ

opt-risks-taken_abroad = ሓደ ሰብ ንዓኻ (ወይ ንዕኡ) ናብ ወጻኢ ክወስድ ይሓስብ፣ ንመርዓ
opt-risks-partner_violence = ፈታዊ ወይ መጻምዲ ይጎድኣካ (ወይ ይጎድኦ)
opt-risks-threat_to_writer = ኣነ'ውን ተፈራሪሐ እየ
opt-risks-threat_to_others = ካልእ ሰብ ክጉዳእ ይኽእል
opt-risks-self_harm = ንርእሲ ናይ ምጉዳእ ሓሳባት

opt-situation-on_remand = ፍርዲ እናተጸበየ ተታሒዙ ኣሎ (häkte)
opt-situation-placed_by_social_services = ኣብ ኣላዪ ስድራ ወይ መናበዪ ገዛ ይነብር
opt-situation-abroad = ሕጂ ኣብ ወጻኢ ሃገር ኣሎ
opt-situation-in_programme = ድሮ ኣብ ፕሮግራም ምውጻእ ኣሎ
opt-situation-open_social_services_case = ድሮ ማሕበራዊ ሰራሕተኛ ኣለዎ
