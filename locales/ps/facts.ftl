## هغه پوښتنې چې له #12 راهیسې په ټولو فورمو کې پوښتل کېږي. هېڅکله د جرم په اړه پوښتنه نه ده.

field-writer_age_band = که تاسو نږدې کس یاست: څو کلن یاست؟
field-enquiry_type = که تاسو د خپلې دندې له مخې لیکئ: په څه کې مرسته غواړئ؟
field-risks = ایا له دې څخه کوم یو سم دی؟

chat-field-writer_age_band = که تاسو نږدې کس یاست: څو کلن یاست؟
chat-field-risks = ایا له دې څخه کوم یو سم دی؟

console-phone-field-writer_age_band = د زنګ وهونکي عمر (که نږدې کس وي)
console-phone-field-enquiry_type = زنګ وهونکی د خپلې دندې له مخې په څه کې مرسته غواړي
console-phone-field-risks = ایا له دې څخه کوم یو سم دی؟

inbox-consultation-field-enquiry_type = په څه اړه مشوره غواړئ؟
inbox-consultation-field-risks = ایا له دې څخه کوم یو د دې کس په اړه سم دی؟
inbox-consultation-error-type-case = هغه قضیه چې تاسو یې لېږئ تل د یو کس په اړه وي. که مشوره غواړئ «{ inbox-consultation-kind-consultation }» وټاکئ، کنه دا پوښتنه بې ځوابه پرېږدئ.

opt-writer_age_band-under_15 = له 15 کلونو کم
opt-writer_age_band-15_17 = 15–17 کلن
opt-writer_age_band-18_20 = 18–20 کلن
opt-writer_age_band-21_25 = 21–25 کلن
opt-writer_age_band-26_plus = 26 کلن یا زیات
opt-writer_age_band-unknown = نه پوهېږم

opt-enquiry_type-case = د یو کس لپاره مرسته
opt-enquiry_type-consultation = د یو کس په اړه مشوره (نوم له اخیستلو پرته)
opt-enquiry_type-method_support = د کار د طریقې په اړه مشوره (میتودي ملاتړ)

opt-risks-taken_abroad = یو څوک پلان لري چې تاسو (یا هغه) بهر ته یوسي، د بېلګې په توګه د واده لپاره
opt-risks-partner_violence = یو نږدې کس په یوه مینه‌ییزه اړیکه کې تاسو (یا هغه) ته زیان رسوي
opt-risks-threat_to_writer = زه چې لیکم هم ګواښل شوی یم
opt-risks-threat_to_others = د بل چا د زیانمن کېدو خطر شته
opt-risks-self_harm = ځان ته د زیان رسولو فکرونه

opt-situation-on_remand = په توقیف کې دی او د محکمې انتظار کوي (häkte)
opt-situation-placed_by_social_services = په داسې بدیله کورنۍ یا پالنځي کې اوسېږي چې ټولنیزو خدماتو برابر کړی
opt-situation-abroad = اوس له هېواد بهر دی
opt-situation-in_programme = دمخه د وتلو په پروګرام کې دی
opt-situation-open_social_services_case = دمخه ټولنیز کارکوونکی لري
