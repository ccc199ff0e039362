## The anonymous chat: the pre-chat step, the chat page, and the page when chat is closed.

chat-title = Bizimle sohbet et
chat-intro = Burada şu anda İletişim Noktası'ndan biriyle yazışabilirsin. Kim olduğunu söylemek zorunda değilsin.
chat-about-anonymous = Kimliğin gizli kalır. Adını, numaranı ya da nerede olduğunu görmeyiz.
chat-about-who = İletişim Noktası çalışanlarıyla yazışırsın. Dinleriz, sorularını yanıtlarız ve doğru yardımı bulmana yardım ederiz.
chat-about-code = Sohbet başladığında bir kod alırsın. Bu kodla sohbeti yeniden okuyabilir ve bize daha sonra yazabilirsin.
chat-about-safety = Biri telefonunu ya da bilgisayarını görebiliyorsa: gerekirse “Sayfadan hızla çık” düğmesini kullan.
chat-open-until = Sohbet bugün saat { $time }'e kadar açık.
chat-start-heading = Başlamadan önce
chat-start-optional = Soruları atlayabilirsin. Sorular sana daha çabuk doğru yanıtı vermemize yardım eder.
chat-field-language = Hangi dilde yazmak istersin?
chat-field-enquirer = Kim yazıyor?
chat-field-age_band = Ayrılmak isteyen kişi kaç yaşında?
chat-start = Sohbete başla

chat-closed-title = Sohbet şu anda kapalı
chat-opens-today = Sohbet bugün saat { $time }'de yeniden açılıyor.
chat-opens-tomorrow = Sohbet yarın saat { $time }'de yeniden açılıyor.
chat-opens-on = Sohbet { $day }.{ $month } { $weekday } saat { $time }'de yeniden açılıyor.
chat-opens-unknown = Sohbetin ne zaman yeniden açılacağını henüz bilmiyoruz.
chat-weekday-1 = Pazartesi
chat-weekday-2 = Salı
chat-weekday-3 = Çarşamba
chat-weekday-4 = Perşembe
chat-weekday-5 = Cuma
chat-weekday-6 = Cumartesi
chat-weekday-7 = Pazar
chat-closed-instead = Bize başka yollarla ulaşabilirsin
chat-closed-write-heading = Bize yaz
chat-closed-callback-heading = Seni arayalım
chat-closed-callback-text = Bir numara bırak, senin için güvenli olduğunda seni arayalım.
chat-closed-callback-link = Seni aramamızı iste
chat-closed-more = Akşam ve gece de arayabileceğin başka numaralar

chat-code-heading = Kodun
chat-code-why = Kodu bir yere yaz ve güvenli bir yerde sakla. Bu kodla sohbeti yeniden okuyabilir ve sohbet bittikten sonra da bize yazabilirsin. Kodu sana yeniden gösteremeyiz.
chat-code-saved = Kodu kaydettim

chat-waiting-position = Sırada { $position }. sıradasın.
chat-wait-estimate = Birinin yanıt vermesi yaklaşık { $minutes } dakika sürecek. Bu bir tahmindir.
chat-wait-unknown = Şu anda ne kadar beklemen gerektiğini söyleyemiyoruz.
chat-status-active = Şimdi İletişim Noktası'ndan biriyle yazışıyorsun.
chat-ended-person = Sohbeti bitirdin.
chat-ended-staff = Sohbet sona erdi.
chat-ended-idle = Bir süredir kimse yazmadığı için sohbet sona erdi.
chat-ended-blocked = Sohbet sona erdi.
chat-ended-left-message = Teşekkürler! Mesajın kaydedildi. En kısa sürede yanıt vereceğiz.
chat-ended-read-later = Güvenliğin için sohbet artık burada görünmüyor. Sohbeti ve yanıtlarımızı kodunla okuyabilirsin.

chat-help-heading = Beklerken
chat-help-next-heading = Şimdi ne olacak?
chat-help-next-text = İletişim Noktası'ndan biri boşalır boşalmaz yanıt verecek. Şimdiden yazmaya başlayabilirsin – geldiğimizde her şeyi okuruz. Ne anlatmak istediğine sen karar verirsin.
chat-help-safety-heading = Güvenliğini düşün
chat-help-safety-text = Şu anda tehlikedeysen: 112'yi ara. Biri telefonunu görebiliyorsa: işin bitince sayfayı kapat ve gerekirse “Sayfadan hızla çık” düğmesini kullan. Kodu kimsenin bulamayacağı bir yerde sakla.
chat-help-young-heading = 18 yaşından küçüksen
chat-help-young-text = Bize yazarak yanlış bir şey yapmadın. Senin için endişelenirsek, yardım ve koruma alman için sosyal hizmetlere söylememiz gerekebilir. Yapabilirsek ve bu seni tehlikeye sokmayacaksa, önce sana söyleriz.
chat-help-relative-heading = Başka biri hakkında yazıyorsan
chat-help-relative-text = Kişi henüz yardım istemese bile sen destek alabilirsin. Bildiklerini anlat – tüm yanıtları bilmen gerekmez.
chat-help-professional-heading = İşin gereği yazıyorsan
chat-help-professional-text = Sohbete isim ya da kimlik numarası yazma. Konu için doğru kurumu ya da belediyeyi bulmana yardım ederiz.

chat-log-heading = Sohbet
chat-refresh = Yeni mesajları görmek için sayfayı yenile
chat-field-message = Mesajın
chat-send = Gönder
chat-leave-instead = Bunun yerine mesaj bırak
chat-leave-hint = Beklemek istemiyor musun? Söylemek istediğini yaz ve “Bunun yerine mesaj bırak”ı seç. Yanıtımızı kodunla okursun.
chat-end = Sohbeti bitir
chat-cleared = Güvenliğin için sohbet artık burada görünmüyor. Kodunla okuyabilirsin.
chat-offline = Bağlantı koptu. Yeniden deniyoruz …

chat-error-empty = Göndermeden önce bir şey yaz.
chat-error-too-long = Mesaj çok uzun. Bir mesajda en fazla { $max } karakter yazabilirsin. Birkaç mesaja böl.
chat-error-rate-limited = Kısa sürede çok mesaj gönderdin. Biraz bekle ve yeniden gönder. Yazdıkların duruyor.
chat-error-not-open = Sohbet bittiği için mesaj gönderilemedi. Kodunla bize yazabilirsin.
chat-error-failed = Mesaj gönderilemedi. Biraz sonra yeniden dene.
chat-error-bad-frame = Mesaj okunamadı. Sayfayı yeniden yükle ve tekrar dene.

# Be called back instead of waiting (GET/POST /{lang}/chat/{token}/callback).
chat-callback-offer = Seni aramamızı mı tercih edersin? Burada beklemek zorunda değilsin.
chat-callback-link = Bunun yerine beni arayın
chat-callback-title = Sohbet yerine geri arama
chat-callback-intro = Sohbet sona erer ve bunun yerine seni, senin için güvenli olan saatlerde ararız. Bize anlattıkların bizde kalır.
chat-callback-send = Bunun yerine beni arayın
chat-callback-back = Sohbete dön
chat-ended-callback = Teşekkürler! Seni seçtiğin saatlerde arayacağız. Daha sonra okumak ve yazmak için kodunu sakla.
chat-gone-unsent = Mesajın gönderilmeden sohbet sona erdi. Bunun yerine yazılı mesaj olarak gönderebilirsin.
