## The child form (/{lang}/young/enquiry): few questions, easy words, no legal terms.

young-form-title = برای ما بنویسید
young-form-intro = اینجا می‌توانید برای ما بنویسید. لازم نیست نام خود را بنویسید. یک بزرگسال که در این زمینه کار می‌کند آن را می‌خواند و جواب می‌دهد.
young-form-optional = می‌توانید از همهٔ سؤال‌ها بگذرید. ما فقط به پیام شما نیاز داریم، یا اینکه علامت بزنید که می‌خواهید با شما تماس بگیریم.
young-field-age_band = چند سال دارید؟
young-age-under_15 = کمتر از 15 سال
young-age-15_17 = 15، 16 یا 17 سال
young-age-none = نمی‌خواهم بگویم
young-field-environment = دربارهٔ چیست؟
young-hint-any = هر چند تا که می‌خواهید انتخاب کنید.
young-about-criminal_network = یک باند یا جرم
young-about-violent_extremism = گروهی که می‌خواهد از خشونت استفاده کند
young-about-honour_related = خانواده‌ام با تهدید یا خشونت دربارهٔ زندگی‌ام تصمیم می‌گیرد
young-about-unknown = چیز دیگری
young-field-threat = آیا همین حالا در خطر هستید؟
young-danger-acute = بله، الان در خطر هستم
young-danger-none = نه
young-danger-unknown = نمی‌دانم
young-field-municipality = کجا زندگی می‌کنید؟ (اگر بخواهید)
young-hint-municipality = نام کمون خود را بنویسید، مثلاً Malmö. می‌توانید خالی بگذارید.
young-field-message = پیام شما
young-message-no-crimes = دربارهٔ جرم‌هایی که انجام داده‌اید ننویسید.
young-field-wants_contact = می‌خواهم با من تماس بگیرید.
young-hint-wants_contact = ما همین‌جا جواب می‌دهیم. جواب را با کدی که می‌گیرید می‌خوانید.
young-field-consent = می‌توانید دربارهٔ من به خدمات اجتماعی کمون من بگویید تا به من کمک کنند.
young-hint-consent = بعداً می‌توانید نظرتان را عوض کنید. اگر در خطر باشید، یا خیلی نگران شما باشیم، ممکن است باز هم مجبور شویم به آن‌ها بگوییم.
