## The child form (/{lang}/young/enquiry): few questions, easy words, no legal terms.

young-form-title = Write to us
young-form-intro = Here you can write to us. You do not have to write your name. An adult who works with this reads it and answers.
young-form-optional = You can skip every question. We only need your message, or a tick that you want us to get in touch.
young-field-age_band = How old are you?
young-age-under_15 = Younger than 15
young-age-15_17 = 15, 16 or 17
young-age-none = I don't want to say
young-field-environment = What is it about?
young-hint-any = Choose as many as you like.
young-about-criminal_network = A gang or crime
young-about-violent_extremism = A group that wants to use violence
young-about-honour_related = My family decides over my life with threats or violence
young-about-unknown = Something else
young-field-threat = Are you in danger right now?
young-danger-acute = Yes, I am in danger now
young-danger-none = No
young-danger-unknown = I don't know
young-field-municipality = Where do you live? (if you want)
young-hint-municipality = Write the name of your municipality, for example Malmö. You can leave it out.
young-field-message = Your message
young-message-no-crimes = Do not write about crimes you have done.
young-field-wants_contact = I want you to get in touch with me.
young-hint-wants_contact = We answer here. You read the answer with the code you get.
young-field-consent = You may tell social services in my municipality about me, so that they can help me.
young-hint-consent = You can change your mind later. If you are in danger, or if we are very worried about you, we may have to tell them anyway.
