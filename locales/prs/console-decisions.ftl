## The console: the human decision on a case, its outcome and the protected-identity marker.

decisions-heading = تصمیم دربارهٔ پرونده
decisions-history-engine = پیشنهاد موتور
decisions-history-override = تغییر داده شده توسط { $name }
decisions-history-reason = دلیل
decisions-history-none = پیشنهاد موتور معتبر است. کسی آن را تغییر نداده است.
decisions-override-summary = تغییر اولویت یا گیرندگان
decisions-override-hint = پیشنهاد موتور در هر حال ذخیره می‌شود تا بتوان قواعد را بهتر کرد. تغییر و دلیل آن ثبت می‌شود.
decisions-priority = اولویت
decisions-priority-P1 = P1 – همین حالا اقدام کنید (خطر حاد)
decisions-priority-P2 = P2 – در همان روز کاری
decisions-priority-P3 = P3 – ظرف دو روز کاری
decisions-recipients-legend = گیرندگان
decisions-recipients-hint = دقیقاً یک گیرنده باید مسئول باشد.
decisions-role-primary = مسئول
decisions-role-secondary = همکار
decisions-role-inform = مطلع می‌شود
decisions-role-remove = حذف
decisions-add-legend = افزودن گیرنده
decisions-add-org = سازمان
decisions-add-hint = شناسهٔ سازمان را بنویسید یا از لست انتخاب کنید، مثلاً socialtjanst:1280. اگر کسی را اضافه نمی‌کنید خالی بگذارید.
decisions-add-role = نقش گیرندهٔ جدید
decisions-reason = دلیل (الزامی)
decisions-reason-hint = چرا پیشنهاد را تغییر می‌دهید؟ دلیل به‌صورت رمزگذاری‌شده ذخیره و به همکارانی که روی پرونده کار می‌کنند نشان داده می‌شود.
decisions-override-send = ذخیرهٔ تغییر
decisions-added-reason = توسط یک کارمند اضافه شد.
decisions-error-summary = تغییر ذخیره نشد
decisions-error-priority = اولویت P1، P2 یا P3 را انتخاب کنید.
decisions-error-role = برای { $org } یک نقش انتخاب کنید.
decisions-error-unknown-org = سازمانی با شناسهٔ { $org } در لست وجود ندارد.
decisions-error-duplicate = { $org } از قبل در میان گیرندگان است.
decisions-error-primary = دقیقاً یک گیرنده باید مسئول باشد.
decisions-error-civil-primary = { $org } یک سازمان جامعهٔ مدنی است و فقط می‌تواند همکار باشد یا مطلع شود، نه مسئول.
decisions-error-civil-vetting = { $org } بررسی نشده یا اعتبار بررسی آن تمام شده است. نمی‌تواند پرونده دریافت کند.
decisions-error-civil-acute = پروندهٔ P1 (خطر حاد) نباید به جامعهٔ مدنی برود. { $org } را حذف کنید یا اولویت دیگری انتخاب کنید.
decisions-error-civil-child = دوسیه مربوط به یک طفل است و نباید به جامعهٔ مدنی برود. { $org } را حذف کنید.
decisions-error-civil-threat = شخص زیر تهدید جدی است و دوسیه نباید به جامعهٔ مدنی برود. { $org } را حذف کنید.
decisions-error-civil-protected = شخص هویت محافظت‌شده دارد یا شاهد محافظت‌شده است و دوسیه نباید به جامعهٔ مدنی برود. { $org } را حذف کنید.
decisions-error-reason = بنویسید چرا پیشنهاد را تغییر می‌دهید.
decisions-error-reason-long = دلیل بیش از حد طولانی است. آن را به حداکثر ۲۰۰۰ نویسه کوتاه کنید.
decisions-error-unchanged = چیزی را تغییر نداده‌اید. اولویت یا گیرندگان را تغییر دهید.
decisions-error-closed = پرونده بسته است. پیش از تغییر تصمیم آن را دوباره باز کنید.
decisions-change-priority = اولویت { $from } ← { $to }
decisions-change-added = { $name } اضافه شد ({ $to ->
    [primary] مسئول
    [secondary] همکار
   *[inform] مطلع می‌شود
})
decisions-change-removed = { $name } حذف شد (پیش‌تر { $from ->
    [primary] مسئول
    [secondary] همکار
   *[inform] مطلع می‌شد
})
decisions-change-role = { $name }: { $from ->
    [primary] مسئول
    [secondary] همکار
   *[inform] مطلع می‌شود
} ← { $to ->
    [primary] مسئول
    [secondary] همکار
   *[inform] مطلع می‌شود
}

decisions-outcome-heading = بستن پرونده
decisions-open-now = پرونده باز است.
decisions-outcome-legend = پرونده چگونه پایان یافت؟
decisions-outcome-hint = نتیجه در پیگیری شمرده می‌شود. پروندهٔ بسته از صف خارج می‌شود اما می‌توان آن را دوباره باز کرد.
decisions-outcome-advice_given = مشاوره داده شد
decisions-outcome-referred = ارجاع داده شد
decisions-outcome-referred_with_report = با گزارش نگرانی ارجاع داده شد
decisions-outcome-no_further_action = اقدام دیگری لازم نیست
decisions-close = بستن پرونده
decisions-closed-as = بسته شد: { $outcome ->
    [advice_given] مشاوره داده شد
    [referred] ارجاع داده شد
    [referred_with_report] با گزارش نگرانی ارجاع داده شد
   *[no_further_action] اقدام دیگری لازم نیست
}
decisions-reopen = بازکردن دوبارهٔ پرونده
decisions-reopen-hint = پرونده به صف برمی‌گردد. تاریخچهٔ آن حفظ می‌شود.
decisions-error-outcome = انتخاب کنید پرونده چگونه پایان یافت.
decisions-error-already-closed = پرونده از قبل بسته است.
decisions-error-not-closed = پرونده بسته نیست.
decisions-events-heading = رویدادهای پرونده
decisions-event-close = { $actor } پرونده را بست: { $detail ->
    [advice_given] مشاوره داده شد
    [referred] ارجاع داده شد
    [referred_with_report] با گزارش نگرانی ارجاع داده شد
   *[no_further_action] اقدام دیگری لازم نیست
}
decisions-event-reopen = { $actor } پرونده را دوباره باز کرد
decisions-event-protect = { $actor } نشان هویت محافظت‌شده گذاشت
decisions-event-unprotect = { $actor } نشان هویت محافظت‌شده را برداشت
decisions-event-grant = { $actor } به { $detail } دسترسی به آدرس و معلومات تماس داد
decisions-event-revoke = { $actor } { $detail } را از دارندگان دسترسی حذف کرد

decisions-protection-heading = هویت محافظت‌شده
decisions-protected-marker = هویت محافظت‌شده – نشان محرمانگی یا ثبت احوال محافظت‌شده
decisions-protected-explained = آدرس و معلومات تماس فقط به کارمندان نام‌برده نشان داده می‌شود. هرگز صادر نمی‌شود و این نشان همراه هر ارجاع می‌رود.
decisions-protected-you-see = نام شما برده شده و آدرس و معلومات تماس را می‌بینید.
decisions-protected-hidden = نام شما برده نشده است. آدرس و معلومات تماس از شما پنهان است.
decisions-named-heading = کارمندان نام‌برده
decisions-named-none = نام کسی برده نشده است. هیچ‌کس آدرس و معلومات تماس را نمی‌بیند.
decisions-revoke = حذف { $name }
decisions-grant-label = نام‌بردن یک کارمند
decisions-grant-hint = فقط کسانی را نام ببرید که باید آدرس و معلومات تماس را ببینند.
decisions-grant = نام‌بردن
decisions-unprotect = برداشتن نشان
decisions-unprotect-hint = نشان را فقط وقتی بردارید که اشتباهی گذاشته شده یا محافظت پایان یافته است. همهٔ نام‌برده‌ها حذف می‌شوند.
decisions-unprotected = پرونده نشان‌گذاری نشده است.
decisions-said-protected = فرد گفته است معلومات شخصی محافظت‌شده دارد. پرونده را نشان‌گذاری کنید.
decisions-protect = نشان‌گذاری هویت محافظت‌شده
decisions-protect-hint = در این صورت فقط کارمندان نام‌برده آدرس و معلومات تماس را می‌بینند. نام خود شما برده می‌شود؛ سرپرست می‌تواند دیگران را نام ببرد.
decisions-error-already-protected = پرونده از قبل نشان‌گذاری شده است. اگر باید معلومات را ببینید از سرپرست بخواهید نام شما را ببرد.
decisions-error-not-protected = پرونده به‌عنوان هویت محافظت‌شده نشان‌گذاری نشده است.
decisions-error-user = یک کارمند، سرپرست یا مدیر فعال انتخاب کنید.
decisions-error-already-named = نام این کارمند از قبل برده شده است.
decisions-error-not-named = نام این کاربر روی پرونده برده نشده است.

decisions-overrides-title = تصمیم‌های تغییریافته
decisions-overrides-intro = پرونده‌هایی که در آن‌ها کارمند پیشنهاد موتور را تغییر داد: کدام قواعد اعمال شدند، موتور چه پیشنهاد داد و اکنون چه معتبر است. اینجا هیچ متنی دربارهٔ افراد نیست. از تفاوت‌ها برای بهبود قواعد استفاده کنید.
decisions-overrides-caption = پرونده‌های تغییریافته: { $count }
decisions-overrides-col-case = پرونده
decisions-overrides-col-rules = قواعد اعمال‌شده
decisions-overrides-col-engine = پیشنهاد موتور
decisions-overrides-col-human = تصمیم معتبر
decisions-overrides-col-changes = تفاوت
decisions-overrides-case-link = تغییر در { $at }
decisions-overrides-count = { $count ->
    [one] یک تغییر
   *[other] { $count } تغییر
}
decisions-overrides-empty = هیچ تصمیمی تغییر نکرده است.
decisions-history-retriage = پیشنهاد تازهٔ قواعد پس از تازه‌سازی معلومات توسط { $name }

# Updating what is known of a case (POST /console/cases/{id}/facts).
console-facts-heading = آنچه می‌دانیم را تازه کنید
console-facts-hint = آنچه در گفتگو فهمیده‌اید را انتخاب کنید. قواعد دوباره پیشنهاد می‌دهند. پیام، زبان و رضایت خود شخص تغییر نمی‌کند.
console-facts-save = ذخیره و پیشنهاد دوباره
console-facts-not-holder = همکار دیگری این پرونده را در دست دارد. از او بخواهید معلومات را تازه کند، یا از سرپرست بخواهید پرونده را بگیرد.
console-facts-closed = پرونده بسته است. برای تغییر معلومات آن را دوباره باز کنید.

# The decision's notices in words, for staff (the case page; the staff-only ones never reach a public page).
decisions-notice-call_112 = به 112 زنگ بزنید – خطر عاجل
decisions-notice-call_90101 = Självmordslinjen به شمارهٔ 90101 برای فکرهای خودکشی (Mind، شبانه‌روزی)
decisions-notice-call_114_14 = پولیس به شمارهٔ 114 14 (غیر عاجل)
decisions-notice-call_socialjour = Socialjouren: خدمات اجتماعی کمون بیرون از ساعات کاری
decisions-notice-call_bris = Bris به شمارهٔ 116 111 برای اطفال و جوانان
decisions-notice-call_kvinnofridslinjen = Kvinnofridslinjen به شمارهٔ 020-50 50 50، شبانه‌روزی
decisions-notice-call_1177 = 1177 Vårdguiden (مشورهٔ صحی)
decisions-notice-primary_closed = گیرندهٔ مسئول حالا بسته است: ببینید دوسیه بیرون از ساعات کاری به کجا می‌رود
decisions-notice-no_offence_data = یک سازمان جامعهٔ مدنی گیرنده است: هیچ معلوماتی در مورد جرم برایش نفرستید
decisions-notice-placing_municipality = کمونی که شخص را جابجا کرده مسئول است: معلوم کنید کدام کمون است و با آن به تماس شوید
decisions-notice-find_psychiatry = روان‌درمانی ولایت لازم است، اما کمون معلوم نیست: ولایت را پیدا کنید
