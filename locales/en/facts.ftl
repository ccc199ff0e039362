## The questions every form asks since #12: a relative's age, what someone writing at work
## wants, risks, and where the person is. Never a question about crimes.

field-writer_age_band = If you are someone close: how old are you?
field-enquiry_type = If you are writing as part of your work: what do you want help with?
field-risks = Is any of this true?

chat-field-writer_age_band = If you are someone close: how old are you?
chat-field-risks = Is any of this true?

console-phone-field-writer_age_band = Age of the caller (if someone close)
console-phone-field-enquiry_type = What the caller, calling at work, wants help with
console-phone-field-risks = Is any of this true?

inbox-consultation-field-enquiry_type = What do you want advice on?
inbox-consultation-field-risks = Is any of this true of the person?
inbox-consultation-error-type-case = A case you send is always about a person. Choose "{ inbox-consultation-kind-consultation }" if you want advice, otherwise leave this question unanswered.

opt-writer_age_band-under_15 = Under 15
opt-writer_age_band-15_17 = 15–17
opt-writer_age_band-18_20 = 18–20
opt-writer_age_band-21_25 = 21–25
opt-writer_age_band-26_plus = 26 or older
opt-writer_age_band-unknown = Don't know

opt-enquiry_type-case = Help for a person
opt-enquiry_type-consultation = Advice about a person (without naming them)
opt-enquiry_type-method_support = Advice on how to work (method support)

opt-risks-taken_abroad = Someone plans to take you (or them) abroad, for example to be married
opt-risks-partner_violence = Someone close hurts you (or them) in a relationship
opt-risks-threat_to_writer = I who write am threatened too
opt-risks-threat_to_others = There is a risk of hurting someone else
opt-risks-self_harm = Thoughts of hurting oneself

opt-situation-on_remand = Is in custody waiting for a trial (häkte)
opt-situation-placed_by_social_services = Lives in a foster home or a care home arranged by social services
opt-situation-abroad = Is abroad right now
opt-situation-in_programme = Is already in a programme for leaving (defector programme)
opt-situation-open_social_services_case = Already has a social worker
