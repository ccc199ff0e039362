## The child form (/{lang}/young/enquiry): few questions, easy words, no legal terms.

young-form-title = Noo soo qor
young-form-intro = Halkan waad noogu soo qori kartaa. Uma baahnid inaad magacaaga qorto. Qof weyn oo shaqadan qabta ayaa akhriya oo ka jawaaba.
young-form-optional = Su'aal kasta waad ka boodi kartaa. Waxaan u baahannahay oo keliya fariintaada, ama inaad calaamadiso inaad rabto inaan kula soo xiriirno.
young-field-age_band = Immisa jir baad tahay?
young-age-under_15 = Ka yar 15 sano
young-age-15_17 = 15, 16 ama 17 sano
young-age-none = Ma rabo inaan sheego
young-field-environment = Maxay ku saabsan tahay?
young-hint-any = Dooro inta aad rabto.
young-about-criminal_network = Koox burcad ah ama dembi
young-about-violent_extremism = Koox doonaysa inay rabshad isticmaasho
young-about-honour_related = Qoyskaygu waxay noloshayda ku go'aamiyaan hanjabaad ama rabshad
young-about-unknown = Wax kale
young-field-threat = Hadda ma khatar baad ku jirtaa?
young-danger-acute = Haa, hadda khatar baan ku jiraa
young-danger-none = Maya
young-danger-unknown = Ma garanayo
young-field-municipality = Xaggee baad ku nooshahay? (haddii aad rabto)
young-hint-municipality = Qor magaca degmadaada, tusaale ahaan Malmö. Waad ka tagi kartaa.
young-field-message = Fariintaada
young-message-no-crimes = Ha qorin dembiyo aad samaysay.
young-field-wants_contact = Waxaan rabaa inaad ila soo xiriirtaan.
young-hint-wants_contact = Halkan ayaan ka jawaabnaa. Jawaabta waxaad ku akhrinaysaa koodhka aad hesho.
young-field-consent = Waad u sheegi kartaan adeegyada bulshada ee degmadayda wax igu saabsan, si ay ii caawiyaan.
young-hint-consent = Goor dambe fikirkaaga waad beddeli kartaa. Haddii aad khatar ku jirto, ama aan aad ugaa walwalno, waxaa laga yaabaa inaan sheegno si kastaba ha ahaatee.
