## A signed-in user's own account (console and inbox): changing the password.

password-nav = تغيير كلمة المرور
password-title = تغيير كلمة المرور
password-intro = اكتب كلمة المرور الحالية، ثم الجديدة مرتين. بعد تغيير كلمة المرور يُسجَّل خروجك من كل الحواسيب والمتصفحات الأخرى، لكن ليس من هنا.
password-field-current = كلمة المرور الحالية
password-field-new = كلمة المرور الجديدة
password-field-new-hint = { $min } حرفًا على الأقل. عدة كلمات متتالية سهلة التذكر وصعبة التخمين.
password-field-again = كلمة المرور الجديدة مرة أخرى
password-save = تغيير كلمة المرور
password-changed = تم تغيير كلمة المرور. سُجِّل خروجك من كل الحواسيب والمتصفحات الأخرى.
password-error-current-missing = اكتب كلمة المرور الحالية.
password-error-current-wrong = كلمة المرور الحالية غير صحيحة. بعد عدة محاولات فاشلة من هنا عليك الانتظار بعض الوقت.
password-error-short = تحتاج كلمة المرور الجديدة إلى { $min } حرفًا على الأقل.
password-error-long = يجوز أن تحتوي كلمة المرور الجديدة على { $max } حرفًا على الأكثر.
password-error-mismatch = كلمتا المرور الجديدتان غير متطابقتين. اكتب كلمة المرور نفسها في الحقلين.
password-error-throttled = محاولات كثيرة جدًا من هنا. انتظر { $minutes } دقيقة ثم حاول مرة أخرى.
