## The layout shared by every page: header, language picker, footer, shared blocks.
## Messages are plain text (no HTML). Swedish (sv) is the reference locale.
## Dari (prs) – Afghan Dari vocabulary and spelling. Machine-assisted draft.

site-name = نقطهٔ تماس
site-description = نقطهٔ تماس ملی برای شما که می‌خواهید از جرم و جنایت، افراط‌گرایی خشونت‌آمیز یا ظلم به نام ناموس و عزت بیرون شوید

skip-link = رفتن به متن اصلی

quick-exit = زود از این صفحه بیرون شوید
quick-exit-hint = رهنمایی: برای اینکه زود از این صفحه بیرون شوید، می‌توانید سه بار دکمهٔ Shift را هم فشار بدهید.

nav-label = راه‌های کوتاه
nav-enquiry = به ما بنویسید
nav-receipt = من کود دارم
nav-chat = گفتگو
nav-callback = با من تماس بگیرید

lang-picker-label = زبان / Språk
lang-draft-tag = پیش‌نویس

draft-notice-title = این ترجمه پیش‌نویس است
draft-notice = این متن ترجمه شده است، اما هنوز توسط یک ترجمان واجد شرایط بررسی نشده است. ممکن است اشتباهاتی داشته باشد.
draft-notice-link = این صفحه را به زبان سویدنی بخوانید

footer-label = معلومات بیشتر
footer-where-to-turn = به کجا مراجعه کنم؟
footer-support = چه نوع حمایتی وجود دارد؟
footer-about = در بارهٔ نقطهٔ تماس
footer-privacy = محرمیت و ناشناس ماندن
footer-safety = امنیت: بازدید تان را پنهان کنید
footer-when-closed = وقتی که ما بسته استیم
footer-accessibility = دسترسی‌پذیری
footer-emergency = 112 – خطر عاجل

## Operator: adjust these messages if another organisation runs the service.
operator-run-by = { $kind ->
    [police] نقطهٔ تماس را پولیس (ادارهٔ پولیس سویدن، Polismyndigheten) همراه با ادارهٔ زندان‌ها و نظارت (Kriminalvården)، ادارهٔ دولتی مراکز مراقبتی (SiS) و ادارهٔ ملی صحت و رفاه اجتماعی (Socialstyrelsen) اداره می‌کند.
    [authority] نقطهٔ تماس را { $host } اداره می‌کند که یک نهاد دولتی است.
   *[other] نقطهٔ تماس را { $host } اداره می‌کند که نهاد دولتی نیست.
}
operator-authority = نقطهٔ تماس بخشی از یک ادارهٔ دولتی است. به همین دلیل قواعد محرمیت ادارات دولتی در اینجا هم اعتبار دارد، و همچنان مکلفیت گزارش دادن وقتی که یک طفل شاید به حمایت ضرورت داشته باشد.
operator-not-authority = نقطهٔ تماس یک نهاد دولتی نیست. بنابراین قواعد نهادهای دولتی دربارهٔ رازداری و گزارش‌دادن وقتی کودکی ممکن است به حمایت نیاز داشته باشد، برای ما صدق نمی‌کند. با این حال آنچه می‌نویسید را بدون رضایت شما به کسی نمی‌دهیم، مگر در خطر فوری یا وقتی از جرمی جدی بگویید که در شرف وقوع است.

## Shared blocks used on several pages.
common-emergency-lead = آیا همین حالا در خطر استید؟
common-emergency-call = به 112 زنگ بزنید
common-contact-heading = چطور با ما تماس بگیرید
common-reply-promise = شما همیشه می‌توانید به ما بنویسید، شب و روز، هر روز. ما در ظرف { $days ->
    [one] یک روز کاری
   *[other] { $days } روز کاری
} جواب می‌دهیم.
common-write-link = به ما بنویسید
common-anonymous = لازم نیست نام تان یا کدام چیز دیگری را که نشان بدهد شما کی استید بنویسید.
common-code = وقتی نوشتید، یک کود می‌گیرید. با این کود می‌توانید جواب ما را بخوانید و بیشتر بنویسید. کود را یادداشت کنید و در یک جای امن نگه دارید.
common-receipt-link = با کود تان دوباره بیایید
common-no-crimes-title = در بارهٔ جرم‌ها ننویسید
common-no-crimes = در بارهٔ جرم‌هایی که خود تان انجام داده‌اید چیزی ننویسید. برای کمک به شما لازم نیست ما از آنها خبر داشته باشیم. اگر بعداً به معلوماتی ضرورت باشد، کسی که موضوع شما را به عهده می‌گیرد از شما می‌پرسد – آن هم فقط با رضایت شما.
common-safety-heading = به امنیت تان فکر کنید
common-safety-text = اگر کسی می‌تواند تیلفون یا کمپیوتر شما را ببیند، از دکمهٔ «زود از این صفحه بیرون شوید» در بالای صفحه استفاده کنید. این دکمه شما را مستقیماً به یک ویب‌سایت دیگر می‌برد.
common-safety-link = چطور بازدید تان را پنهان کنید
common-no-email = ما هیچ وقت کود شما یا آنچه را که نوشته‌اید از طریق ایمیل یا پیام کوتاه (SMS) نمی‌فرستیم.
common-more-heading = بیشتر بخوانید

## The decision's urgent notices, first on the page after sending and on the receipt page
## (templates/partials/urgent.html). Självmordslinjen is run by Mind, open day and night.
urgent-90101-text = آیا شما یا کسی نزدیک شما فکر خودکشی دارد؟ به Självmordslinjen، خط کمک برای جلوگیری از خودکشی، به شمارهٔ 90101 زنگ بزنید. این خط را Mind اداره می‌کند و شب و روز باز است.
urgent-90101-call = به Självmordslinjen به شمارهٔ 90101 زنگ بزنید

## When handlers read (site.read_hours), beside the reply promise (src/web/render.rs).
common-read-hours = ما پیام‌ها را { $windows } می‌خوانیم، به جز روزهای رخصتی رسمی. پیام‌های عاجل را اول می‌خوانیم.
common-read-always = ما پیام‌ها را شبانه‌روز و هر روز می‌خوانیم. پیام‌های عاجل را اول می‌خوانیم.
common-read-days = از { $first } تا { $last }، ساعت { $from } تا { $to }
common-read-day = روز { $first }، ساعت { $from } تا { $to }
common-weekday = { $day ->
    [1] دوشنبه
    [2] سه‌شنبه
    [3] چهارشنبه
    [4] پنجشنبه
    [5] جمعه
    [6] شنبه
   *[7] یکشنبه
}
