## The written enquiry, the receipt code and the status page.
## Dari (prs) – Afghan Dari vocabulary and spelling. Machine-assisted draft.

enquiry-title = به ما بنویسید
enquiry-intro = شما می‌توانید هر وقت که بخواهید، شب و روز، به ما بنویسید. ما در ظرف { $days } روز کاری جواب می‌دهیم، اکثراً زودتر. جواب را با کود تان همین‌جا در ویب‌سایت می‌خوانید.
enquiry-anonymous = لازم نیست نام تان را بنویسید. می‌توانید از هر سوال بگذرید.
enquiry-danger = آیا همین حالا در خطر استید؟ به 112 زنگ بزنید.
enquiry-all-optional = فقط به سوال‌هایی جواب بدهید که خود تان می‌خواهید. تنها چیزی که ما لازم داریم یک پیام است، یا اینکه نشانی بزنید که می‌خواهید با شما تماس بگیریم.
enquiry-no-crimes = در بارهٔ جرم‌هایی که خود تان انجام داده‌اید چیزی ننویسید. برای کمک به شما به آن ضرورت نداریم.
enquiry-send = ارسال
form-error-summary = چیزی باید اصلاح شود
form-not-saved-title = پیام تان هنوز ارسال نشده است
form-not-saved = ما همین حالا نتوانستیم پیام تان را ذخیره کنیم. متن تان هنوز در پایین همین صفحه است. لطفاً کمی بعد دوباره کوشش کنید. همین حالا به کمک ضرورت دارید؟ به پولیس به شمارهٔ 114 14 زنگ بزنید، یا در حالت عاجل به 112.
form-unconfirmed-title = هنوز نمی‌دانیم که پیام تان رسیده است یا نه
form-unconfirmed = ذخیره کردن زیاد وقت گرفت، بنابراین نمی‌توانیم با اطمینان بگوییم که پیام تان رسیده است. ممکن است باز هم برسد. کود پایین را یادداشت کنید. چند دقیقه بعد آن را در «من کود دارم» جستجو کنید: اگر پیام تان پیدا شد، رسیده است و نباید دوباره بفرستید. اگر پیدا نشد، دوباره بفرستید – متن تان هنوز در پایین همین صفحه است. همین حالا به کمک ضرورت دارید؟ به پولیس به شمارهٔ 114 14 زنگ بزنید، یا در حالت عاجل به 112.
form-unconfirmed-code = کود تان:
form-unconfirmed-nocode = ذخیره کردن زیاد وقت گرفت، بنابراین نمی‌توانیم با اطمینان بگوییم که آنچه فرستادید رسیده است. ممکن است باز هم برسد. متن تان هنوز در پایین همین صفحه است. اگر دوباره بفرستید شاید آن را دو بار بگیریم، و این کدام مشکلی ندارد. همین حالا به کمک ضرورت دارید؟ به پولیس به شمارهٔ 114 14 زنگ بزنید، یا در حالت عاجل به 112.

field-enquirer = چه کسی می‌نویسد؟
field-professional_org = شما در کجا کار می‌کنید؟
field-age_band = شخصی که می‌خواهد بیرون شود چند سال دارد؟
field-gender = جنسیت این شخص
field-environment = موضوع در بارهٔ کدام محیط است؟
field-situation = آیا یکی از این موارد به این شخص مربوط می‌شود؟
field-needs = به چه چیزی ضرورت است؟
field-municipality = این شخص در کدام شاروالی (kommun) زندگی می‌کند؟
field-threat = آیا تهدیدی وجود دارد؟
field-citizenship = آیا این شخص تبعهٔ سویدن است؟
field-language = جواب را به کدام زبان می‌خواهید؟
field-consent_to_share = شما اجازه دارید آنچه را که من می‌نویسم با کسی که می‌تواند به من کمک کند شریک بسازید (مثلاً خدمات اجتماعی، socialtjänsten).
field-message = پیام شما
field-wants_contact = می‌خواهم که با من تماس بگیرید. (چگونگی تماس را در مرحلهٔ بعدی انتخاب می‌کنید، یا آن را در پیام تان بنویسید.)

hint-professional_org = فقط اگر به حیث بخشی از کار تان می‌نویسید.
hint-choose-any = هر قدر که می‌خواهید انتخاب کنید، یا هیچ‌کدام را.
hint-municipality = این به ما کمک می‌کند تا کمک مناسب را نزدیک به این شخص پیدا کنیم.
hint-municipality-write = نام شاروالی (kommun) را بنویسید، مثلاً Malmö یا Kiruna. می‌توانید آن را خالی هم بگذارید.
hint-consent_to_share = نظر تان را بعداً تغییر داده می‌توانید. بدون رضایت تان چیزی شریک نمی‌شود، مگر به حکم قانون (مثلاً حمایت از طفل).
field-consent_for = معلومات تان را به کی بدهیم؟
hint-consent_for = رضایت شما تنها برای گزینه‌های نشانی‌شده است.
opt-consent_for-social_services = خدمات اجتماعی (socialtjänsten) – حمایت، سرپناه و محافظت
opt-consent_for-programme = برنامهٔ خروج – حمایت شاروالی برای بیرون شدن
opt-consent_for-police = پولیس – هماهنگ‌کنندهٔ خروج، برای محافظت
opt-consent_for-words = متن خودم، کلمه به کلمه – ورنه تنها جواب‌ها را می‌دهیم، نه متن را
hint-consent_for-others = برای دیگری می‌نویسید؟ تنها آنچه او پذیرفته نشانی کنید؛ نشانی خویشاوند جای رضایت بزرگسال نیست.

opt-no-answer = نمی‌خواهم جواب بدهم
opt-municipality-none = نمی‌خواهم بگویم
opt-enquirer-self = خودم، می‌خواهم بیرون شوم
opt-enquirer-relative = یکی از نزدیکان (والدین، همسر یا شریک زندگی، خواهر یا برادر، دوست)
opt-enquirer-professional = به حیث بخشی از کارم می‌نویسم
opt-professional_org-municipality = شاروالی یا خدمات اجتماعی
opt-professional_org-school = مکتب
opt-professional_org-healthcare = خدمات صحی
opt-professional_org-police = پولیس
opt-professional_org-prison_probation = ادارهٔ زندان‌ها و نظارت (Kriminalvården)
opt-professional_org-civil_society = مؤسسهٔ غیرانتفاعی
opt-professional_org-other = دیگر
opt-age_band-under_15 = کمتر از 15 سال
opt-age_band-15_17 = 15–17 سال
opt-age_band-18_20 = 18–20 سال
opt-age_band-21_25 = 21–25 سال
opt-age_band-26_plus = 26 سال یا بیشتر
opt-age_band-unknown = نمی‌دانم
opt-gender-female = زن یا دختر
opt-gender-male = مرد یا پسر
opt-gender-other = دیگر
opt-gender-unknown = نمی‌دانم
opt-environment-criminal_network = شبکهٔ جنایی یا گروه جنایتکار (گنگ)
opt-environment-violent_extremism = افراط‌گرایی خشونت‌آمیز
opt-environment-honour_related = خشونت و ظلم به نام ناموس و عزت
opt-environment-unknown = نمی‌دانم
opt-situation-in_custody = در زندان است (جزای خود را سپری می‌کند)
opt-situation-on_probation = تحت نظارت است (نظارت به عوض زندان یا رهایی مشروط)
opt-situation-sis_placement = در یک خانهٔ SiS زندگی می‌کند (مرکز مراقبت تحت نظارت برای جوانان)
opt-situation-protected_witness = شاهد است و حمایت گرفته است
opt-situation-protected_identity = معلومات شخصی محافظت‌شده دارد
opt-threat-acute = بلی، همین حالا عاجل است
opt-threat-serious = بلی، یک تهدید جدی
opt-threat-some = بلی، کمی تهدید
opt-threat-none = نخیر
opt-threat-unknown = نمی‌دانم
opt-needs-protection = حمایت و محافظت
opt-needs-relocation = کوچ کردن به یک شهر دیگر
opt-needs-housing = جای بود و باش
opt-needs-economy = پول و مسائل مالی
opt-needs-psychiatric = صحت روانی
opt-needs-substance_abuse = کمک در مورد الکول یا مواد مخدر
opt-needs-work_education = کار یا تحصیل
opt-needs-family = حمایت از فامیل
opt-needs-voluntary_return = معلومات در بارهٔ بازگشت داوطلبانه به یک کشور دیگر
opt-needs-legal = کمک حقوقی
opt-needs-other = دیگر
opt-citizenship-swedish = بلی
opt-citizenship-other = نخیر
opt-citizenship-unknown = نمی‌دانم

error-choose-option = یکی از گزینه‌ها را انتخاب کنید.
error-unknown-municipality = شاروالی با این نام پیدا نمی‌کنیم. املای آن را بررسی کنید (å، ä و ö را می‌توان a و o نوشت) یا این بخش را خالی بگذارید.
error-message-or-contact = یک پیام بنویسید، یا نشانی بزنید که می‌خواهید با شما تماس بگیریم.
error-message-too-long = پیام بسیار طولانی است. آن را کمی کوتاه کنید، یا آن را تقسیم کنید و باقی‌مانده را بعداً با کود تان بفرستید.
error-message-empty = پیش از ارسال چیزی بنویسید.
error-problem-empty = مشکل را شرح بدهید.
error-text-too-long = متن بسیار طولانی است.

sent-title = تشکر، پیام شما به ما رسید
sent-intro = ما در ظرف { $days } روز کاری جواب می‌دهیم، اکثراً زودتر. جواب را با کود تان همین‌جا در ویب‌سایت می‌خوانید.
sent-code-heading = کود شما
sent-code-only-once = ما کود را فقط همین حالا نشان می‌دهیم. خود ما آن را نگه نمی‌داریم، پس نمی‌توانیم آن را دوباره به شما بدهیم. پیش از اینکه ادامه بدهید، آن را ذخیره کنید.
sent-keep-write = آن را روی یک کاغذ بنویسید و کاغذ را در یک جای امن نگه دارید.
sent-keep-print = یا این صفحه را چاپ کنید (از مینوی براوزر تان).
sent-keep-download = یا کود را به شکل یک فایل کوچک متنی دانلود کنید
sent-keep-safe = به یاد داشته باشید که یک یادداشت، یک کاغذ چاپی یا یک فایل ممکن است به دست دیگران بیفتد. کود را در جایی نگه دارید که هیچ کس دیگر آن را نبیند.
sent-confirm = کودم را ذخیره کردم
sent-file-text = کود: { $code }

saved-title = خوب، کار شما تمام شد
saved-come-back = رفتن به صفحهٔ کود تان
saved-danger = در خطر استید؟ به 112 زنگ بزنید.

receipt-title = با کود تان دوباره بیایید
receipt-intro = کودی را که هنگام ارسال پیام تان گرفتید بنویسید. بعد جواب ما را می‌بینید و می‌توانید بیشتر بنویسید.
receipt-code-label = کود شما
receipt-code-hint = 16 حرف و عدد، مثلاً ABCD-EFGH-JKMN-PQRS. حروف بزرگ یا کوچک هر دو درست است.
receipt-show = نشان بده
receipt-unknown-title = ما این کود را پیدا نمی‌کنیم
receipt-unknown = این کود درست نیست. ببینید که آن را درست نوشته‌اید و دوباره کوشش کنید.
receipt-lost = کود تان را گم کرده‌اید؟ در آن صورت دوباره به ما بنویسید و این را به ما بگویید.
receipt-write-again = به ما بنویسید
receipt-message-added = تشکر، پیام شما ارسال شد.

status-title = موضوع شما
status-label = وضعیت:
status-received = رسید – هنوز جواب نداده‌ایم
status-in_progress = ما روی موضوع شما کار می‌کنیم
status-answered = ما جواب داده‌ایم
status-closed = بسته شد
status-sent-at = ارسال شده:
status-conversation = پیام‌ها
author-person = شما
author-staff = نقطهٔ تماس
status-no-messages = هنوز هیچ پیامی نیست.
status-add-heading = بیشتر بنویسید
status-add-send = ارسال
status-leave-hint = وقتی کار تان تمام شد، صفحه را ببندید. هیچ کس بدون کود نمی‌تواند موضوع شما را ببیند.

## When the person is answered, on the page after sending (src/intake/answer.rs).
# promise: tests/api/promises.rs::the_page_after_sending_says_when_we_answer_from_the_priority_and_our_hours
answer-now = ما همین حالا پیام‌ها را می‌خوانیم و پیام شما را فوراً می‌خوانیم. پاسخ ما را اینجا در ویب‌سایت با کد خود می‌خوانید.
# promise: tests/api/promises.rs::the_page_after_sending_says_when_we_answer_from_the_priority_and_our_hours
answer-today = ما امروز پاسخ می‌دهیم. پاسخ را اینجا در ویب‌سایت با کد خود می‌خوانید.
# promise: tests/api/promises.rs::the_page_after_sending_says_when_we_answer_from_the_priority_and_our_hours
answer-reopens = حالا کسی پیام‌ها را نمی‌خواند. پیام شما را { $weekday ->
    [1] دوشنبه
    [2] سه‌شنبه
    [3] چهارشنبه
    [4] پنجشنبه
    [5] جمعه
    [6] شنبه
   *[7] یکشنبه
} ساعت { $time } می‌خوانیم. پاسخ را اینجا در ویب‌سایت با کد خود می‌خوانید.
answer-danger-meanwhile = آیا کسی پیش از آن در خطر است؟ به ۱۱۲ (112) زنگ بزنید.
saved-next-code = با کد خود به اینجا برگردید تا پاسخ ما را بخوانید یا بیشتر بنویسید.
