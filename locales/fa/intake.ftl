## The written enquiry, the receipt code and the status page.

enquiry-title = برای ما بنویسید
enquiry-intro = می‌توانید هر زمان، شب یا روز، برای ما بنویسید. ما ظرف { $days } روز کاری پاسخ می‌دهیم، اغلب زودتر. پاسخ را همین‌جا در وب‌سایت با کد خود می‌خوانید.
enquiry-anonymous = لازم نیست نام خود را بنویسید. می‌توانید از هر سؤالی بگذرید.
enquiry-danger = آیا همین حالا در خطر هستید؟ با 112 تماس بگیرید.
enquiry-all-optional = فقط به سؤال‌هایی پاسخ دهید که خودتان می‌خواهید. تنها چیزی که لازم داریم یک پیام است، یا اینکه علامت بزنید که می‌خواهید با شما تماس بگیریم.
enquiry-no-crimes = دربارهٔ جرم‌هایی که مرتکب شده‌اید ننویسید. برای اینکه به شما کمک کنیم، به دانستن آن نیازی نداریم.
enquiry-send = ارسال
form-error-summary = چیزی باید اصلاح شود
form-not-saved-title = پیام شما هنوز فرستاده نشده است
form-not-saved = همین حالا نتوانستیم پیام شما را ذخیره کنیم. متن شما هنوز همین پایین هست. لطفاً کمی بعد دوباره امتحان کنید. همین حالا به کمک نیاز دارید؟ با پلیس به شمارهٔ ‎114 14 تماس بگیرید، یا در شرایط اضطراری با 112.
form-unconfirmed-title = هنوز نمی‌دانیم پیام شما رسیده است یا نه
form-unconfirmed = ذخیره کردن بیش از حد طول کشید، پس نمی‌توانیم با اطمینان بگوییم پیام شما رسیده است. ممکن است باز هم برسد. کد پایین را یادداشت کنید. چند دقیقه بعد آن را در «کد دارم» جست‌وجو کنید: اگر پیام شما پیدا شد، رسیده است و نباید دوباره بفرستید. اگر پیدا نشد، دوباره بفرستید – متن شما هنوز همین پایین هست. همین حالا به کمک نیاز دارید؟ با پلیس به شمارهٔ ‎114 14 تماس بگیرید، یا در شرایط اضطراری با 112.
form-unconfirmed-code = کد شما:
form-unconfirmed-nocode = ذخیره کردن بیش از حد طول کشید، پس نمی‌توانیم با اطمینان بگوییم آنچه فرستادید رسیده است. ممکن است باز هم برسد. متن شما هنوز همین پایین هست. اگر دوباره بفرستید شاید آن را دو بار بگیریم، و این اشکالی ندارد. همین حالا به کمک نیاز دارید؟ با پلیس به شمارهٔ ‎114 14 تماس بگیرید، یا در شرایط اضطراری با 112.

field-enquirer = چه کسی می‌نویسد؟
field-professional_org = کجا کار می‌کنید؟
field-age_band = کسی که می‌خواهد از این محیط بیرون بیاید چند سال دارد؟
field-gender = جنسیت آن فرد
field-environment = موضوع دربارهٔ چه محیطی است؟
field-situation = آیا یکی از این موارد دربارهٔ آن فرد صدق می‌کند؟
field-needs = چه چیزی لازم است؟
field-municipality = آن فرد در کدام کمون (شهرداری) زندگی می‌کند؟
field-threat = آیا تهدیدی وجود دارد؟
field-citizenship = آیا آن فرد تابعیت سوئد دارد؟
field-language = پاسخ را به چه زبانی می‌خواهید؟
field-consent_to_share = شما اجازه دارید آنچه را می‌نویسم با کسی که می‌تواند به من کمک کند در میان بگذارید (برای مثال خدمات اجتماعی، socialtjänsten).
field-message = پیام شما
field-wants_contact = می‌خواهم با من تماس بگیرید. (در مرحلهٔ بعد انتخاب می‌کنید چطور، یا آن را در پیام خود بنویسید.)

hint-professional_org = فقط اگر در چارچوب کارتان می‌نویسید.
hint-choose-any = هر تعداد که می‌خواهید انتخاب کنید، یا هیچ‌کدام.
hint-municipality = این به ما کمک می‌کند کمک مناسب را نزدیک محل زندگی آن فرد پیدا کنیم.
hint-municipality-write = نام کمون (kommun) را بنویسید، مثلاً Malmö یا Kiruna. می‌توانید آن را خالی هم بگذارید.
hint-consent_to_share = می‌توانید بعداً نظرتان را تغییر دهید. بدون رضایت شما چیزی را در میان نمی‌گذاریم، مگر آنجا که قانون بخواهد، مثلاً برای حمایت از یک کودک.
field-consent_for = اطلاعاتتان را به چه کسانی بدهیم؟
hint-consent_for = رضایت شما فقط برای گزینه‌های علامت‌خورده است.
opt-consent_for-social_services = خدمات اجتماعی کمون (socialtjänsten) – حمایت، مسکن و محافظت
opt-consent_for-programme = برنامهٔ خروج – حمایت کمون یا منطقه برای ترک آن
opt-consent_for-police = پلیس – هماهنگ‌کنندهٔ خروج، برای محافظت
opt-consent_for-words = متن خودم، کلمه به کلمه – وگرنه فقط پاسخ‌های شما را می‌دهیم، نه متن را
hint-consent_for-others = برای دیگری می‌نویسید؟ فقط آنچه او پذیرفته علامت بزنید؛ علامت خویشاوند جای رضایت بزرگسال نیست.

opt-no-answer = ترجیح می‌دهم پاسخ ندهم
opt-municipality-none = ترجیح می‌دهم نگویم
opt-enquirer-self = خودم؛ می‌خواهم بیرون بیایم
opt-enquirer-relative = یکی از نزدیکان (پدر یا مادر، همسر یا شریک زندگی، خواهر یا برادر، دوست)
opt-enquirer-professional = در چارچوب کارم می‌نویسم
opt-professional_org-municipality = کمون یا خدمات اجتماعی
opt-professional_org-school = مدرسه
opt-professional_org-healthcare = بهداشت و درمان
opt-professional_org-police = پلیس
opt-professional_org-prison_probation = سازمان زندان‌ها و نظارت (Kriminalvården)
opt-professional_org-civil_society = سازمان غیرانتفاعی
opt-professional_org-other = سایر
opt-age_band-under_15 = زیر 15 سال
opt-age_band-15_17 = 15 تا 17 سال
opt-age_band-18_20 = 18 تا 20 سال
opt-age_band-21_25 = 21 تا 25 سال
opt-age_band-26_plus = 26 سال یا بیشتر
opt-age_band-unknown = نمی‌دانم
opt-gender-female = زن یا دختر
opt-gender-male = مرد یا پسر
opt-gender-other = دیگر
opt-gender-unknown = نمی‌دانم
opt-environment-criminal_network = شبکهٔ تبهکاری یا باند تبهکار
opt-environment-violent_extremism = افراط‌گرایی خشونت‌آمیز
opt-environment-honour_related = خشونت و سرکوب ناموسی
opt-environment-unknown = نمی‌دانم
opt-situation-in_custody = در زندان است (دوران محکومیتش را می‌گذراند)
opt-situation-on_probation = تحت نظارت بیرون از زندان است (دورهٔ مراقبتی یا آزادی مشروط)
opt-situation-sis_placement = در یک مرکز SiS زندگی می‌کند (مراقبت بسته برای جوانان)
opt-situation-protected_witness = شاهد است و تحت حمایت قرار گرفته است
opt-situation-protected_identity = اطلاعات شخصی محافظت‌شده دارد
opt-threat-acute = بله، همین حالا وضعیت اضطراری است
opt-threat-serious = بله، یک تهدید جدی
opt-threat-some = بله، تا حدی تهدید وجود دارد
opt-threat-none = نه
opt-threat-unknown = نمی‌دانم
opt-needs-protection = محافظت
opt-needs-relocation = نقل مکان به شهری دیگر
opt-needs-housing = مسکن
opt-needs-economy = پول
opt-needs-psychiatric = سلامت روان
opt-needs-substance_abuse = کمک برای الکل یا مواد مخدر
opt-needs-work_education = کار یا تحصیل
opt-needs-family = حمایت از خانواده
opt-needs-voluntary_return = اطلاعات دربارهٔ بازگشت داوطلبانه به کشوری دیگر
opt-needs-legal = کمک حقوقی
opt-needs-other = سایر
opt-citizenship-swedish = بله
opt-citizenship-other = نه
opt-citizenship-unknown = نمی‌دانم

error-choose-option = یکی از گزینه‌ها را انتخاب کنید.
error-unknown-municipality = کمونی با این نام پیدا نمی‌کنیم. املای آن را بررسی کنید (å، ä و ö را می‌توان a و o نوشت) یا این بخش را خالی بگذارید.
error-message-or-contact = یک پیام بنویسید، یا علامت بزنید که می‌خواهید با شما تماس بگیریم.
error-message-too-long = پیام خیلی طولانی است. کمی کوتاهش کنید، یا آن را چند بخش کنید و بقیه را بعداً با کد خود بفرستید.
error-message-empty = پیش از فرستادن چیزی بنویسید.
error-problem-empty = مشکل را توضیح دهید.
error-text-too-long = متن خیلی طولانی است.

sent-title = متشکریم، پیام شما به دست ما رسید
sent-intro = ما ظرف { $days } روز کاری پاسخ می‌دهیم، اغلب زودتر. پاسخ را همین‌جا در وب‌سایت با کد خود می‌خوانید.
sent-code-heading = کد شما
sent-code-only-once = کد را فقط همین حالا نشان می‌دهیم. خودمان آن را نگه نمی‌داریم، پس نمی‌توانیم دوباره آن را به شما بدهیم. پیش از ادامه، آن را ذخیره کنید.
sent-keep-write = آن را روی کاغذی بنویسید و کاغذ را جای امنی نگه دارید.
sent-keep-print = یا این صفحه را چاپ کنید (از منوی مرورگر).
sent-keep-download = یا کد را به صورت یک فایل متنی کوچک دانلود کنید
sent-keep-safe = به یاد داشته باشید که دیگران ممکن است یک یادداشت، یک برگهٔ چاپی یا یک فایل را پیدا کنند. کد را جایی نگه دارید که هیچ‌کس دیگری آن را نبیند.
sent-confirm = کدم را ذخیره کرده‌ام
sent-file-text = کد: { $code }

saved-title = خوب است، کارتان تمام شد
saved-come-back = رفتن به صفحهٔ کد
saved-danger = در خطر هستید؟ با 112 تماس بگیرید.

receipt-title = با کد خود برگردید
receipt-intro = کدی را که هنگام فرستادن پیام گرفتید وارد کنید. آن‌وقت پاسخ ما را می‌بینید و می‌توانید بیشتر بنویسید.
receipt-code-label = کد شما
receipt-code-hint = 16 نویسه، برای مثال ABCD-EFGH-JKMN-PQRS. می‌توانید با حروف بزرگ یا کوچک بنویسید.
receipt-show = نمایش
receipt-unknown-title = این کد را پیدا نمی‌کنیم
receipt-unknown = کد درست نیست. بررسی کنید که آن را درست نوشته‌اید و دوباره امتحان کنید.
receipt-lost = کدتان را گم کرده‌اید؟ پس دوباره برای ما بنویسید و این را به ما بگویید.
receipt-write-again = برای ما بنویسید
receipt-message-added = متشکریم، پیام شما فرستاده شد.

status-title = درخواست شما
status-label = وضعیت:
status-received = دریافت شد – هنوز پاسخ نداده‌ایم
status-in_progress = در حال رسیدگی به درخواست شما هستیم
status-answered = پاسخ داده‌ایم
status-closed = بسته شد
status-sent-at = زمان ارسال:
status-conversation = پیام‌ها
author-person = شما
author-staff = نقطهٔ تماس
status-no-messages = هنوز پیامی نیست.
status-add-heading = بیشتر بنویسید
status-add-send = ارسال
status-leave-hint = وقتی کارتان تمام شد، صفحه را ببندید. بدون کد هیچ‌کس نمی‌تواند درخواست شما را ببیند.

## When the person is answered, on the page after sending (src/intake/answer.rs).
# promise: tests/api/promises.rs::the_page_after_sending_says_when_we_answer_from_the_priority_and_our_hours
answer-now = ما همین حالا پیام‌ها را می‌خوانیم و پیام شما را فوراً می‌خوانیم. پاسخ ما را اینجا در وب‌سایت با کد خود می‌خوانید.
# promise: tests/api/promises.rs::the_page_after_sending_says_when_we_answer_from_the_priority_and_our_hours
answer-today = ما امروز پاسخ می‌دهیم. پاسخ را اینجا در وب‌سایت با کد خود می‌خوانید.
# promise: tests/api/promises.rs::the_page_after_sending_says_when_we_answer_from_the_priority_and_our_hours
answer-reopens = الان کسی پیام‌ها را نمی‌خواند. پیام شما را { $weekday ->
    [1] دوشنبه
    [2] سه‌شنبه
    [3] چهارشنبه
    [4] پنجشنبه
    [5] جمعه
    [6] شنبه
   *[7] یکشنبه
} ساعت { $time } می‌خوانیم. پاسخ را اینجا در وب‌سایت با کد خود می‌خوانید.
answer-danger-meanwhile = آیا کسی پیش از آن در خطر است؟ با ۱۱۲ (112) تماس بگیرید.
saved-next-code = با کد خود به اینجا برگردید تا پاسخ ما را بخوانید یا بیشتر بنویسید.
