## A signed-in user's own account (console and inbox): changing the password.

password-nav = Parolayı değiştir
password-title = Parolayı değiştir
password-intro = Mevcut parolanızı, ardından yeni parolayı iki kez yazın. Parola değiştirildiğinde diğer tüm bilgisayar ve tarayıcılarda oturumunuz kapanır, burada kapanmaz.
password-field-current = Mevcut parola
password-field-new = Yeni parola
password-field-new-hint = En az { $min } karakter. Art arda birkaç kelime hem kolay hatırlanır hem de zor tahmin edilir.
password-field-again = Yeni parola (tekrar)
password-save = Parolayı değiştir
password-changed = Parolanız değiştirildi. Diğer tüm bilgisayar ve tarayıcılarda oturumunuz kapatıldı.
password-error-current-missing = Mevcut parolanızı yazın.
password-error-current-wrong = Mevcut parola doğru değil. Buradan birkaç başarısız denemeden sonra bir süre beklemeniz gerekir.
password-error-short = Yeni parola en az { $min } karakter olmalıdır.
password-error-long = Yeni parola en fazla { $max } karakter olabilir.
password-error-mismatch = İki yeni parola aynı değil. Her iki alana da aynı parolayı yazın.
password-error-throttled = Buradan çok fazla deneme yapıldı. { $minutes } dk bekleyip yeniden deneyin.
