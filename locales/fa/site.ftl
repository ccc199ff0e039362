## The layout shared by every page: header, language picker, footer, shared blocks.
## Messages are plain text (no HTML). Swedish (sv) is the reference locale.

site-name = نقطهٔ تماس
site-description = نقطهٔ تماس ملی برای شما که می‌خواهید از جرم، افراط‌گرایی خشونت‌آمیز یا کنترل ناموسی بیرون بیایید

skip-link = رفتن به محتوا

quick-exit = ترک سریع این صفحه
quick-exit-hint = نکته: می‌توانید سه بار پشت سر هم کلید Shift را هم بزنید تا سریع از این صفحه خارج شوید.

nav-label = میان‌برها
nav-enquiry = برای ما بنویسید
nav-receipt = کد دارم
nav-chat = گفتگو
nav-callback = با من تماس بگیرید

lang-picker-label = زبان / Språk
lang-draft-tag = پیش‌نویس

draft-notice-title = این ترجمه پیش‌نویس است
draft-notice = این متن ترجمه شده است، اما هنوز یک مترجم واجد شرایط آن را بررسی نکرده است. ممکن است اشتباه داشته باشد.
draft-notice-link = این صفحه را به زبان سوئدی بخوانید

footer-label = اطلاعات بیشتر
footer-where-to-turn = به کجا می‌توانم مراجعه کنم؟
footer-support = چه حمایت‌هایی وجود دارد؟
footer-about = دربارهٔ نقطهٔ تماس
footer-privacy = محرمانگی و ناشناس ماندن
footer-safety = امنیت: بازدیدتان را پنهان کنید
footer-when-closed = وقتی تعطیل هستیم
footer-accessibility = دسترس‌پذیری
footer-emergency = 112 – خطر فوری

## Operator: adjust these messages if another organisation runs the service.
operator-run-by = { $kind ->
    [police] نقطهٔ تماس را پلیس (ادارهٔ پلیس سوئد، Polismyndigheten) همراه با سازمان زندان‌ها و نظارت (Kriminalvården)، ادارهٔ ملی مراقبت در مراکز نگهداری (SiS) و ادارهٔ ملی بهداشت و رفاه (Socialstyrelsen) اداره می‌کند.
    [authority] نقطهٔ تماس را { $host } اداره می‌کند که یک نهاد دولتی است.
   *[other] نقطهٔ تماس را { $host } اداره می‌کند که نهاد دولتی نیست.
}
operator-authority = نقطهٔ تماس بخشی از یک نهاد دولتی است. یعنی قواعد محرمانگی نهادهای دولتی در اینجا هم اجرا می‌شود، و همین‌طور وظیفهٔ گزارش دادن، وقتی یک کودک ممکن است به حمایت نیاز داشته باشد.
operator-not-authority = نقطهٔ تماس یک نهاد دولتی نیست. بنابراین قواعد نهادهای دولتی دربارهٔ رازداری و گزارش‌دادن وقتی کودکی ممکن است به حمایت نیاز داشته باشد، برای ما صدق نمی‌کند. با این حال آنچه می‌نویسید را بدون رضایت شما به کسی نمی‌دهیم، مگر در خطر فوری یا وقتی از جرمی جدی بگویید که در شرف وقوع است.

## Shared blocks used on several pages.
common-emergency-lead = آیا همین حالا در خطر هستید؟
common-emergency-call = با 112 تماس بگیرید
common-contact-heading = چطور با ما تماس بگیرید
common-reply-promise = همیشه می‌توانید برای ما بنویسید، شب و روز، همهٔ روزهای هفته. ما ظرف { $days ->
        [one] یک روز کاری
       *[other] { $days } روز کاری
    } پاسخ می‌دهیم.
common-write-link = برای ما بنویسید
common-anonymous = لازم نیست نام خود یا هر چیز دیگری را که نشان دهد شما چه کسی هستید بگویید.
common-code = وقتی نوشتید، یک کد می‌گیرید. با این کد می‌توانید پاسخ ما را بخوانید و بیشتر بنویسید. کد را یادداشت کنید و در جای امنی نگه دارید.
common-receipt-link = با کد خود برگردید
common-no-crimes-title = دربارهٔ جرم ننویسید
common-no-crimes = دربارهٔ جرم‌هایی که مرتکب شده‌اید ننویسید. برای کمک به شما لازم نیست از آن‌ها باخبر باشیم. اگر بعداً اطلاعاتی لازم باشد، کسی که پروندهٔ شما را بر عهده می‌گیرد آن را می‌پرسد – و فقط با رضایت شما.
common-safety-heading = به امنیت خود فکر کنید
common-safety-text = اگر کسی می‌تواند گوشی یا کامپیوتر شما را ببیند، از دکمهٔ «ترک سریع این صفحه» در بالای صفحه استفاده کنید. این دکمه شما را مستقیم به وب‌سایت دیگری می‌برد.
common-safety-link = چطور بازدیدتان را پنهان کنید
common-no-email = ما هرگز کد شما یا آنچه را نوشته‌اید با ایمیل یا پیامک نمی‌فرستیم.
common-more-heading = بیشتر بخوانید

## The decision's urgent notices, first on the page after sending and on the receipt page
## (templates/partials/urgent.html). Självmordslinjen is run by Mind, open day and night.
urgent-90101-text = آیا شما یا کسی نزدیک به شما به خودکشی فکر می‌کند؟ با Självmordslinjen، خط کمک پیشگیری از خودکشی، به شمارهٔ ‎90101 تماس بگیرید. این خط را Mind اداره می‌کند و شب و روز باز است.
urgent-90101-call = با Självmordslinjen به شمارهٔ ‎90101 تماس بگیرید

## When handlers read (site.read_hours), beside the reply promise (src/web/render.rs).
common-read-hours = ما پیام‌ها را { $windows } می‌خوانیم، به جز روزهای تعطیل رسمی. پیام‌های فوری را اول می‌خوانیم.
common-read-always = ما پیام‌ها را شبانه‌روز و هر روز می‌خوانیم. پیام‌های فوری را اول می‌خوانیم.
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
