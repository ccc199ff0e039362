## The child form (/{lang}/young/enquiry): few questions, easy words, no legal terms.

young-form-title = Bize yaz
young-form-intro = Burada bize yazabilirsin. Adını yazmak zorunda değilsin. Bu işte çalışan bir yetişkin okur ve cevap verir.
young-form-optional = Bütün soruları atlayabilirsin. Sadece mesajın ya da sana ulaşmamızı istediğini işaretlemen yeterli.
young-field-age_band = Kaç yaşındasın?
young-age-under_15 = 15 yaşından küçüğüm
young-age-15_17 = 15, 16 ya da 17 yaşındayım
young-age-none = Söylemek istemiyorum
young-field-environment = Konu ne?
young-hint-any = İstediğin kadar seçebilirsin.
young-about-criminal_network = Bir çete ya da suç
young-about-violent_extremism = Şiddet kullanmak isteyen bir grup
young-about-honour_related = Ailem hayatım hakkında tehdit ya da şiddetle karar veriyor
young-about-unknown = Başka bir şey
young-field-threat = Şu anda tehlikede misin?
young-danger-acute = Evet, şu anda tehlikedeyim
young-danger-none = Hayır
young-danger-unknown = Bilmiyorum
young-field-municipality = Nerede yaşıyorsun? (istersen)
young-hint-municipality = Belediyenin adını yaz, örneğin Malmö. Boş bırakabilirsin.
young-field-message = Mesajın
young-message-no-crimes = Yaptığın suçlar hakkında yazma.
young-field-wants_contact = Benimle iletişime geçmenizi istiyorum.
young-hint-wants_contact = Burada cevap veririz. Cevabı aldığın kodla okursun.
young-field-consent = Bana yardım edebilmeleri için belediyemdeki sosyal hizmetlere benden söz edebilirsiniz.
young-hint-consent = Sonra fikrini değiştirebilirsin. Tehlikedeysen ya da senin için çok endişelenirsek, yine de söylememiz gerekebilir.
