## #12'den beri her formun sorduğu sorular. Asla suçlar hakkında soru sorulmaz.

field-writer_age_band = Yakını iseniz: kaç yaşındasınız?
field-enquiry_type = İşiniz gereği yazıyorsanız: ne konuda yardım istiyorsunuz?
field-risks = Bunlardan herhangi biri doğru mu?

chat-field-writer_age_band = Yakını iseniz: kaç yaşındasınız?
chat-field-risks = Bunlardan herhangi biri doğru mu?

console-phone-field-writer_age_band = Arayan kişinin yaşı (yakını ise)
console-phone-field-enquiry_type = İşi gereği arayan kişinin ne konuda yardım istediği
console-phone-field-risks = Bunlardan herhangi biri doğru mu?

inbox-consultation-field-enquiry_type = Ne konuda danışmanlık istiyorsunuz?
inbox-consultation-field-risks = Bunlardan herhangi biri kişi için doğru mu?
inbox-consultation-error-type-case = Gönderdiğiniz bir vaka her zaman bir kişiyle ilgilidir. Danışmak istiyorsanız "{ inbox-consultation-kind-consultation }" seçeneğini seçin, yoksa bu soruyu boş bırakın.

opt-writer_age_band-under_15 = 15 yaşından küçük
opt-writer_age_band-15_17 = 15–17 yaş
opt-writer_age_band-18_20 = 18–20 yaş
opt-writer_age_band-21_25 = 21–25 yaş
opt-writer_age_band-26_plus = 26 yaş veya üzeri
opt-writer_age_band-unknown = Bilmiyorum

opt-enquiry_type-case = Bir kişi için yardım
opt-enquiry_type-consultation = Bir kişi hakkında danışma (adını vermeden)
opt-enquiry_type-method_support = Nasıl çalışılacağı hakkında danışma (yöntem desteği)

opt-risks-taken_abroad = Biri sizi (ya da onu) yurt dışına götürmeyi planlıyor, örneğin evlendirmek için
opt-risks-partner_violence = Yakın biri bir ilişkide size (ya da ona) zarar veriyor
opt-risks-threat_to_writer = Yazan ben de tehdit altındayım
opt-risks-threat_to_others = Başka birine zarar verme riski var
opt-risks-self_harm = Kendine zarar verme düşünceleri

opt-situation-on_remand = Tutuklu, duruşmayı bekliyor (häkte)
opt-situation-placed_by_social_services = Sosyal hizmetlerin ayarladığı bir koruyucu ailede veya bakım evinde yaşıyor
opt-situation-abroad = Şu anda yurt dışında
opt-situation-in_programme = Zaten ayrılmak isteyenler için bir programda
opt-situation-open_social_services_case = Zaten bir sosyal hizmet görevlisi var
