## Su'aalaha foom kasta weydiiyo tan iyo #12. Weligood su'aal ku saabsan dembi ma aha.

field-writer_age_band = Haddii aad tahay qof u dhow: da'daadu waa immisa?
field-enquiry_type = Haddii aad wax u qorayso shaqadaada awgeed: maxaad caawimaad ku rabtaa?
field-risks = Waxyaabahan midkood ma run baa?

chat-field-writer_age_band = Haddii aad tahay qof u dhow: da'daadu waa immisa?
chat-field-risks = Waxyaabahan midkood ma run baa?

console-phone-field-writer_age_band = Da'da qofka wacaya (haddii uu yahay qof u dhow)
console-phone-field-enquiry_type = Waxa qofka shaqadiisa awgeed wacaya uu caawimaad ku doonayo
console-phone-field-risks = Waxyaabahan midkood ma run baa?

inbox-consultation-field-enquiry_type = Maxaad talo ka rabtaan?
inbox-consultation-field-risks = Waxyaabahan midkood ma run ku yahay qofka?
inbox-consultation-error-type-case = Kiis aad soo dirtaan had iyo jeer wuxuu ku saabsan yahay qof. Dooro "{ inbox-consultation-kind-consultation }" haddii aad talo rabtaan, haddii kale su'aashan jawaab la'aan ka taga.

opt-writer_age_band-under_15 = Ka yar 15 sano
opt-writer_age_band-15_17 = 15–17 sano
opt-writer_age_band-18_20 = 18–20 sano
opt-writer_age_band-21_25 = 21–25 sano
opt-writer_age_band-26_plus = 26 sano ama ka weyn
opt-writer_age_band-unknown = Ma garanayo

opt-enquiry_type-case = Caawimaad qof
opt-enquiry_type-consultation = Talo ku saabsan qof (magaciisa la'aan)
opt-enquiry_type-method_support = Talo ku saabsan sida loo shaqeeyo (taageero hab-shaqo)

opt-risks-taken_abroad = Qof ayaa qorsheynaya inuu adiga (ama qofka) dibadda u qaado, tusaale ahaan in lagu guursado
opt-risks-partner_violence = Qof kuu dhow ayaa ku dhibaateeya (ama qofka) xiriir jacayl dhexdiis
opt-risks-threat_to_writer = Aniga oo wax qoraya sidoo kale waa la i hanjabay
opt-risks-threat_to_others = Waxaa jira khatar in qof kale la dhaawaco
opt-risks-self_harm = Fikrado ah in qofku is dhaawaco

opt-situation-on_remand = Ku jira xabsiga ku-meel-gaarka ah isagoo sugaya maxkamad (häkte)
opt-situation-placed_by_social_services = Ku nool qoys kafaalo ama xarun daryeel oo ay u diyaarisay adeegga bulshada
opt-situation-abroad = Hadda wuxuu joogaa dibadda
opt-situation-in_programme = Horay ayuu ugu jiraa barnaamij looga baxo (barnaamijka ka-baxayaasha)
opt-situation-open_social_services_case = Horay ayuu u leeyahay shaqaale bulsho
