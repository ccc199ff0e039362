## Bilgi sayfaları. Her paragraf veya liste maddesi için bir mesaj. Yalnızca düz metin.

## Ana sayfa
home-title = Ayrılmak isteyenler için destek
home-lead = İrtibat Noktası; suç dünyasından, şiddet yanlısı aşırıcılıktan veya namus adına baskıdan ayrılmak isteyenler için – ayrıca aileleri ve onlarla çalışan kişiler için – ulusal bir irtibat noktasıdır.
home-choose-heading = Size uygun olanı seçin
home-entry-leave = Ayrılmak istiyorum
home-entry-leave-text = Bir çete, suç, şiddet kullanan bir grup ya da namus adına kontrol edilen bir hayat.
home-entry-relatives = Yakınım olan biri için endişeleniyorum
home-entry-relatives-text = Anne-babalar, partnerler, kardeşler ve arkadaşlar için.
home-entry-professionals = Bu alanda çalışıyorum
home-entry-professionals-text = Belediye, sosyal hizmetler, okul, sağlık hizmetleri ve diğerleri.
home-entry-young = 18 yaşından küçüğüm
home-entry-young-text = Bize yazdığında ne olduğunu anlatan kolay bir metin.
home-write-heading = Bize yazın
home-write-anonymous = Adınızı vermek zorunda değilsiniz.
home-receipt-heading = Bize daha önce yazdınız mı?
home-receipt-text = Yanıtımızı okumak için aldığınız kodu kullanın.
home-more-where-to-turn = Nereye başvurabilirim? Telefon numaraları ve açık olma saatleri
home-more-support = Hangi destekleri alabilirim?
home-more-privacy = Yazdıklarınızı nasıl koruyoruz
home-more-when-closed = Kapalı olduğumuzda yardıma ihtiyacınız olursa

## Ayrılmak istiyorum
leave-title = Ayrılmak istiyorum
leave-lead = Bu ortamdan çıkmak istemek büyük bir karardır. Bunu tek başınıza yapmak zorunda değilsiniz. Sizden önce birçok kişi bunu yaptı.
leave-who = Bu sayfa; bir suç şebekesinden veya çeteden, şiddet yanlısı aşırıcı bir gruptan ya da ailenizin veya akrabalarınızın sizi namus adına tehdit ve şiddetle kontrol ettiği bir hayattan ayrılmak isteyenler içindir.
leave-can-heading = Sizin için neler yapabiliriz
leave-can-listen = Sizi yargılamadan yazdıklarınızı okumak ve durumunuzu anlamak.
leave-can-advise = Sonraki adımlar hakkında tavsiye vermek ve yaşadığınız yerde hangi desteklerin olduğunu anlatmak.
leave-can-connect = Sizi size yardım edebilecek kişiyle bağlantıya geçirmek – yalnızca siz isterseniz ve sizin izninizle.
leave-can-follow = Örneğin Kriminalvården (Cezaevi ve Denetimli Serbestlik Kurumu), SiS veya sosyal hizmetlerle zaten bağlantınız varsa, doğru yolu bulmanıza yardım etmek.
leave-cannot-heading = Neleri yapamayız
leave-cannot-text = Size kendimiz konut, para veya koruma veremeyiz. Bunlara sosyal hizmetler, polis ve başka kurumlar karar verir. Her şeyin yoluna gireceğine söz veremeyiz ve suçların cezasını ortadan kaldıramayız. Ama destek verebilecek kişilerle bağlantı kurmanıza yardım ederiz.
leave-happens-heading = Yazdığınızda ne olur
leave-happens-write = Bize yazarsınız ve bir kod alırsınız.
leave-happens-read = İrtibat noktasındaki bir görevli yazdıklarınızı okur.
leave-happens-answer = En geç { $days ->
    [one] bir iş günü
   *[other] { $days } iş günü
} içinde yanıt veririz. Yanıtı kodunuzla burada, web sitesinde okursunuz. İsterseniz sizi, sizin için güvenli olan bir saatte telefonla da arayabiliriz.
leave-happens-advise = Tavsiye verir ve size kimin yardım edebileceğini öneririz.
leave-happens-consent = İsterseniz ve yalnızca sizin izninizle sizi bu kişilerle bağlantıya geçiririz. Hangi bilgilerin, kime ve ne zaman verileceğine siz karar verirsiniz. İzninizi geri alabilirsiniz.
leave-actors-heading = Sizi kimlerle bağlantıya geçirebiliriz
leave-actor-social = Belediyenizdeki sosyal hizmetler – konut, para, tedavi ve daha birçok konuda destek.
leave-actor-police = Polisin bölgenizdeki ayrılma koordinatörü (avhopparsamordnare) – tehdit altındaysanız ve korunmaya ihtiyacınız varsa.
leave-actor-programme = Belediyenin veya bölgenin ayrılanlara yönelik programı (avhopparverksamhet), böyle bir program varsa.
leave-actor-prison = Kriminalvården (İsveç Cezaevi ve Denetimli Serbestlik Kurumu) – tutukluysanız, cezaevindeyseniz veya denetimli serbestlikteyseniz.
leave-actor-sis = SiS (Statens institutionsstyrelse, gençler için kapalı bakım kurumlarını yöneten devlet kurumu) – bir SiS kurumuna yerleştirildiyseniz.
leave-actor-psychiatry = Bölgenizdeki psikiyatri hizmetleri – ruhsal olarak kendinizi iyi hissetmiyorsanız.
leave-actor-migration = Migrationsverket (İsveç Göç Dairesi) – İsveç vatandaşı değilseniz ve kendi isteğinizle başka bir ülkeye dönmek istiyorsanız. Yalnızca siz isterseniz.
leave-actor-civil = Kontrol ettiğimiz gönüllü kuruluşlar – örneğin bir mentor veya yeni bir sosyal çevre için.
leave-anonymous-heading = Kimliğinizi gizli tutabilirsiniz
leave-anonymous-text = Tavsiye almak için kim olduğunuzu söylemeniz gerekmez. Uygulamada yardım istiyorsanız, örneğin konut konusunda, size yardım eden kişilerin bir noktada kim olduğunuzu bilmesi gerekir. O zamanın ne zaman geldiğine siz karar verirsiniz.
leave-threat-heading = Tehdit altındaysanız
leave-threat-text = Bir tehdit olduğunda polis koruma sağlayabilir. Ayrılan birçok kişi başka bir belediyeye taşınır ve bu konuda yardım vardır. Tehdit altındaysanız bunu bize söyleyin, ama kendi yaptıklarınızı anlatmayın.
leave-women-heading = Kız veya kadınsanız
leave-women-text = Kızlara ve kadınlara uyarlanmış destekler vardır, örneğin korumalı barınma yeri (sığınma evi). Ayrıca ulusal kadın destek hattı Kvinnofridslinjen'i 020-50 50 50 numarasından gece gündüz arayabilirsiniz.
leave-honour-heading = Konu namusla ilgiliyse
leave-honour-text = Kendi hayatınız, kiminle görüşeceğiniz ve kiminle evleneceğiniz hakkında karar verme hakkınız vardır. Aileniz veya akrabalarınız sizi tehdit veya şiddetle kontrol ediyorsa, sosyal hizmetler ve polis size yardım edebilir. Bu, 18 yaşından küçükseniz de geçerlidir.

## Yakınlar
relatives-title = Yakınım olan biri için endişeleniyorum
relatives-lead = Sevdiğiniz birini suç dünyasında, şiddet yanlısı aşırıcı bir grupta ya da namus adına baskı altında görmek zordur. Tavsiye alabilirsiniz – ve kendiniz için de destek alabilirsiniz.
relatives-can-heading = Sizin için neler yapabiliriz
relatives-can-advise = Endişelendiğiniz kişiyle nasıl konuşabileceğiniz ve neler yapabileceğiniz konusunda tavsiye vermek.
relatives-can-explain = Yaşadığınız yerde hangi desteklerin olduğunu ve kimin neden sorumlu olduğunu anlatmak.
relatives-can-connect = Sizin izninizle sizi sosyal hizmetlerle veya yardım edebilecek başka biriyle bağlantıya geçirmek.
relatives-can-yourself = Kendiniz için destek almanıza yardım etmek. Birçok yakın endişe, utanç ve korku taşır. Sosyal hizmetler yakınlara da destek verebilir.
relatives-tell-heading = Size neleri anlatabiliriz, neleri anlatamayız
relatives-tell-can = Hangi desteklerin olduğunu, ayrılma sürecinin genellikle nasıl işlediğini ve nereye başvurabileceğinizi anlatabiliriz.
relatives-tell-cannot = Endişelendiğiniz kişi bizimle bağlantıdaysa, onun izni olmadan bu konuda size hiçbir şey söyleyemeyiz – bizimle iletişime geçtiğini bile. Buna gizlilik denir ve bu kural onu da korur.
relatives-tell-child = Konu 18 yaşından küçük çocuğunuzla mı ilgili? Sosyal hizmetler, velisi olarak nasıl bilgi alabileceğinizi ve sürece nasıl katılabileceğinizi size anlatabilir.
relatives-callback-heading = Sizi arayabiliriz
relatives-callback-text = Yazmak yerine sizi aramamızı isteyebilirsiniz. Konuşmanın sizin için güvenli olduğu bir saati siz seçersiniz.
relatives-callback-who = Aradığımızda, kim olduğumuzu yalnızca bunun sorun olmadığını bize söylediyseniz belirtiriz. Arayanın biz olduğumuzu anlamanız için bir parola da seçebilirsiniz.
relatives-callback-interpreter = Tercümana ihtiyacınız varsa bize söyleyin; bir tercüman ayarlamaya çalışırız.
relatives-child-heading = Bir çocuk için endişeleniyorsanız
relatives-child-text = Bir çocuğun zarar gördüğünü düşünüyorsanız, çocuğun yaşadığı belediyedeki sosyal hizmetlerle her zaman iletişime geçebilirsiniz. Endişenizi kendiniz bildirebilirsiniz. Önce bize yazıp tavsiye de alabilirsiniz.
relatives-threat-heading = Siz de tehdit altındaysanız
relatives-threat-text = Yakınlar da tehdit edilebilir. Durum acilse 112'yi arayın. Acil değilse polisi 114 14'ten arayabilirsiniz.
relatives-no-crimes = Endişelendiğiniz kişinin veya sizin işlediğiniz suçlar hakkında yazmayın. Bunun yerine sizi neyin endişelendirdiğini ve neye ihtiyacınız olduğunu anlatın.

## Meslek sahipleri
professionals-title = Bu alanda çalışıyorum
professionals-lead = Belediyede, sosyal hizmetlerde, okulda, sağlık hizmetlerinde, poliste, Kriminalvården'de (Cezaevi ve Denetimli Serbestlik Kurumu) veya gönüllü bir kuruluşta çalışan ve ayrılmak isteyen biriyle ya da bir yakınla karşılaşanlar için.
professionals-consult-heading = Bir vaka hakkında danışmanlık
professionals-consult-text = Bir vaka hakkında bize danışabilirsiniz. Gerekmedikçe durumu isim veya kişisel kimlik numarası (personnummer) vermeden anlatın.
professionals-consult-topics = Örneğin hangi kurum ve kuruluşların olduğunu, ayrılma sürecinin genellikle nasıl işlediğini, belediyenin neden sorumlu olduğunu ve polisin ayrılma koordinatörüyle (avhopparsamordnare) nasıl iş birliği yapabileceğinizi anlatabiliriz.
professionals-consult-knowledge = Sizi ayrıca Center mot våldsbejakande extremism (CVE, Şiddet Yanlısı Aşırıcılığı Önleme Merkezi) ve Namus Adına Şiddet ve Baskıya Karşı Ulusal Merkezin (Nationellt centrum mot hedersrelaterat våld och förtryck, Östergötland İl Yönetimi) bilgi desteğine yönlendirebiliriz.
professionals-referral-heading = Belediyeye yönlendirme nasıl işler
professionals-referral-consent = Kişi izin verdiğinde irtibat noktası doğru belediyeye veya ayrılanlara yönelik programa (avhopparverksamhet) bir yönlendirme gönderebilir.
professionals-referral-inbox = Belediye yönlendirmeyi güvenli bir gelen kutusunda alır, asla e-postayla almaz. Yönlendirme yalnızca kişinin özellikle sizin kurumunuza verilmesine izin verdiği bilgileri içerir.
professionals-referral-answer = Belediye gelen kutusunda yanıt verir ve iletişimi devralır. İrtibat noktası, başvurunun birisi tarafından teslim alındığını kontrol eder.
professionals-referral-no-programme = Belediyenizin ayrılanlara yönelik bir programı yok mu? Size bölgesel iş birliğini ve başka bir belediyeye taşınmanın nasıl işleyebileceğini anlatabiliriz.
professionals-inbox-link = Belediyenin gelen kutusuna giriş yapın
professionals-consent-heading = Her alıcı için ayrı izin
professionals-consent-text = İzin her alıcı için ayrı ayrı geçerlidir: hangi bilgiler, kime ve ne zaman. Kişi iznini geri alabilir. İzin yoksa, bir yasa aksini söylemedikçe kamu kurumları arasında gizlilik geçerlidir.
professionals-consent-civil = Gönüllü kuruluşlar Kamuya Açıklık ve Gizlilik Yasası'nın (offentlighets- och sekretesslagen) kapsamında değildir. Bu kuruluşlar bizden asla suçlarla ilgili bilgi almaz.
professionals-report-heading = Bir çocuk için endişe duyulduğunda bildirim yükümlülüğü
professionals-report-text = Bir kamu kurumunda ya da örneğin okulda, sağlık hizmetlerinde veya sosyal hizmetlerde çalışıyorsanız ve bir çocuğun zarar gördüğünden şüpheleniyorsanız, bunu hemen sosyal hizmetlere bildirmeniz gerekir. Bu, Sosyal Hizmetler Yasası'nda (socialtjänstlagen) yer alır.
professionals-report-not-replaced = Bizimle iletişime geçmek bildiriminizin yerini tutmaz. Bizden tavsiye alabilirsiniz, ama bildirimi sosyal hizmetlere kendiniz yaparsınız.
professionals-report-we = { $kind ->
    [other] İrtibat noktası bir kamu kurumu tarafından yürütülmez ve bildirim yükümlülüğü yoktur. Bu yüzden sizin kendi bildiriminiz önemlidir.
   *[authority] İrtibat noktasının da bildirim yükümlülüğü vardır. Bir çocukla ilgili endişeyi polise değil, sosyal hizmetlere bildiririz.
}
professionals-no-crimes = Kişinin işlediği suçlar hakkında yazmayın. Tavsiye veya yönlendirme için buna gerek yoktur. Başvuruyu devralan taraf, gerekenleri kişinin izniyle sorar.
professionals-contact-text = Bize yazın ve işiniz gereği yazdığınızı seçin.

## 18 yaş altı – kolay dil
young-title = 18 yaşından küçük müsün?
young-lead = Bu sayfa 18 yaşından küçükler için.
young-who-heading = Biz kimiz?
young-who = { $kind ->
    [police] İrtibat noktasını polis yürütür.
    [authority] İrtibat noktasını { $host } yürütür. Bu bir kamu kurumudur.
   *[other] İrtibat noktasını { $host } yürütür. Bu bir kamu kurumu değildir, polis de değildir.
}
young-who-read = { $kind ->
    [police] Yazdıklarını irtibat noktasında çalışan yetişkinler okur. Başka polisler bunu sadece biri tehlikedeyse ya da bize ağır bir suçtan söz edersen öğrenir.
    [authority] Yazdıklarını irtibat noktasında çalışan yetişkinler okur. Polis bunu sadece sen evet dersen, biri tehlikedeyse ya da bize ağır bir suçtan söz edersen öğrenir.
   *[other] Yazdıklarını irtibat noktasında çalışan yetişkinler okur. Polis bunu sadece sen evet dersen, biri tehlikedeyse ya da bize olmak üzere olan ağır bir suçtan söz edersen öğrenir.
}
young-help-heading = Sana yardım edebiliriz
young-help-gang = Bir çeteden ya da suçtan uzaklaşmak mı istiyorsun?
young-help-extremism = Şiddet kullanmak isteyen bir gruptan ayrılmak mı istiyorsun?
young-help-honour = Ailen hayatını tehditle ya da şiddetle mi kontrol ediyor?
young-help-write = O zaman bize yazabilirsin.
young-help-anytime = İstediğin zaman yazabilirsin. Akşam ve gece de yazabilirsin.
young-help-adult = Bu işte çalışan bir yetişkin okur ve cevap verir.
young-anonymous-heading = Kim olduğunu söylemek zorunda değilsin
young-anonymous-name = Adını yazmadan yazabilirsin.
young-anonymous-code = Yazdıktan sonra bir kod alırsın.
young-anonymous-keep = Kodu bir yere yaz. Güvenli bir yerde sakla.
young-anonymous-read = Kodla cevabımızı okuyabilirsin.
young-anonymous-details = Unutma: bir telefon numarası, bir okul, bir lakap ya da bir yer de kim olduğunu gösterebilir.
young-parents-heading = Annen baban öğrenir mi?
young-parents-us = Bize yazdığını annene babana kendimiz söylemeyiz.
young-parents-social = Sosyal hizmetler sana yardım edecek ya da seni koruyacaksa, çoğu zaman annen babanla konuşur.
young-parents-family = Ama ailenden biri sana zarar veriyorsa, sosyal hizmetler nasıl yapacaklarına kendileri karar verir. Önce senin güvende olmanı düşünürler.
young-happens-heading = Yazdığında şunlar olur
young-happens-write = Bize yazarsın.
young-happens-code = Bir kod alırsın.
young-happens-read = Burada bir yetişkin yazdıklarını okur.
young-happens-answer = En geç { $days ->
    [one] bir iş günü
   *[other] { $days } iş günü
} içinde cevap veririz. İş günleri pazartesiden cumaya kadar olan günlerdir.
young-happens-look = Cevabı burada okursun. Bunun için kodunu kullanırsın.
young-happens-help = Sana kimin yardım edebileceğini söyleriz.
young-tell-heading = Bazen sosyal hizmetlere haber vermek zorundayız
young-tell-law = Bir kamu kurumunda çalışan yetişkinler, bir çocuk için endişelenince sosyal hizmetlere haber vermek zorundadır. Yasa böyle söylüyor.
young-tell-child = Yasaya göre 18 yaşından küçük herkes çocuktur.
young-tell-so = Bu yüzden bazen senin hakkında sosyal hizmetlere haber vermek zorundayız.
young-tell-why = Bunu, yetişkinler sana yardım edebilsin ve seni koruyabilsin diye yaparız.
young-tell-social = Senin belediyende sosyal hizmetler var. Sana ve ailene yardım edebilirler.
young-tell-first = Yapabilirsek önce sana söyleriz.
young-tell-heading-other = Sosyal hizmetlere ne zaman söyleriz
young-tell-other = Biz bir kamu kurumu değiliz. Senin hakkında sosyal hizmetlere söylemek zorunda değiliz. Bunu sadece sen evet dersen ya da tehlikedeysen yaparız.
young-tell-anonymous = Adını yazmadıysan kim olduğunu bilmeyiz. O zaman sosyal hizmetlere de kim olduğunu söyleyemeyiz.
young-decide-heading = Birçok şeye sen karar verirsin, ama her şeye değil
young-decide-what = Bize neyi anlatmak istediğine sen karar verirsin.
young-decide-who = Senin hakkında başkalarına bir şey söyleyebilir miyiz? Buna sen karar verirsin. Örneğin polise ya da bir derneğe.
young-decide-not = Ama tehlikedeysen, korunman için sana yardım etmek zorundayız.
young-decide-report = Ayrıca senin için endişelenirsek sosyal hizmetlere haber vermek zorundayız.
young-decide-crime = { $kind ->
    [police] Olacak ya da olmuş ağır bir suçtan söz edersen, polis bir şey yapmak zorundadır.
    [authority] Olacak ağır bir suçtan söz edersen, polise söylemek zorundayız. Bazen bu, daha önce olmuş ağır bir suç için de geçerlidir.
   *[other] Olacak ağır bir suçtan söz edersen, polise söylemek zorundayız.
}
young-crimes-heading = Yaptığın suçlar hakkında yazma
young-crimes-need = Yardım almak için suçları anlatman gerekmez.
young-crimes-dont = Yaptığın şeyler hakkında yazma.
young-talk-heading = Şimdi biriyle konuşmak ister misin?
young-talk-bris = Bris'i 116 111'den ara
young-talk-bris-text = Bris çocuklar ve gençler içindir. Aramak ücretsizdir. bris.se sitesinde chat ile de yazışabilirsin.
young-danger-heading = Tehlikede misin?
young-safe-heading = Güvende kal
young-safe-button = Biri mi geliyor? En üstteki "Sayfadan hızlı çık" düğmesine bas.
young-safe-phone = Biri telefonuna bakıyor olabilir mi? Başka bir telefondan ya da bilgisayardan yaz.
young-safe-link = Güvende kalmak için daha fazla ipucu
young-write-link = Bize yaz
young-receipt-link = Kodum var

## Nereye başvurabilirim
where-to-turn-title = Nereye başvurabilirim?
where-to-turn-lead = Burada destek almanın en yaygın yolları var. İstediğiniz yerden başlayabilirsiniz. Emin değilseniz bize yazın; doğru yeri bulmanıza yardım ederiz.
where-to-turn-us-heading = İrtibat noktası
where-to-turn-us-text = Bize her zaman yazabilirsiniz; akşamları, geceleri ve hafta sonları da. Kimliğinizi gizli tutabilirsiniz.
where-to-turn-police-heading = Polis: 114 14
where-to-turn-police-text = 114 14'ü arayın ve bölgenizdeki ayrılma koordinatörüyle (avhopparsamordnare) konuşmak istediğinizi söyleyin. Ayrılma koordinatörleri pazartesiden cumaya, gündüz saatlerinde çalışır. Tehdit altındaysanız polis koruma konusunda yardım edebilir.
where-to-turn-police-call = Polisi 114 14'ten arayın
where-to-turn-social-heading = Belediyenizdeki sosyal hizmetler
where-to-turn-social-text = Herkes, tehdit altında olmasa bile sosyal hizmetlerden destek alabilir. Konut, para ve tedavi gibi desteklerin çoğundan sosyal hizmetler sorumludur. Bazı belediyelerin ayrılanlara yönelik kendi programı (avhopparverksamhet) vardır.
where-to-turn-social-how = Belediyenizin santralini arayın ve sosyal hizmetleri isteyin. Genellikle hafta içi gündüz saatlerinde açıktırlar.
where-to-turn-socialjour-heading = Sosyal hizmetlerin acil nöbet hattı: akşamlar, geceler ve hafta sonları
where-to-turn-socialjour-text = Sosyal hizmetler kapalıyken sosyal hizmetlerin acil nöbet hattı (socialjouren) vardır. Bu hatta belediyenizin santrali veya web sitesi üzerinden ulaşırsınız. Durum acilse ya da gece bir numara bulamazsanız 112'yi arayın ve socialjouren'e bağlanmak istediğinizi söyleyin.
where-to-turn-other-heading = Zaten biriyle bağlantınız varsa
where-to-turn-other-prison = Tutuklu musunuz, cezaevinde misiniz ya da denetimli serbestlikte misiniz? Kriminalvården'deki (Cezaevi ve Denetimli Serbestlik Kurumu) irtibat kişinizle konuşun.
where-to-turn-other-sis = Bir SiS kurumunda mı kalıyorsunuz? Personelle veya sosyal hizmetlerdeki sosyal çalışmacınızla konuşun.
where-to-turn-other-health = Ruhsal olarak kendinizi iyi hissetmiyor musunuz? Sağlık danışmanlığı için gece gündüz 1177'yi arayın.
where-to-turn-112-heading = Acil tehlikede: 112
where-to-turn-112-text = Birinin hayatı veya sağlığı şu anda tehlikedeyse 112'yi arayın. Gece gündüz.

## Destek türleri
support-title = Hangi destekleri alabilirim?
support-lead = Bunlar, biri ayrıldığında söz konusu olabilecek desteklerdir. Hangi desteği alabileceğiniz durumunuza ve desteği veren kurumun kararlarına bağlıdır. Doğru yeri bulmanıza yardım ederiz.
support-protection-heading = Koruma
support-protection-text = Tehdit altındaysanız polis tehdidi değerlendirebilir ve koruma konusunda size yardım edebilir. Sosyal hizmetler korumalı barınma yeri (sığınma evi) ayarlayabilir.
support-housing-heading = Konut
support-housing-text = Birçok kişinin uzaklaşabilmek için yeni bir eve ihtiyacı olur. Sosyal hizmetler geçici veya daha uzun süreli konut konusunda yardım edebilir.
support-economy-heading = Para
support-economy-text = Ayrılan kişiler çoğu zaman gelirsiz kalır. Sosyal hizmetler maddi yardım verebilir; borçlar ve bütçe konusunda da yardım edebilir.
support-talk-heading = Konuşabileceğiniz biri
support-talk-text = Ayrılmak zordur, duygusal olarak da. Yaşananlar ve gelecek hakkında biriyle konuşabilirsiniz; örneğin sosyal hizmetlerde veya gönüllü bir kuruluşta.
support-treatment-heading = Tedavi, bağımlılık tedavisi de
support-treatment-text = Alkol veya uyuşturucu kullanıyorsanız tedavi alabilirsiniz. Bundan sosyal hizmetler ve bölge (region) sorumludur.
support-psychiatry-heading = Psikiyatrik bakım
support-psychiatry-text = Ayrılan birçok kişi ruhsal olarak iyi değildir veya bir tanısı vardır. Bölgenizdeki psikiyatri hizmetleri tedavi verebilir. Bağlantı kurmanıza yardım edebiliriz.
support-relocation-heading = Başka bir belediyeye taşınma
support-relocation-text = Ayrılan birçok kişi, yaklaşık her on kişiden yedisi, başka bir şehre taşınır. Belediyeler bu konuda iş birliği yapar; çocuklar ve yakınlar da birlikte taşınabilir.
support-protected-heading = Korunan kişisel bilgiler
support-protected-text = Skatteverket (İsveç Vergi Dairesi), adresinizin kimseye verilmemesi için gizlilik işareti (sekretessmarkering) veya korumalı nüfus kaydı (skyddad folkbokföring) kararı verebilir. Bizde bu tür bilgileri yalnızca sizin başvurunuzla ilgilenen görevliler görür ve bu bilgiler asla listelerde veya istatistiklerde paylaşılmaz.
support-relatives-heading = Yakınlara destek
support-relatives-text = Anne-babalar, partnerler ve kardeşler de destek alabilir; hem ayrılan kişiye yardım etmek için hem de kendileri için.
support-work-heading = İş ve eğitim
support-work-text = Yeni bir günlük hayat için bir iş veya eğitim gerekir. Belediye ve Arbetsförmedlingen (İsveç İş ve İşçi Bulma Kurumu) yardım edebilir.
support-return-heading = Gönüllü geri dönüş
support-return-text = İsveç vatandaşı değilseniz ve kendi isteğinizle başka bir ülkeye taşınmak istiyorsanız, Migrationsverket (İsveç Göç Dairesi) size geri dönüş için verilen destek hakkında bilgi verebilir. Bu her zaman sizin kendi seçiminizdir. Siz istemedikçe sizin hakkınızda asla Migrationsverket ile iletişime geçmeyiz.

## Hizmet hakkında
about-title = İrtibat noktası hakkında
about-lead = İrtibat noktası; suç dünyasından, şiddet yanlısı aşırıcılıktan veya namus adına baskıdan ayrılmak isteyen herkes, onların yakınları ve onlarla çalışan kişiler için tek bir giriş noktasıdır.
about-who-heading = İrtibat noktasını kim yürütüyor
about-who-mission = Hükümet; Polis Teşkilatı'nı (Polismyndigheten), Kriminalvården'i (Cezaevi ve Denetimli Serbestlik Kurumu), Statens institutionsstyrelse'yi (SiS) ve Socialstyrelsen'i (Ulusal Sağlık ve Sosyal İşler Kurulu), ayrılmak isteyenlere verilen desteği tüm İsveç'te ve çocuklar için de güçlendirmekle görevlendirmiştir.
about-what-heading = Ne yapıyoruz
about-what-text = Bilgi veriyor, tavsiyede bulunuyor ve sizi durumunuza göre doğru kuruma yönlendiriyoruz. Bir acil yardım hizmeti değiliz ve suçları soruşturmayız.
about-police-heading = Polise ne iletilir ve ne zaman
about-police-intro-police = İrtibat noktası polisin bir parçasıdır. Yazdıklarınızı irtibat noktasının personeli okur. İzniniz olmadan, iki durum dışında polis soruşturmacılarına veya polisin diğer birimlerine iletilmez:
about-police-crime-police = Gerçekleşmek üzere olan veya işlenmiş ağır bir suçtan söz ederseniz. O zaman irtibat noktasındaki biz de dahil olmak üzere polis personeli harekete geçmek zorundadır. Bu yüzden kendi işlediğiniz suçlar hakkında yazmayın.
about-police-anonymous = Bize anonim olarak başvurmanız tek başına bir polis dosyası başlatmaz.
about-police-intro = Yazdıklarınızı irtibat noktasının görevlileri okur. Polis bunu ancak izin verirseniz, örneğin polisin ayrılma koordinatörüyle iletişime geçip koruma almak için, ya da şu durumlarda öğrenir:
about-police-acute = Birinin hayatı veya sağlığı akut tehlikedeyse. O zaman izin olmasa da hemen 112'yi ararız.
about-police-crime-coming = Gerçekleşmek üzere olan ağır bir suçtan söz ederseniz. Bunu bilen herkes haber vermek zorundadır.
about-police-crime-done = Daha önce işlenmiş ağır bir suçtan söz ederseniz. O zaman bir yasa gizliliği kaldırabilir ve polis bilgilendirilir.
about-police-children = Bir çocukla ilgili endişe polise değil, sosyal hizmetlere bildirilir.
about-police-first = Yani bizimle, polis işin içine girmeden ilk bir görüşme yapabilirsiniz.
about-crimes = İşlediğiniz suçlar hakkında yazmayın. Size yardım etmek için bunları bilmemiz gerekmez. Bu sizi korur.
about-followup-heading = İzleme ve araştırma
about-followup-text = Desteğin işe yarayıp yaramadığını İsveç Ulusal Suç Önleme Konseyi'nin (Brå) değerlendirebilmesi için çalışma izlenecek. Bugün dosyalardan hiçbir istatistik çıkarılmıyor. Çıkarıldığında, istatistiklerin neleri içerdiğini bu sayfada yazacağız.

## Gizlilik ve anonimlik
privacy-title = Gizlilik ve anonimlik
privacy-lead = Bize yazdıklarınız hassas bilgilerdir. Onları nasıl koruduğumuzu burada anlatıyoruz.
privacy-anonymous-heading = Kimliğinizi gizli tutma hakkınız var
privacy-anonymous-text = Bize yazmak ve yanıt almak için adınızı, kişisel kimlik numaranızı (personnummer), adresinizi veya telefon numaranızı vermek zorunda değilsiniz.
privacy-store-heading = Neleri saklamıyoruz
privacy-store-ip = IP adresinizi saklamıyoruz.
privacy-store-trackers = Hiçbir izleyici (tracker) ve başka şirketlerin ziyaretçi istatistiklerini kullanmıyoruz.
privacy-store-third = Sayfalar başka web sitelerinden hiçbir şey yüklemez; örneğin yazı tipleri veya betikler.
privacy-store-cookie = Bir formu doldurduğunuzda, formu sahteciliğe karşı koruyan gerekli bir çerez kullanırız. Bu çerez sizinle ilgili hiçbir bilgi içermez.
privacy-encrypted-heading = Yazdıklarınız şifrelenir
privacy-encrypted-text = Mesajınız ve iletişim bilgileriniz şifrelenmiş olarak saklanır. Bunları yalnızca başvurunuzla ilgilenen görevliler okuyabilir ve biri bunları her okuduğunda bu kayda geçirilir.
privacy-code-heading = Kod tek anahtardır
privacy-code-text = Aldığınız kod, başvurunuza ulaşmanın tek yoludur. Kodun yalnızca karıştırılmış (okunamaz) bir biçimini saklarız. Bu yüzden kodu kaybederseniz size yeniden söyleyemeyiz. Kodu bir yere yazın ve güvenli bir yerde saklayın.
privacy-code-lost = Kodunuzu mu kaybettiniz? Bize yeniden yazın. Yeni bir kod alırsınız.
privacy-law-heading = Gizlilik ve veri koruma
privacy-law-secrecy = { $kind ->
    [other] İrtibat noktası bir kamu kurumu değildir, bu yüzden Kamuya Açıklık ve Gizlilik Yasası (offentlighets- och sekretesslagen) bizim için geçerli değildir. Yine de yazdıklarınızı, yukarıdaki durumlar dışında, izniniz olmadan kimseye vermeyiz.
   *[authority] Yazdıklarınız Kamuya Açıklık ve Gizlilik Yasası (offentlighets- och sekretesslagen) uyarınca gizlilik altındadır. Bir yasa aksini söylemedikçe bunu izniniz olmadan başkalarına veremeyiz.
}
privacy-law-gdpr = Kişisel verileri Genel Veri Koruma Tüzüğü'ne (GDPR) göre işleriz. Sağlık ve suçlarla ilgili bilgiler özel olarak korunur.
privacy-law-rights = Hakkınızda hangi bilgileri tuttuğumuzu öğrenme ve hataları düzelttirme hakkınız vardır. Sorularınız varsa kurumun veri koruma görevlisiyle iletişime geçebilirsiniz. Denetim kurumu Integritetsskyddsmyndigheten'dir (IMY, İsveç Gizlilik Koruma Kurumu).
privacy-share-heading = Bilgileri ne zaman başkalarına iletiriz
privacy-share-consent = Bilgileri başka birine yalnızca sizin izninizle iletiriz. Her alıcı için ayrı ayrı izin verirsiniz: hangi bilgiler, kime ve ne zaman.
privacy-share-withdraw = İzninizi istediğiniz zaman geri alabilirsiniz. Daha önce iletilmiş olanları geri alamayız, ama başka hiçbir şey iletilmez.
privacy-share-exceptions = { $kind ->
    [police] İzin olmadan bilgileri yalnızca birinin hayatı veya sağlığı akut tehlikedeyse, gerçekleşmek üzere olan veya işlenmiş ağır bir suçtan söz ederseniz (o zaman polis personeli harekete geçmek zorundadır) ya da bir çocuğun zarar gördüğünden endişelendiğimizde (o zaman sosyal hizmetlere) iletiriz.
    [authority] İzin olmadan bilgileri yalnızca birinin hayatı veya sağlığı akut tehlikedeyse, gerçekleşmek üzere olan (o zaman herkes haber vermek zorundadır) veya işlenmiş (o zaman bir yasa gizliliği kaldırabilir) ağır bir suçtan söz ederseniz ya da bir çocuğun zarar gördüğünden endişelendiğimizde (o zaman sosyal hizmetlere) iletiriz.
   *[other] İzin olmadan bilgileri yalnızca birinin hayatı veya sağlığı akut tehlikedeyse ya da gerçekleşmek üzere olan ağır bir suçtan söz ederseniz iletiriz.
}
privacy-share-civil = Gönüllü kuruluşlar bizden asla suçlarla ilgili bilgi almaz.
privacy-retention-heading = Bilgileri ne kadar süre saklıyoruz
privacy-retention-text = Bilgileri dosyanızda saklıyoruz. Silinmeden önce ne kadar süre saklanacakları henüz kararlaştırılmadı ve bugün hiçbir şey otomatik olarak silinmiyor. Karar verildiğinde bu sayfada yazacağız.

## İrtibat noktası kapalıyken
when-closed-title = Kapalı olduğumuzda
when-closed-lead = Bize her zaman yazabilirsiniz. Ama bazen hemen biriyle konuşmak gerekir. Arayabileceğiniz numaralar burada.
when-closed-write-heading = Bize yazın – bu her zaman mümkün
when-closed-112-heading = 112 – acil tehlike
when-closed-112-text = Birinin hayatı veya sağlığı tehlikedeyse. Gece gündüz açık.
when-closed-police-heading = Polis 114 14
when-closed-police-text = Acil olmadığında. Bölgenizdeki ayrılma koordinatörüyle (avhopparsamordnare) konuşmak istediğinizi söyleyin. Koordinatörler pazartesiden cumaya, gündüz saatlerinde çalışır.
when-closed-police-call = 114 14'ü arayın
when-closed-socialjour-heading = Sosyal hizmetlerin acil nöbet hattı (socialjouren)
when-closed-socialjour-text = Sosyal hizmetlerin akşamları, geceleri ve hafta sonları çalışan nöbet hizmeti. Numarayı belediyenizin santrali veya web sitesi üzerinden bulabilirsiniz. Geceleri 112'yi arayıp bağlanmak istediğinizi de söyleyebilirsiniz.
when-closed-bris-heading = Bris 116 111
when-closed-bris-text = 18 yaşından küçük çocuklar ve gençler için. Aramak ücretsizdir.
when-closed-bris-call = Bris'i 116 111'den arayın
when-closed-kvinnofrid-heading = Kvinnofridslinjen 020-50 50 50
when-closed-kvinnofrid-text = Örneğin yakın bir ilişkide veya namus adına tehdit ya da şiddete maruz kalanlar için ulusal destek hattı. Yakınlar da arayabilir. Gece gündüz açık ve ücretsiz.
when-closed-kvinnofrid-call = Kvinnofridslinjen'i 020-50 50 50'den arayın
when-closed-1177-heading = 1177 – sağlık danışma hattı
when-closed-1177-text = Ruhsal olarak kendinizi iyi hissetmiyorsanız ve tedavi konusunda tavsiyeye ihtiyacınız varsa. Gece gündüz açık.
when-closed-1177-call = 1177'yi arayın

## Güvenlik: hızlı çıkış ve ziyareti gizleme
safety-title = Güvenlik: ziyaretinizi gizleyin
safety-lead = Telefonunuzda veya bilgisayarınızda yaptıklarınızı birinin görmesinden korkuyorsanız, bu ipuçları yardımcı olabilir.
safety-button-heading = "Sayfadan hızlı çık" düğmesi
safety-button-text = Her sayfanın en üstünde "Sayfadan hızlı çık" adlı bir düğme vardır. Bu düğme sizi hemen başka, sıradan bir web sitesine götürür.
safety-button-keyboard = Klavyeyle: Shift tuşuna arka arkaya hızlıca üç kez basın.
safety-button-history = Düğme, sayfalarımızı tarayıcı geçmişinden silmez. Bunu nasıl yapacağınızı aşağıda okuyun.
safety-history-heading = Geçmişi silin
safety-history-text = Tarayıcının menüsünü açın ve Geçmiş'i seçin. Bu web sitesinden gelen sayfaları silin.
safety-history-tip = Yalnızca bizim sayfalarımızı silin. Tamamen boş bir geçmiş soru işaretleri doğurabilir.
safety-private-heading = Gizli gezinme
safety-private-text = Gizli pencere veya gizli mod kullanın. O zaman pencereyi kapattığınızda geçmiş kaydedilmez. Bu, ziyaretinizi ağı kontrol eden kişiden gizlemez; örneğin bir okulda veya iş yerinde.
safety-traces-heading = Tarayıcıda ne kalır
safety-traces-history = Gizli pencere kullanmadığınız sürece tarayıcı geçmişi burada ziyaret ettiğiniz sayfaların adreslerini saklar. "Sayfadan hızlı çık" düğmesi yalnızca bulunduğunuz sayfayı değiştirir.
safety-traces-not-kept = Tarayıcı sayfalarımızın kopyasını saklamaz ve Geri'ye bastığınızda yazdıklarınız geri gelmez.
safety-traces-cookie = Formları koruyan bir çerez, tarayıcıyı kapatana kadar kalır. Sizin hakkınızda hiçbir şey söylemez.
safety-traces-chat = Bir sohbet bittiğinde adresi ondan hiçbir şey göstermez. Onu kodunuzla okursunuz.
safety-traces-chat-browser = Bir sohbetin adresi yalnızca sohbeti başlatan tarayıcıda çalışır.
safety-traces-code = Kodunuzun bulunduğu sayfa yalnızca gönderen tarayıcıda ve yalnızca on dakika açılır.
safety-device-heading = Güvenli bir telefon veya bilgisayar kullanın
safety-device-text = Mümkünse başka kimsenin erişemeyeceği bir telefondan veya bilgisayardan yazın; örneğin bir kütüphanedeki bilgisayardan veya güvendiğiniz bir arkadaşınızın telefonundan.
safety-watch-heading = Biri telefonunuzu izliyor olabilir
safety-watch-text = Çete veya çevrenizdeki başka kişiler telefonunuza erişebiliyor olabilir: telefonu ödünç alabilir, şifrenizi biliyor olabilir ya da nerede olduğunuzu gösteren veya mesajlarınızı okuyan uygulamalar yüklemiş olabilirler.
safety-watch-location = Konumunuzun başkalarıyla paylaşılıp paylaşılmadığını ayarlardan ve harita içeren uygulamalardan kontrol edin.
safety-watch-other = Telefonunuzun izlendiğini mi düşünüyorsunuz? Bizimle iletişime geçmek için başka bir telefon veya bilgisayar kullanın.
safety-code-heading = Kodunuzu koruyun
safety-code-text = Kodu başkalarının görebileceği bir yerde saklamayın. Bir kâğıda yazıp saklayın ya da ezberleyin.
safety-contact-heading = Sizinle nasıl iletişime geçiyoruz
safety-contact-text = Yalnızca güvenli olduğunu söylediğiniz saatlerde ararız. Kim olduğumuzu yalnızca bunun sorun olmadığını söylediyseniz belirtiriz. Yazdıklarınızı veya kodunuzu asla e-posta ya da SMS ile göndermeyiz.

## Erişilebilirlik beyanı ve bildirim formu
accessibility-title = Erişilebilirlik
accessibility-lead = Bu web sitesini mümkün olduğunca çok kişinin kullanabilmesini istiyoruz. Burada sitenin İsveç'in dijital kamu hizmetlerinin erişilebilirliği yasasına nasıl uyduğunu, bildiğimiz eksiklikleri ve bir sorunu nasıl bildirebileceğinizi anlatıyoruz.
accessibility-status-heading = Bu web sitesi ne kadar erişilebilir?
accessibility-status-text = Web sitesi, WCAG 2.1 AA düzeyini karşılayacak şekilde yapılmıştır. JavaScript olmadan, yalnızca klavyeyle, ekran okuyucuyla ve 320 piksel genişliğindeki ekranlarda çalışacak şekilde tasarlanmıştır.
accessibility-status-testing = Sayfalar her dilde axe aracıyla otomatik olarak test edilir. Web sitesi henüz bağımsız bir taraf tarafından incelenmemiştir.
accessibility-known-heading = Bilinen eksiklikler
accessibility-known-drafts = Taslak olarak işaretlenen çeviriler henüz yetkin bir çevirmen tarafından kontrol edilmemiştir ve hata içerebilir.
accessibility-known-easy = Yalnızca 18 yaşından küçükler için olan sayfa kolay okunur bir dille yazılmıştır.
accessibility-report-heading = Bir sorun bildirin
accessibility-report-text = Web sitesinde sizin için çalışmayan bir şey varsa bize söyleyin. Kim olduğunuzu söylemek zorunda değilsiniz.
accessibility-report-reply = Yalnızca iletişim bilgisi verirseniz yanıt veririz.
accessibility-form-problem = Ne çalışmıyor?
accessibility-form-problem-hint = Sorunu kendi sözlerinizle anlatın. Buraya başvurunuzla ilgili bir şey yazmayın.
accessibility-form-page = Hangi sayfayla ilgili? (isteğe bağlı)
accessibility-form-page-hint = Örneğin sayfanın adresi veya başlığı.
accessibility-form-contact = Size nasıl ulaşabiliriz? (isteğe bağlı)
accessibility-form-contact-hint = Örneğin bir e-posta adresi. Yanıt istemiyorsanız boş bırakın.
accessibility-form-send = Bildirimi gönder
accessibility-form-errors = Düzeltilmesi gereken bir şey var
accessibility-sent-heading = Bildiriminiz için teşekkürler
accessibility-sent-text = Bildiriminizi aldık ve sorunu inceleyeceğiz.
accessibility-digg-heading = Denetim
accessibility-digg-text = Myndigheten för digital förvaltning (Digg, İsveç Dijital Yönetim Kurumu), dijital kamu hizmetlerinin erişilebilirliği yasasını denetler. Geri bildiriminizi nasıl ele aldığımızdan memnun değilseniz Digg ile iletişime geçip durumu bildirebilirsiniz.
accessibility-digg-link = Digg'in web sitesi, digg.se
accessibility-updated = Bu beyan Kasım 2026'da yazılmıştır.
