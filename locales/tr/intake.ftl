## Yazılı başvuru, alındı kodu ve durum sayfası.

enquiry-title = Bize yazın
enquiry-intro = Bize istediğiniz zaman, gece gündüz yazabilirsiniz. { $days } iş günü içinde, çoğu zaman daha erken yanıt veririz. Yanıtı kodunuzla burada, web sitesinde okursunuz.
enquiry-anonymous = Adınızı vermeniz gerekmez. Her soruyu atlayabilirsiniz.
enquiry-danger = Şu anda tehlikede misiniz? 112'yi arayın.
enquiry-all-optional = Yalnızca istediğiniz soruları yanıtlayın. İhtiyacımız olan tek şey bir mesaj ya da sizinle iletişime geçmemizi istediğinizi gösteren bir işaret.
enquiry-no-crimes = İşlediğiniz suçlar hakkında yazmayın. Size yardım edebilmemiz için buna gerek yok.
enquiry-send = Gönder
form-error-summary = Düzeltilmesi gereken bir şey var
form-not-saved-title = Mesajınız henüz gönderilmedi
form-not-saved = Mesajınızı şu anda kaydedemedik. Yazdığınız metin aşağıda duruyor. Lütfen biraz sonra yeniden deneyin. Hemen yardıma mı ihtiyacınız var? Polisi 114 14'ten, acil durumda 112'den arayın.
form-unconfirmed-title = Mesajınızın ulaşıp ulaşmadığını henüz bilmiyoruz
form-unconfirmed = Kaydetmek çok uzun sürdü, bu yüzden mesajınızın ulaştığını kesin olarak söyleyemiyoruz. Yine de ulaşabilir. Aşağıdaki kodu not edin. Birkaç dakika sonra “Kodum var” bölümünde arayın: mesajınız bulunursa ulaşmıştır ve yeniden göndermemelisiniz. Bulunmazsa yeniden gönderin – yazdığınız metin aşağıda duruyor. Hemen yardıma mı ihtiyacınız var? Polisi 114 14'ten, acil durumda 112'den arayın.
form-unconfirmed-code = Kodunuz:
form-unconfirmed-nocode = Kaydetmek çok uzun sürdü, bu yüzden gönderdiğinizin ulaştığını kesin olarak söyleyemiyoruz. Yine de ulaşabilir. Yazdığınız metin aşağıda duruyor. Yeniden gönderirseniz bize iki kez ulaşabilir, bunun bir zararı yok. Hemen yardıma mı ihtiyacınız var? Polisi 114 14'ten, acil durumda 112'den arayın.

field-enquirer = Kim yazıyor?
field-professional_org = Nerede çalışıyorsunuz?
field-age_band = Ayrılmak isteyen kişi kaç yaşında?
field-gender = Kişinin cinsiyeti
field-environment = Nasıl bir ortam söz konusu?
field-situation = Bunlardan herhangi biri kişi için geçerli mi?
field-needs = Neye ihtiyaç var?
field-municipality = Kişi hangi belediyede (kommun) yaşıyor?
field-threat = Bir tehdit var mı?
field-citizenship = Kişi İsveç vatandaşı mı?
field-language = Yanıtı hangi dilde istiyorsunuz?
field-consent_to_share = Yazdıklarımı bana yardım edebilecek kişilerle (örneğin socialtjänsten, yani sosyal hizmetler ile) paylaşabilirsiniz.
field-message = Mesajınız
field-wants_contact = Benimle iletişime geçmenizi istiyorum. (Nasıl olacağını bir sonraki adımda seçersiniz ya da mesajınızda yazarsınız.)

hint-professional_org = Yalnızca işiniz gereği yazıyorsanız.
hint-choose-any = İstediğiniz kadar seçin ya da hiçbirini seçmeyin.
hint-municipality = Bu bilgi, kişiye yakın yerde doğru yardımı bulmamıza yardımcı olur.
hint-municipality-write = Belediyenin (kommun) adını yazın, örneğin Malmö veya Kiruna. Boş da bırakabilirsiniz.
hint-consent_to_share = Fikrinizi daha sonra değiştirebilirsiniz. İzniniz olmadan hiçbir şey paylaşmayız. Tek istisna, yasanın gerektirdiği durumlardır; örneğin bir çocuğun korunmaya ihtiyacı olabileceği durumlar.
field-consent_for = Bilgilerinizi kime iletebiliriz?
hint-consent_for = Onayınız yalnızca işaretlediklerinizi kapsar.
opt-consent_for-social_services = Belediyenin sosyal hizmetleri (socialtjänsten) – destek, konut ve koruma sağlayabilir
opt-consent_for-programme = Bir ayrılma programı – belediyenin ya da bölgenin ayrılmak için desteği
opt-consent_for-police = Polis – tehdit altındayken koruma sağlayabilen ayrılma koordinatörü
opt-consent_for-words = Yazdıklarım, kelimesi kelimesine – aksi halde yalnızca sorulara verdiğiniz yanıtları iletiriz, metninizi değil
hint-consent_for-others = Başka biri hakkında mı yazıyorsunuz? Yalnızca o kişinin kabul ettiklerini işaretleyin. Bir yakının işareti, bir yetişkinin kendi onayının yerini asla tutmaz.

opt-no-answer = Yanıt vermek istemiyorum
opt-municipality-none = Belirtmek istemiyorum
opt-enquirer-self = Kendim, ayrılmak istiyorum
opt-enquirer-relative = Kişinin bir yakını (anne-baba, partner, kardeş, arkadaş)
opt-enquirer-professional = İşim gereği yazıyorum
opt-professional_org-municipality = Belediye veya sosyal hizmetler
opt-professional_org-school = Okul
opt-professional_org-healthcare = Sağlık hizmetleri
opt-professional_org-police = Polis
opt-professional_org-prison_probation = Kriminalvården (Cezaevi ve Denetimli Serbestlik Kurumu)
opt-professional_org-civil_society = Kâr amacı gütmeyen kuruluş
opt-professional_org-other = Diğer
opt-age_band-under_15 = 15 yaşından küçük
opt-age_band-15_17 = 15–17 yaş
opt-age_band-18_20 = 18–20 yaş
opt-age_band-21_25 = 21–25 yaş
opt-age_band-26_plus = 26 yaş veya üzeri
opt-age_band-unknown = Bilmiyorum
opt-gender-female = Kadın veya kız çocuğu
opt-gender-male = Erkek veya erkek çocuğu
opt-gender-other = Diğer
opt-gender-unknown = Bilmiyorum
opt-environment-criminal_network = Suç şebekesi veya çete
opt-environment-violent_extremism = Şiddet yanlısı aşırıcılık
opt-environment-honour_related = Namus adına şiddet ve baskı
opt-environment-unknown = Bilmiyorum
opt-situation-in_custody = Cezaevinde (cezasını çekiyor)
opt-situation-on_probation = Denetimli serbestlikte veya koşullu salıverilmiş (frivård)
opt-situation-sis_placement = Bir SiS kurumunda kalıyor (gençler için kapalı bakım kurumu)
opt-situation-protected_witness = Koruma altındaki bir tanık
opt-situation-protected_identity = Kişisel bilgileri koruma altında (gizli tutuluyor)
opt-threat-acute = Evet, şu anda acil
opt-threat-serious = Evet, ciddi bir tehdit var
opt-threat-some = Evet, bir ölçüde tehdit var
opt-threat-none = Hayır
opt-threat-unknown = Bilmiyorum
opt-needs-protection = Koruma
opt-needs-relocation = Başka bir şehre taşınmak
opt-needs-housing = Konut
opt-needs-economy = Para
opt-needs-psychiatric = Ruh sağlığı
opt-needs-substance_abuse = Alkol veya uyuşturucu konusunda yardım
opt-needs-work_education = İş veya eğitim
opt-needs-family = Aileye destek
opt-needs-voluntary_return = Başka bir ülkeye gönüllü olarak geri dönme hakkında bilgi
opt-needs-legal = Hukuki yardım
opt-needs-other = Diğer
opt-citizenship-swedish = Evet
opt-citizenship-other = Hayır
opt-citizenship-unknown = Bilmiyorum

error-choose-option = Seçeneklerden birini seçin.
error-unknown-municipality = Bu adda bir belediye bulamıyoruz. Yazımı kontrol edin (å, ä ve ö; a ve o olarak yazılabilir) ya da alanı boş bırakın.
error-message-or-contact = Bir mesaj yazın ya da sizinle iletişime geçmemizi istediğinizi işaretleyin.
error-message-too-long = Mesaj çok uzun. Biraz kısaltın ya da bölün ve geri kalanını daha sonra kodunuzla gönderin.
error-message-empty = Göndermeden önce bir şey yazın.
error-problem-empty = Sorunu anlatın.
error-text-too-long = Metin çok uzun.

sent-title = Teşekkürler, mesajınızı aldık
sent-intro = { $days } iş günü içinde, çoğu zaman daha erken yanıt veririz. Yanıtı kodunuzla burada, web sitesinde okursunuz.
sent-code-heading = Kodunuz
sent-code-only-once = Kodu yalnızca şimdi gösteriyoruz. Kodu kendimiz saklamıyoruz, bu yüzden size yeniden veremeyiz. Devam etmeden önce kodu kaydedin.
sent-keep-write = Kodu bir kâğıda yazın ve kâğıdı güvenli bir yerde saklayın.
sent-keep-print = Ya da bu sayfayı yazdırın (tarayıcınızın menüsünden).
sent-keep-download = Ya da kodu küçük bir metin dosyası olarak indirin
sent-keep-safe = Bir notun, bir çıktının veya bir dosyanın başkaları tarafından bulunabileceğini unutmayın. Kodu kimsenin göremeyeceği bir yerde saklayın.
sent-confirm = Kodumu kaydettim
sent-file-text = Kod: { $code }

saved-title = Güzel, işiniz bitti
saved-come-back = Kod sayfasına git
saved-danger = Tehlikede misiniz? 112'yi arayın.

receipt-title = Kodunuzla geri gelin
receipt-intro = Mesajınızı gönderdiğinizde aldığınız kodu yazın. Böylece yanıtımızı görür ve daha fazla yazabilirsiniz.
receipt-code-label = Kodunuz
receipt-code-hint = 16 karakter, örneğin ABCD-EFGH-JKMN-PQRS. Büyük veya küçük harf fark etmez.
receipt-show = Göster
receipt-unknown-title = Bu kodu bulamıyoruz
receipt-unknown = Kod eşleşmiyor. Doğru yazdığınızı kontrol edin ve yeniden deneyin.
receipt-lost = Kodunuzu mu kaybettiniz? O zaman bize yeniden yazın ve bunu belirtin.
receipt-write-again = Bize yazın
receipt-message-added = Teşekkürler, mesajınız gönderildi.

status-title = Başvurunuz
status-label = Durum:
status-received = Alındı – henüz yanıt vermedik
status-in_progress = Başvurunuz üzerinde çalışıyoruz
status-answered = Yanıt verdik
status-closed = Kapatıldı
status-sent-at = Gönderildi:
status-conversation = Mesajlar
author-person = Siz
author-staff = İrtibat noktası
status-no-messages = Henüz mesaj yok.
status-add-heading = Daha fazla yazın
status-add-send = Gönder
status-leave-hint = İşiniz bittiğinde sayfayı kapatın. Kod olmadan kimse başvurunuzu göremez.

## When the person is answered, on the page after sending (src/intake/answer.rs).
# promise: tests/api/promises.rs::the_page_after_sending_says_when_we_answer_from_the_priority_and_our_hours
answer-now = Şu anda mesajları okuyoruz ve sizinkini hemen okuyoruz. Yanıtımızı kodunuzla burada, web sitesinde okursunuz.
# promise: tests/api/promises.rs::the_page_after_sending_says_when_we_answer_from_the_priority_and_our_hours
answer-today = Bugün yanıt veriyoruz. Yanıtı kodunuzla burada, web sitesinde okursunuz.
# promise: tests/api/promises.rs::the_page_after_sending_says_when_we_answer_from_the_priority_and_our_hours
answer-reopens = Şu anda kimse mesajları okumuyor. Mesajınızı { $weekday ->
    [1] pazartesi
    [2] salı
    [3] çarşamba
    [4] perşembe
    [5] cuma
    [6] cumartesi
   *[7] pazar
} saat { $time }'da okuyacağız. Yanıtı kodunuzla burada, web sitesinde okursunuz.
answer-danger-meanwhile = O zamana kadar tehlikede olan biri var mı? 112'yi arayın.
saved-next-code = Yanıtımızı okumak ya da daha fazla yazmak için kodunuzla buraya dönün.
