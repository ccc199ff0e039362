## پرسش‌هایی که از #12 در همهٔ فرم‌ها پرسیده می‌شود. هرگز پرسشی دربارهٔ جرم نیست.

field-writer_age_band = اگر از نزدیکان هستید: چند سال دارید؟
field-enquiry_type = اگر در چارچوب کارتان می‌نویسید: برای چه چیزی کمک می‌خواهید؟
field-risks = آیا هیچ‌کدام از این‌ها درست است؟

chat-field-writer_age_band = اگر از نزدیکان هستید: چند سال دارید؟
chat-field-risks = آیا هیچ‌کدام از این‌ها درست است؟

console-phone-field-writer_age_band = سن تماس‌گیرنده (اگر از نزدیکان است)
console-phone-field-enquiry_type = آنچه تماس‌گیرنده در چارچوب کارش برای آن کمک می‌خواهد
console-phone-field-risks = آیا هیچ‌کدام از این‌ها درست است؟

inbox-consultation-field-enquiry_type = دربارهٔ چه چیزی مشاوره می‌خواهید؟
inbox-consultation-field-risks = آیا هیچ‌کدام از این‌ها دربارهٔ آن فرد درست است؟
inbox-consultation-error-type-case = پرونده‌ای که می‌فرستید همیشه دربارهٔ یک فرد است. اگر مشاوره می‌خواهید «{ inbox-consultation-kind-consultation }» را انتخاب کنید، وگرنه این پرسش را بی‌پاسخ بگذارید.

opt-writer_age_band-under_15 = زیر 15 سال
opt-writer_age_band-15_17 = 15 تا 17 سال
opt-writer_age_band-18_20 = 18 تا 20 سال
opt-writer_age_band-21_25 = 21 تا 25 سال
opt-writer_age_band-26_plus = 26 سال یا بیشتر
opt-writer_age_band-unknown = نمی‌دانم

opt-enquiry_type-case = کمک به یک فرد
opt-enquiry_type-consultation = مشاوره دربارهٔ یک فرد (بدون ذکر نام)
opt-enquiry_type-method_support = مشاوره دربارهٔ شیوهٔ کار (پشتیبانی روشی)

opt-risks-taken_abroad = کسی می‌خواهد شما (یا او) را به خارج ببرد، مثلاً برای ازدواج
opt-risks-partner_violence = کسی نزدیک در رابطهٔ عاطفی به شما (یا او) آسیب می‌زند
opt-risks-threat_to_writer = من که می‌نویسم هم تهدید شده‌ام
opt-risks-threat_to_others = خطر آسیب زدن به شخص دیگری وجود دارد
opt-risks-self_harm = افکار آسیب زدن به خود

opt-situation-on_remand = در بازداشت موقت و منتظر دادگاه است (häkte)
opt-situation-placed_by_social_services = در خانوادهٔ جایگزین یا مرکز نگهداری خدمات اجتماعی زندگی می‌کند
opt-situation-abroad = اکنون خارج از کشور است
opt-situation-in_programme = از قبل در برنامهٔ بیرون آمدن شرکت دارد
opt-situation-open_social_services_case = از قبل یک مددکار اجتماعی دارد
