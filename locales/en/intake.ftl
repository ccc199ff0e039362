## The written enquiry, the receipt code and the status page.

enquiry-title = Write to us
enquiry-intro = You can write to us at any time, day or night. We answer within { $days ->
    [one] one working day
   *[other] { $days } working days
}, often sooner. You read the answer here on the website with your code.
enquiry-anonymous = You do not need to give your name. You can skip every question.
enquiry-danger = Are you in danger right now? Call 112.
enquiry-all-optional = Answer only what you want to. All we need is a message, or a tick to say you want us to contact you.
enquiry-no-crimes = Do not write about crimes you have committed. We do not need that to help you.
enquiry-send = Send
form-error-summary = Something needs fixing
form-not-saved-title = Your message has not been sent yet
form-not-saved = We could not save your message just now. Your text is still here below. Please try again in a little while. Need help now? Call the police on 114 14, or 112 in an emergency.
form-unconfirmed-title = We do not know yet whether your message arrived
form-unconfirmed = Saving took too long, so we cannot say for sure that your message arrived. It may still arrive. Write down the code below. In a few minutes, look it up under “I have a code”: if your message is found, it has arrived and you should not send it again. If it is not found, send it again – your text is still here below. Need help now? Call the police on 114 14, or 112 in an emergency.
form-unconfirmed-code = Your code:
form-unconfirmed-nocode = Saving took too long, so we cannot say for sure that what you sent arrived. It may still arrive. Your text is still here below. If you send it again we may get it twice, and that does no harm. Need help now? Call the police on 114 14, or 112 in an emergency.

field-enquirer = Who is writing?
field-professional_org = Where do you work?
field-age_band = How old is the person who wants to leave?
field-gender = The person's gender
field-environment = What kind of environment is it?
field-situation = Does any of this apply to the person?
field-needs = What is needed?
field-municipality = In which municipality does the person live?
field-threat = Is there a threat?
field-citizenship = Is the person a Swedish citizen?
field-language = In which language do you want the answer?
field-consent_to_share = You may share what I write with whoever can help me (for example social services).
field-message = Your message
field-wants_contact = I want you to contact me. (You choose how in the next step, or say so in your message.)

hint-professional_org = Only if you are writing as part of your work.
hint-choose-any = Choose as many as you like, or none.
hint-municipality = It helps us find the right help near the person.
hint-municipality-write = Write the municipality's name, for example Malmö or Kiruna. You can also leave it empty.
hint-consent_to_share = You can change your mind later. Without your consent we share nothing, except where the law requires it, for example when a child may need protection.
field-consent_for = Who may we pass your details on to?
hint-consent_for = Your consent counts only for those you tick.
opt-consent_for-social_services = Social services in the municipality (socialtjänsten) – can give support, housing and protection
opt-consent_for-programme = A defector programme – the municipality's or region's support for leaving
opt-consent_for-police = The police – the defector coordinator, who can give protection when you are threatened
opt-consent_for-words = What I have written, word for word – otherwise we pass on only your answers to the questions, not your text
hint-consent_for-others = Writing about someone else? Tick only what that person has agreed to. A relative's tick never replaces an adult's own consent.

opt-no-answer = Prefer not to say
opt-municipality-none = Prefer not to say
opt-enquirer-self = Myself, I want to leave
opt-enquirer-relative = Someone close (parent, partner, sibling, friend)
opt-enquirer-professional = I am writing as part of my work
opt-professional_org-municipality = Municipality or social services
opt-professional_org-school = School
opt-professional_org-healthcare = Health care
opt-professional_org-police = Police
opt-professional_org-prison_probation = Prison and Probation Service
opt-professional_org-civil_society = Non-profit organisation
opt-professional_org-other = Other
opt-age_band-under_15 = Under 15
opt-age_band-15_17 = 15–17
opt-age_band-18_20 = 18–20
opt-age_band-21_25 = 21–25
opt-age_band-26_plus = 26 or older
opt-age_band-unknown = Don't know
opt-gender-female = Woman or girl
opt-gender-male = Man or boy
opt-gender-other = Other
opt-gender-unknown = Don't know
opt-environment-criminal_network = Criminal network or gang
opt-environment-violent_extremism = Violent extremism
opt-environment-honour_related = Honour-related violence and oppression
opt-environment-unknown = Don't know
opt-situation-in_custody = Is in prison (serving a sentence)
opt-situation-on_probation = Is on probation or parole
opt-situation-sis_placement = Lives at a SiS home (secure youth care)
opt-situation-protected_witness = Is a witness under protection
opt-situation-protected_identity = Has protected personal data
opt-threat-acute = Yes, it is acute right now
opt-threat-serious = Yes, a serious threat
opt-threat-some = Yes, some threat
opt-threat-none = No
opt-threat-unknown = Don't know
opt-needs-protection = Protection
opt-needs-relocation = Moving to another town
opt-needs-housing = Housing
opt-needs-economy = Money
opt-needs-psychiatric = Mental health
opt-needs-substance_abuse = Help with alcohol or drugs
opt-needs-work_education = Work or education
opt-needs-family = Support for the family
opt-needs-voluntary_return = Information about returning voluntarily to another country
opt-needs-legal = Legal help
opt-needs-other = Other
opt-citizenship-swedish = Yes
opt-citizenship-other = No
opt-citizenship-unknown = Don't know

error-choose-option = Choose one of the options.
error-unknown-municipality = We cannot find a municipality by that name. Check the spelling (å, ä and ö may be written as a and o) or leave the field empty.
error-message-or-contact = Write a message, or tick that you want us to contact you.
error-message-too-long = The message is too long. Shorten it a little, or split it and send the rest afterwards with your code.
error-message-empty = Write something before you send.
error-problem-empty = Describe the problem.
error-text-too-long = The text is too long.

sent-title = Thank you, we have received your message
sent-intro = We answer within { $days ->
    [one] one working day
   *[other] { $days } working days
}, often sooner. You read the answer here on the website with your code.
sent-code-heading = Your code
sent-code-only-once = We show the code only now. We do not keep it ourselves, so we cannot give it to you again. Save it before you go on.
sent-keep-write = Write it down on paper that you keep safe.
sent-keep-print = Or print this page (from your browser's menu).
sent-keep-download = Or download the code as a small text file
sent-keep-safe = Remember that a note, a printout or a file can be found by others. Keep the code where no one else will see it.
sent-confirm = I have saved my code
sent-file-text = Code: { $code }

saved-title = Good, you are done
saved-come-back = Go to the page for your code
saved-danger = In danger? Call 112.

receipt-title = Come back with your code
receipt-intro = Type the code you got when you sent your message. You will see our answer and can write more.
receipt-code-label = Your code
receipt-code-hint = 16 characters, for example ABCD-EFGH-JKMN-PQRS. Capital or small letters both work.
receipt-show = Show
receipt-unknown-title = We cannot find that code
receipt-unknown = The code does not match. Check that you typed it correctly and try again.
receipt-lost = Lost your code? Then write to us again and tell us.
receipt-write-again = Write to us
receipt-message-added = Thank you, your message has been sent.

status-title = Your enquiry
status-label = Status:
status-received = Received – we have not answered yet
status-in_progress = We are working on your enquiry
status-answered = We have answered
status-closed = Closed
status-sent-at = Sent:
status-conversation = Messages
author-person = You
author-staff = The contact point
status-no-messages = No messages yet.
status-add-heading = Write more
status-add-send = Send
status-leave-hint = When you are done, close the page. No one can see your enquiry without the code.

## When the person is answered, on the page after sending (src/intake/answer.rs).
# promise: tests/api/promises.rs::the_page_after_sending_says_when_we_answer_from_the_priority_and_our_hours
answer-now = We are reading messages right now, and we read yours at once. You read our answer here on the website with your code.
# promise: tests/api/promises.rs::the_page_after_sending_says_when_we_answer_from_the_priority_and_our_hours
answer-today = We answer today. You read the answer here on the website with your code.
# promise: tests/api/promises.rs::the_page_after_sending_says_when_we_answer_from_the_priority_and_our_hours
answer-reopens = Nobody is reading messages right now. We read yours { $weekday ->
    [1] on Monday
    [2] on Tuesday
    [3] on Wednesday
    [4] on Thursday
    [5] on Friday
    [6] on Saturday
   *[7] on Sunday
} at { $time }. You read the answer here on the website with your code.
answer-danger-meanwhile = Is someone in danger before then? Call 112.
saved-next-code = Come back here with your code to read our answer or write more.
