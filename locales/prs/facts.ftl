## سوال‌هایی که از #12 در همه فورم‌ها پرسیده می‌شود. هرگز سوالی در مورد جرم نیست.

field-writer_age_band = اگر از نزدیکان هستید: چند سال دارید؟
field-enquiry_type = اگر در چوکات کار تان می‌نویسید: برای چه کمک می‌خواهید؟
field-risks = آیا یکی از این‌ها درست است؟

chat-field-writer_age_band = اگر از نزدیکان هستید: چند سال دارید؟
chat-field-risks = آیا یکی از این‌ها درست است؟

console-phone-field-writer_age_band = سن زنگ‌زننده (اگر از نزدیکان است)
console-phone-field-enquiry_type = آنچه زنگ‌زننده در چوکات کارش برایش کمک می‌خواهد
console-phone-field-risks = آیا یکی از این‌ها درست است؟

inbox-consultation-field-enquiry_type = در مورد چه مشوره می‌خواهید؟
inbox-consultation-field-risks = آیا یکی از این‌ها در مورد این شخص درست است؟
inbox-consultation-error-type-case = قضیه‌ای که می‌فرستید همیشه در مورد یک شخص است. اگر مشوره می‌خواهید «{ inbox-consultation-kind-consultation }» را انتخاب کنید، ورنه این سوال را بی‌جواب بگذارید.

opt-writer_age_band-under_15 = کمتر از 15 سال
opt-writer_age_band-15_17 = 15–17 سال
opt-writer_age_band-18_20 = 18–20 سال
opt-writer_age_band-21_25 = 21–25 سال
opt-writer_age_band-26_plus = 26 سال یا بیشتر
opt-writer_age_band-unknown = نمی‌دانم

opt-enquiry_type-case = کمک برای یک شخص
opt-enquiry_type-consultation = مشوره در مورد یک شخص (بدون ذکر نام)
opt-enquiry_type-method_support = مشوره در مورد شیوهٔ کار (حمایت میتودیک)

opt-risks-taken_abroad = کسی پلان دارد شما (یا او) را به خارج ببرد، مثلاً برای عروسی
opt-risks-partner_violence = کسی نزدیک در یک رابطهٔ عاشقانه به شما (یا او) آزار می‌رساند
opt-risks-threat_to_writer = من که می‌نویسم هم تهدید شده‌ام
opt-risks-threat_to_others = خطر آسیب رساندن به کس دیگر وجود دارد
opt-risks-self_harm = فکر آسیب رساندن به خود

opt-situation-on_remand = در توقیف‌خانه و منتظر محکمه است (häkte)
opt-situation-placed_by_social_services = در خانوادهٔ جایگزین یا خانهٔ نگهداری خدمات اجتماعی زندگی می‌کند
opt-situation-abroad = حالا در خارج است
opt-situation-in_programme = از قبل در برنامهٔ بیرون شدن شامل است
opt-situation-open_social_services_case = از قبل یک مددکار اجتماعی دارد
