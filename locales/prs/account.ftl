## A signed-in user's own account (console and inbox): changing the password.

password-nav = تبدیل رمز عبور
password-title = تبدیل رمز عبور
password-intro = رمز عبور فعلی خود را بنویسید، بعد رمز نو را دو بار. وقتی رمز عبور تبدیل شد، از همه کمپیوترها و براوزرهای دیگر خارج می‌شوید، اما نه از اینجا.
password-field-current = رمز عبور فعلی
password-field-new = رمز عبور نو
password-field-new-hint = کم از کم { $min } حرف. چند کلمه پشت سر هم آسان به یاد می‌ماند و مشکل حدس زده می‌شود.
password-field-again = رمز عبور نو یک بار دیگر
password-save = تبدیل رمز عبور
password-changed = رمز عبور شما تبدیل شد. از همه کمپیوترها و براوزرهای دیگر خارج شده‌اید.
password-error-current-missing = رمز عبور فعلی خود را بنویسید.
password-error-current-wrong = رمز عبور فعلی درست نیست. بعد از چند کوشش ناکام از اینجا باید کمی انتظار بکشید.
password-error-short = رمز عبور نو باید کم از کم { $min } حرف داشته باشد.
password-error-long = رمز عبور نو زیادتر از { $max } حرف داشته نمی‌تواند.
password-error-mismatch = دو رمز عبور نو یکسان نیستند. در هر دو خانه عین رمز را بنویسید.
password-error-throttled = کوشش‌های زیاد از اینجا. { $minutes } دقیقه انتظار بکشید و دوباره کوشش کنید.
