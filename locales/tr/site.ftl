## Her sayfada ortak düzen: üst bölüm, dil seçici, alt bilgi, ortak bloklar.
## Mesajlar düz metindir (HTML yok). Başvuru dili İsveççedir (sv).

site-name = İrtibat Noktası
site-description = Suç dünyasından, şiddet yanlısı aşırıcılıktan veya namus adına baskıdan ayrılmak isteyenler için ulusal irtibat noktası

skip-link = İçeriğe geç

quick-exit = Sayfadan hızlı çık
quick-exit-hint = İpucu: Sayfadan hızlı çıkmak için Shift tuşuna üç kez de basabilirsiniz.

nav-label = Kısayollar
nav-enquiry = Bize yazın
nav-receipt = Kodum var
nav-chat = Sohbet
nav-callback = Beni arayın

lang-picker-label = Dil / Språk
lang-draft-tag = taslak

draft-notice-title = Bu çeviri bir taslaktır
draft-notice = Bu metin çevrildi, ancak henüz yetkin bir çevirmen tarafından kontrol edilmedi. Hatalar içerebilir.
draft-notice-link = Bu sayfayı İsveççe okuyun

footer-label = Daha fazla bilgi
footer-where-to-turn = Nereye başvurabilirim?
footer-support = Hangi destekler var?
footer-about = İrtibat noktası hakkında
footer-privacy = Gizlilik ve anonimlik
footer-safety = Güvenlik: ziyaretinizi gizleyin
footer-when-closed = Kapalı olduğumuzda
footer-accessibility = Erişilebilirlik
footer-emergency = 112 – acil tehlike

## Operator: adjust these messages if another organisation runs the service.
operator-run-by = { $kind ->
    [police] İrtibat noktası polis (İsveç Polis Teşkilatı, Polismyndigheten) tarafından; Kriminalvården (İsveç Cezaevi ve Denetimli Serbestlik Kurumu), Statens institutionsstyrelse (SiS) ve Socialstyrelsen (Ulusal Sağlık ve Sosyal İşler Kurulu) ile birlikte yürütülür.
    [authority] İrtibat noktası, bir kamu kurumu olan { $host } tarafından yürütülür.
   *[other] İrtibat noktası, kamu kurumu olmayan { $host } tarafından yürütülür.
}
operator-authority = İrtibat noktası bir kamu kurumunun parçasıdır. Bu nedenle kamu kurumlarının gizlilik kuralları geçerlidir. Bir çocuğun korunmaya ihtiyacı olabileceği durumlarda bildirim yükümlülüğü de geçerlidir.
operator-not-authority = İrtibat noktası bir kamu kurumu değildir. Bu yüzden kamu kurumlarının gizlilik kuralları ve bir çocuğun korunmaya ihtiyacı olabileceğinde bildirim yükümlülüğü bizim için geçerli değildir. Yine de yazdıklarınızı, akut tehlike veya gerçekleşmek üzere olan ağır bir suçtan söz etmeniz dışında, izniniz olmadan kimseye iletmeyiz.

## Birden fazla sayfada kullanılan ortak bloklar.
common-emergency-lead = Şu anda tehlikede misiniz?
common-emergency-call = 112'yi arayın
common-contact-heading = Bize nasıl ulaşabilirsiniz
common-reply-promise = Bize her zaman, gece gündüz, her gün yazabilirsiniz. En geç { $days ->
    [one] bir iş günü
   *[other] { $days } iş günü
} içinde yanıt veririz.
common-write-link = Bize yazın
common-anonymous = Adınızı ya da kim olduğunuzu gösteren başka bir bilgiyi vermek zorunda değilsiniz.
common-code = Yazdıktan sonra bir kod alırsınız. Bu kodla yanıtımızı okuyabilir ve daha fazla yazabilirsiniz. Kodu bir yere yazın ve güvenli bir yerde saklayın.
common-receipt-link = Kodunuzla geri gelin
common-no-crimes-title = Suçlar hakkında yazmayın
common-no-crimes = İşlediğiniz suçlar hakkında yazmayın. Size yardım edebilmemiz için bunları bilmemiz gerekmez. Daha sonra bilgi gerekirse, başvurunuzu devralan kişi bunu size sorar – ve yalnızca sizin izninizle.
common-safety-heading = Güvenliğinizi düşünün
common-safety-text = Telefonunuza veya bilgisayarınıza başka biri bakabiliyorsa, en üstteki "Sayfadan hızlı çık" düğmesini kullanın. Bu düğme sizi hemen başka bir web sitesine götürür.
common-safety-link = Ziyaretinizi nasıl gizlersiniz
common-no-email = Kodunuzu veya yazdıklarınızı asla e-posta ya da SMS ile göndermeyiz.
common-more-heading = Devamını okuyun

## The decision's urgent notices, first on the page after sending and on the receipt page
## (templates/partials/urgent.html). Självmordslinjen is run by Mind, open day and night.
urgent-90101-text = Sizin ya da yakınınızdaki birinin intihar düşünceleri var mı? İntihar yardım hattı Självmordslinjen'i 90101'den arayın. Mind tarafından yürütülür ve gece gündüz açıktır.
urgent-90101-call = Självmordslinjen'i 90101'den arayın

## When handlers read (site.read_hours), beside the reply promise (src/web/render.rs).
common-read-hours = Mesajları { $windows } okuyoruz, resmî tatillerde okumuyoruz. Acil mesajları önce okuyoruz.
common-read-always = Mesajları gece gündüz, her gün okuyoruz. Acil mesajları önce okuyoruz.
common-read-days = { $first }–{ $last }, saat { $from }–{ $to }
common-read-day = { $first }, saat { $from }–{ $to }
common-weekday = { $day ->
    [1] Pazartesi
    [2] Salı
    [3] Çarşamba
    [4] Perşembe
    [5] Cuma
    [6] Cumartesi
   *[7] Pazar
}
