## Hata sayfaları.

error-danger = Tehlikede misiniz? 112'yi arayın. Polisle konuşmak için 114 14'ü arayın.
error-home = Ana sayfaya git
error-not_found-title = Sayfa bulunamadı
error-not_found-body = Aradığınız sayfayı bulamıyoruz. Sayfa taşınmış olabilir ya da adreste bir yazım hatası olabilir. Dili yukarıdan seçebilirsiniz.
error-forbidden-title = Formun süresi doldu
error-forbidden-body = Güvenlik nedeniyle formu kabul edemedik. Geri gidin, sayfayı yenileyin ve yeniden gönderin. Geri döndüğünüzde yazdıklarınız hâlâ orada olabilir.
error-payload_too_large-title = Metin çok uzun
error-payload_too_large-body = Gönderdiğiniz şey, kabul edebileceğimizden daha büyüktü. Geri gidin, metni kısaltın ve yeniden gönderin. Geri kalanını daha sonra kodunuzla gönderebilirsiniz.
error-bad_request-title = Bir şeyler ters gitti
error-bad_request-body = Gönderilen bilgiyi okuyamadık. Geri gidin ve yeniden deneyin.
error-invalid_value-title = Bir şeyler ters gitti
error-invalid_value-body = Değerlerden biri kabul edilemedi. Geri gidin ve yeniden deneyin.
error-rate_limited-title = Çok fazla deneme
error-rate_limited-body = Kısa sürede çok kez denediniz. Bir dakika bekleyin ve yeniden deneyin.
error-method_not_allowed-title = Bir şeyler ters gitti
error-method_not_allowed-body = Sayfa bu şekilde kullanılamaz. Ana sayfaya gidin ve yeniden deneyin.
error-unavailable-title = Hizmet şu anda çalışmıyor
error-unavailable-body = Geçici bir arızamız var. Lütfen biraz sonra yeniden deneyin. Hemen yardıma mı ihtiyacınız var? Polisi 114 14'ten, acil durumda 112'den arayın.
error-internal-title = Bizim tarafımızda bir sorun oluştu
error-internal-body = Bir hata oluştu. Lütfen biraz sonra yeniden deneyin. Hemen yardıma mı ihtiyacınız var? Polisi 114 14'ten, acil durumda 112'den arayın.
form-expired-title = Formun süresi dolmuştu
form-expired = Sayfa uzun süre açık kalmıştı ya da bu arada tarayıcı kapatılmıştı, bu yüzden güvenlik nedeniyle hiçbir şey gönderilmedi. “Yeniden gönder”e basın. Bu sayfa bir kez daha gelirse tarayıcınız çerezleri engelliyor olabilir: bu site için izin verin ve yeniden deneyin.
error-timeout-title = Çok uzun sürdü
error-timeout-body = Zamanında yanıt alamadık, bu yüzden beklemeyi bıraktık. Lütfen biraz sonra yeniden deneyin. Hemen yardıma mı ihtiyacınız var? Polisi 114 14'ten, acil durumda 112'den arayın.
error-unconfirmed-title = Ulaşıp ulaşmadığını henüz bilmiyoruz
error-unconfirmed-body = Kaydetmek çok uzun sürdü, bu yüzden gönderdiğinizin ulaşıp ulaşmadığını kesin olarak söyleyemiyoruz. Yine de ulaşabilir. Yeniden göndermeden önce birkaç dakika bekleyip kontrol edin. Hemen yardıma mı ihtiyacınız var? Polisi 114 14'ten, acil durumda 112'den arayın.

# Flood limits (web::floods): the form again, nothing sent.
too-many-title = Kısa sürede çok fazla gönderildi
too-many-sent = Bağlantınızdan kısa sürede çok sayıda mesaj geldi, bu yüzden bu mesaj kaydedilmedi. { $minutes } dakika bekleyin ve “Yeniden gönder”e basın.
too-many-everyone = Şu anda bize çok fazla kişi yazıyor, bu yüzden bu kaydedilmedi. { $minutes } dakika bekleyin ve “Yeniden gönder”e basın.
too-many-chats = Zaten yanıt bekleyen sohbetleriniz var. Sohbetinize dönün ya da { $minutes } dakika bekleyip “Yeniden gönder”e basın.
too-many-kept = Yazdıklarınız aşağıda duruyor. Hiçbir şey gönderilmedi.
too-many-your-text = Yazdıklarınız
too-many-send-again = Yeniden gönder
