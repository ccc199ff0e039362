## The console: the human decision on a case, its outcome and the protected-identity marker.

decisions-heading = Vaka hakkında karar
decisions-history-engine = Motorun önerisi
decisions-history-override = Değiştiren: { $name }
decisions-history-reason = Gerekçe
decisions-history-none = Motorun önerisi geçerli. Kimse değiştirmedi.
decisions-override-summary = Önceliği veya alıcıları değiştir
decisions-override-hint = Kuralların iyileştirilebilmesi için motorun önerisi yine de saklanır. Değişiklik ve gerekçesi kayda geçer.
decisions-priority = Öncelik
decisions-priority-P1 = P1 – hemen harekete geç (akut tehlike)
decisions-priority-P2 = P2 – aynı iş günü
decisions-priority-P3 = P3 – iki iş günü içinde
decisions-recipients-legend = Alıcılar
decisions-recipients-hint = Tam olarak bir alıcı sorumlu olmalıdır.
decisions-role-primary = Sorumlu
decisions-role-secondary = Katılan
decisions-role-inform = Bilgilendirilen
decisions-role-remove = Kaldır
decisions-add-legend = Alıcı ekle
decisions-add-org = Kurum
decisions-add-hint = Kurumun kimliğini yazın veya listeden seçin, örneğin socialtjanst:1280. Kimseyi eklemiyorsanız boş bırakın.
decisions-add-role = Yeni alıcının rolü
decisions-reason = Gerekçe (zorunlu)
decisions-reason-hint = Öneriyi neden değiştiriyorsunuz? Gerekçe şifreli saklanır ve vaka üzerinde çalışan meslektaşlara gösterilir.
decisions-override-send = Değişikliği kaydet
decisions-added-reason = Bir görevli tarafından eklendi.
decisions-error-summary = Değişiklik kaydedilmedi
decisions-error-priority = P1, P2 veya P3 önceliğini seçin.
decisions-error-role = { $org } için bir rol seçin.
decisions-error-unknown-org = Rehberde { $org } kimlikli bir kurum yok.
decisions-error-duplicate = { $org } zaten alıcılar arasında.
decisions-error-primary = Tam olarak bir alıcı sorumlu olmalıdır.
decisions-error-civil-primary = { $org } bir sivil toplum kuruluşudur; yalnızca katılabilir veya bilgilendirilebilir, sorumlu olamaz.
decisions-error-civil-vetting = { $org } denetlenmemiş veya denetimin süresi dolmuş. Vaka alamaz.
decisions-error-civil-acute = P1 vakası (akut tehlike) sivil topluma gidemez. { $org } kurumunu kaldırın veya başka bir öncelik seçin.
decisions-error-civil-child = Bu bir çocuğun vakası, bu yüzden sivil topluma gidemez. { $org } kurumunu kaldırın.
decisions-error-civil-threat = Kişi ciddi bir tehdit altında, bu yüzden vaka sivil topluma gidemez. { $org } kurumunu kaldırın.
decisions-error-civil-protected = Kişinin korunan kimliği var veya korunan tanık, bu yüzden vaka sivil topluma gidemez. { $org } kurumunu kaldırın.
decisions-error-reason = Öneriyi neden değiştirdiğinizi yazın.
decisions-error-reason-long = Gerekçe çok uzun. En fazla 2.000 karaktere kısaltın.
decisions-error-unchanged = Hiçbir şeyi değiştirmediniz. Önceliği veya alıcıları değiştirin.
decisions-error-closed = Vaka kapatılmış. Kararı değiştirmeden önce yeniden açın.
decisions-change-priority = Öncelik { $from } → { $to }
decisions-change-added = { $name } eklendi ({ $to ->
    [primary] sorumlu
    [secondary] katılan
   *[inform] bilgilendirilen
})
decisions-change-removed = { $name } kaldırıldı (önceden { $from ->
    [primary] sorumlu
    [secondary] katılan
   *[inform] bilgilendirilen
})
decisions-change-role = { $name }: { $from ->
    [primary] sorumlu
    [secondary] katılan
   *[inform] bilgilendirilen
} → { $to ->
    [primary] sorumlu
    [secondary] katılan
   *[inform] bilgilendirilen
}

decisions-outcome-heading = Kapatma
decisions-open-now = Vaka açık.
decisions-outcome-legend = Vaka nasıl sonuçlandı?
decisions-outcome-hint = Sonuç izlemede sayılır. Kapatılan vaka kuyruktan çıkar ama yeniden açılabilir.
decisions-outcome-advice_given = Tavsiye verildi
decisions-outcome-referred = Yönlendirildi
decisions-outcome-referred_with_report = Endişe bildirimiyle yönlendirildi
decisions-outcome-no_further_action = Başka işlem yok
decisions-close = Vakayı kapat
decisions-closed-as = Kapatıldı: { $outcome ->
    [advice_given] tavsiye verildi
    [referred] yönlendirildi
    [referred_with_report] endişe bildirimiyle yönlendirildi
   *[no_further_action] başka işlem yok
}
decisions-reopen = Vakayı yeniden aç
decisions-reopen-hint = Vaka kuyruğa geri döner. Geçmişi korunur.
decisions-error-outcome = Vakanın nasıl sonuçlandığını seçin.
decisions-error-already-closed = Vaka zaten kapatılmış.
decisions-error-not-closed = Vaka kapatılmamış.
decisions-events-heading = Vaka olayları
decisions-event-close = { $actor } vakayı kapattı: { $detail ->
    [advice_given] tavsiye verildi
    [referred] yönlendirildi
    [referred_with_report] endişe bildirimiyle yönlendirildi
   *[no_further_action] başka işlem yok
}
decisions-event-reopen = { $actor } vakayı yeniden açtı
decisions-event-protect = { $actor } korunan kimlik işareti koydu
decisions-event-unprotect = { $actor } korunan kimlik işaretini kaldırdı
decisions-event-grant = { $actor }, { $detail } kişisine adres ve iletişim bilgilerine erişim verdi
decisions-event-revoke = { $actor }, { $detail } kişisinin erişimini kaldırdı

decisions-protection-heading = Korunan kimlik
decisions-protected-marker = Korunan kimlik – gizlilik işareti veya korunan nüfus kaydı
decisions-protected-explained = Adres ve iletişim bilgileri yalnızca adı verilen görevlilere gösterilir. Asla dışa aktarılmaz ve işaret her yönlendirmeyle birlikte gider.
decisions-protected-you-see = Adınız verildi; adres ve iletişim bilgilerini görüyorsunuz.
decisions-protected-hidden = Adınız verilmedi. Adres ve iletişim bilgileri sizden gizlenir.
decisions-named-heading = Adı verilen görevliler
decisions-named-none = Kimsenin adı verilmedi. Kimse adres ve iletişim bilgilerini görmüyor.
decisions-revoke = { $name } kişisini kaldır
decisions-grant-label = Bir görevli adlandır
decisions-grant-hint = Yalnızca adres ve iletişim bilgilerini görmesi gerekenleri adlandırın.
decisions-grant = Adlandır
decisions-unprotect = İşareti kaldır
decisions-unprotect-hint = İşareti yalnızca yanlışlıkla konduysa veya koruma sona erdiyse kaldırın. Adı verilen herkes kaldırılır.
decisions-unprotected = Vaka işaretli değil.
decisions-said-protected = Kişi, korunan kişisel verileri olduğunu söyledi. Vakayı işaretleyin.
decisions-protect = Korunan kimlik olarak işaretle
decisions-protect-hint = O zaman yalnızca adı verilen görevliler adres ve iletişim bilgilerini görür. Sizin adınız otomatik verilir; bir amir başkalarını da adlandırabilir.
decisions-error-already-protected = Vaka zaten işaretli. Bilgileri görmeniz gerekiyorsa bir amirden sizi adlandırmasını isteyin.
decisions-error-not-protected = Vaka korunan kimlik olarak işaretli değil.
decisions-error-user = Etkin bir görevli, amir veya yönetici seçin.
decisions-error-already-named = Bu görevlinin adı zaten verilmiş.
decisions-error-not-named = Bu kullanıcının adı vakada verilmemiş.

decisions-overrides-title = Değiştirilen kararlar
decisions-overrides-intro = Bir görevlinin motorun önerisini değiştirdiği vakalar: hangi kuralların tetiklendiği, motorun ne önerdiği ve şimdi neyin geçerli olduğu. Burada kişiler hakkında metin yoktur. Kuralları iyileştirmek için farkları kullanın.
decisions-overrides-caption = Değiştirilen vakalar: { $count }
decisions-overrides-col-case = Vaka
decisions-overrides-col-rules = Tetiklenen kurallar
decisions-overrides-col-engine = Motorun önerisi
decisions-overrides-col-human = Geçerli karar
decisions-overrides-col-changes = Fark
decisions-overrides-case-link = Değiştirildi { $at }
decisions-overrides-count = { $count ->
    [one] bir değişiklik
   *[other] { $count } değişiklik
}
decisions-overrides-empty = Hiçbir karar değiştirilmedi.
decisions-history-retriage = { $name } bilgileri güncelleyince kurallardan yeni öneri

# Updating what is known of a case (POST /console/cases/{id}/facts).
console-facts-heading = Bildiklerimizi güncelle
console-facts-hint = Görüşmede öğrendiklerini seç. Kurallar yeniden öneride bulunur. Kişinin kendi mesajı, dili ve onayı değişmez.
console-facts-save = Kaydet ve yeniden öner
console-facts-not-holder = Bu dosya bir meslektaşında. Bilgileri güncellemesini iste ya da bir yöneticiden dosyayı devralmasını iste.
console-facts-closed = Dosya kapalı. Bilgileri değiştirmek için yeniden aç.

# The decision's notices in words, for staff (the case page; the staff-only ones never reach a public page).
decisions-notice-call_112 = 112'yi arayın – acil tehlike
decisions-notice-call_90101 = İntihar düşünceleri için Självmordslinjen 90101 (Mind, gece gündüz açık)
decisions-notice-call_114_14 = Polis, 114 14 (acil değil)
decisions-notice-call_socialjour = Socialjouren: belediyenin mesai dışı sosyal hizmetleri
decisions-notice-call_bris = Çocuklar ve gençler için Bris 116 111
decisions-notice-call_kvinnofridslinjen = Kvinnofridslinjen 020-50 50 50, gece gündüz açık
decisions-notice-call_1177 = 1177 Vårdguiden (sağlık danışmanlığı)
decisions-notice-primary_closed = Sorumlu alıcı şu anda kapalı: vakanın mesai dışında nereye gittiğine bakın
decisions-notice-no_offence_data = Alıcılar arasında bir sivil toplum kuruluşu var: ona suçlarla ilgili hiçbir bilgi göndermeyin
decisions-notice-placing_municipality = Kişiyi yerleştiren belediye sorumludur: hangisi olduğunu öğrenin ve onunla iletişime geçin
decisions-notice-find_psychiatry = Bölgenin psikiyatrisi gerekli ama belediye bilinmiyor: bölgeyi bulun
