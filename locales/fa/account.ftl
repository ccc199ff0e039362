## A signed-in user's own account (console and inbox): changing the password.

password-nav = تغییر گذرواژه
password-title = تغییر گذرواژه
password-intro = گذرواژهٔ فعلی خود را بنویسید، سپس گذرواژهٔ تازه را دو بار. پس از تغییر گذرواژه، از همهٔ رایانه‌ها و مرورگرهای دیگر خارج می‌شوید، اما نه از اینجا.
password-field-current = گذرواژهٔ فعلی
password-field-new = گذرواژهٔ تازه
password-field-new-hint = دست‌کم { $min } نویسه. چند واژه پشت سر هم آسان به یاد می‌ماند و دشوار حدس زده می‌شود.
password-field-again = دوباره گذرواژهٔ تازه
password-save = تغییر گذرواژه
password-changed = گذرواژهٔ شما تغییر کرد. از همهٔ رایانه‌ها و مرورگرهای دیگر خارج شده‌اید.
password-error-current-missing = گذرواژهٔ فعلی خود را بنویسید.
password-error-current-wrong = گذرواژهٔ فعلی درست نیست. پس از چند تلاش ناموفق از اینجا باید کمی صبر کنید.
password-error-short = گذرواژهٔ تازه باید دست‌کم { $min } نویسه داشته باشد.
password-error-long = گذرواژهٔ تازه حداکثر می‌تواند { $max } نویسه داشته باشد.
password-error-mismatch = دو گذرواژهٔ تازه یکسان نیستند. در هر دو خانه همان گذرواژه را بنویسید.
password-error-throttled = تلاش‌های بسیار زیاد از اینجا. { $minutes } دقیقه صبر کنید و دوباره امتحان کنید.
