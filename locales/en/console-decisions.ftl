## The console: the human decision on a case, its outcome and the protected-identity marker.

decisions-heading = Decision on the case
decisions-history-engine = The engine's proposal
decisions-history-override = Changed by { $name }
decisions-history-reason = Reason
decisions-history-none = The engine's proposal stands. Nobody has changed it.
decisions-override-summary = Change the priority or recipients
decisions-override-hint = The engine's proposal is kept all the same, so the rules can be improved. The change and its reason are logged.
decisions-priority = Priority
decisions-priority-P1 = P1 – act now (acute danger)
decisions-priority-P2 = P2 – the same working day
decisions-priority-P3 = P3 – within two working days
decisions-recipients-legend = Recipients
decisions-recipients-hint = Exactly one recipient must be primary.
decisions-role-primary = Primary
decisions-role-secondary = Secondary
decisions-role-inform = Informed
decisions-role-remove = Remove
decisions-add-legend = Add a recipient
decisions-add-org = Organisation
decisions-add-hint = Type the organisation's id or pick it from the list, for example socialtjanst:1280. Leave empty if you add nobody.
decisions-add-role = Role of the new recipient
decisions-reason = Reason (required)
decisions-reason-hint = Why do you change the proposal? The reason is stored encrypted and shown to colleagues working on the case.
decisions-override-send = Save the change
decisions-added-reason = Added by a handler.
decisions-error-summary = The change was not saved
decisions-error-priority = Choose priority P1, P2 or P3.
decisions-error-role = Choose a role for { $org }.
decisions-error-unknown-org = There is no organisation with the id { $org } in the directory.
decisions-error-duplicate = { $org } is already among the recipients.
decisions-error-primary = Exactly one recipient must be primary.
decisions-error-civil-primary = { $org } is a civil-society organisation and can only be secondary or informed, never primary.
decisions-error-civil-vetting = { $org } is not vetted, or its vetting has expired. It cannot receive cases.
decisions-error-civil-acute = A P1 case (acute danger) must not go to civil society. Remove { $org } or choose another priority.
decisions-error-civil-child = This is a child's case, so it must not go to civil society. Remove { $org }.
decisions-error-civil-threat = The person is under a serious threat, so the case must not go to civil society. Remove { $org }.
decisions-error-civil-protected = The person has protected identity or is a protected witness, so the case must not go to civil society. Remove { $org }.
decisions-error-reason = Write why you change the proposal.
decisions-error-reason-long = The reason is too long. Shorten it to at most 2,000 characters.
decisions-error-unchanged = You have not changed anything. Change the priority or the recipients.
decisions-error-closed = The case is closed. Reopen it before you change the decision.
decisions-change-priority = Priority { $from } → { $to }
decisions-change-added = Added { $name } ({ $to ->
    [primary] primary
    [secondary] secondary
   *[inform] informed
})
decisions-change-removed = Removed { $name } (was { $from ->
    [primary] primary
    [secondary] secondary
   *[inform] informed
})
decisions-change-role = { $name }: { $from ->
    [primary] primary
    [secondary] secondary
   *[inform] informed
} → { $to ->
    [primary] primary
    [secondary] secondary
   *[inform] informed
}

decisions-outcome-heading = Closing
decisions-open-now = The case is open.
decisions-outcome-legend = How did the case end?
decisions-outcome-hint = Follow-up counts the outcome. A closed case leaves the queue but can be reopened.
decisions-outcome-advice_given = Advice given
decisions-outcome-referred = Referred
decisions-outcome-referred_with_report = Referred with a report of concern
decisions-outcome-no_further_action = No further action
decisions-close = Close the case
decisions-closed-as = Closed: { $outcome ->
    [advice_given] advice given
    [referred] referred
    [referred_with_report] referred with a report of concern
   *[no_further_action] no further action
}
decisions-reopen = Reopen the case
decisions-reopen-hint = The case returns to the queue. Its history is kept.
decisions-error-outcome = Choose how the case ended.
decisions-error-already-closed = The case is already closed.
decisions-error-not-closed = The case is not closed.
decisions-events-heading = Case events
decisions-event-close = { $actor } closed the case: { $detail ->
    [advice_given] advice given
    [referred] referred
    [referred_with_report] referred with a report of concern
   *[no_further_action] no further action
}
decisions-event-reopen = { $actor } reopened the case
decisions-event-protect = { $actor } marked protected identity
decisions-event-unprotect = { $actor } removed the protected-identity marker
decisions-event-grant = { $actor } gave { $detail } access to address and contact data
decisions-event-revoke = { $actor } removed { $detail } from those with access

decisions-protection-heading = Protected identity
decisions-protected-marker = Protected identity – confidentiality marker or protected registration
decisions-protected-explained = Address and contact data are shown only to the named handlers. They are never exported, and the marker travels with every referral.
decisions-protected-you-see = You are named and see address and contact data.
decisions-protected-hidden = You are not named. Address and contact data are hidden from you.
decisions-named-heading = Named handlers
decisions-named-none = Nobody is named. Nobody sees address and contact data.
decisions-revoke = Remove { $name }
decisions-grant-label = Name a handler
decisions-grant-hint = Name only those who must see address and contact data.
decisions-grant = Name
decisions-unprotect = Remove the marker
decisions-unprotect-hint = Remove the marker only if it was set by mistake or the protection has ended. Everyone named is removed.
decisions-unprotected = The case is not marked.
decisions-said-protected = The person said they have protected personal data. Mark the case.
decisions-protect = Mark protected identity
decisions-protect-hint = Then only named handlers see address and contact data. You are named yourself; a supervisor can name others.
decisions-error-already-protected = The case is already marked. Ask a supervisor to name you if you need to see the data.
decisions-error-not-protected = The case is not marked as protected identity.
decisions-error-user = Choose an active handler, supervisor or administrator.
decisions-error-already-named = That handler is already named.
decisions-error-not-named = That user is not named on the case.

decisions-overrides-title = Overridden decisions
decisions-overrides-intro = Cases where a handler changed the engine's proposal: which rules fired, what the engine proposed and what stands now. There is no text about the people here. Use the differences to improve the rules.
decisions-overrides-caption = Overridden cases: { $count }
decisions-overrides-col-case = Case
decisions-overrides-col-rules = Rules that fired
decisions-overrides-col-engine = The engine's proposal
decisions-overrides-col-human = The decision in force
decisions-overrides-col-changes = Difference
decisions-overrides-case-link = Changed { $at }
decisions-overrides-count = { $count ->
    [one] one override
   *[other] { $count } overrides
}
decisions-overrides-empty = No decision has been overridden.
decisions-history-retriage = New proposal from the rules when { $name } updated the facts

# Updating what is known of a case (POST /console/cases/{id}/facts).
console-facts-heading = Update what we know
console-facts-hint = Choose what you have learned in the conversation. The rules then propose again. The person's own message, language and consent do not change.
console-facts-save = Save and propose again
console-facts-not-holder = A colleague holds this case. Ask them to update the facts, or ask a supervisor to take the case over.
console-facts-closed = The case is closed. Reopen it to change the facts.

# The decision's notices in words, for staff (the case page; the staff-only ones never reach a public page).
decisions-notice-call_112 = Call 112 – acute danger
decisions-notice-call_90101 = Självmordslinjen 90101 for thoughts of suicide (run by Mind, open around the clock)
decisions-notice-call_114_14 = The police, 114 14 (not urgent)
decisions-notice-call_socialjour = Socialjouren: the municipality's social services out of hours
decisions-notice-call_bris = Bris 116 111 for children and young people
decisions-notice-call_kvinnofridslinjen = Kvinnofridslinjen 020-50 50 50, open around the clock
decisions-notice-call_1177 = 1177 Vårdguiden (healthcare advice)
decisions-notice-primary_closed = The primary recipient is closed now: see where the case goes out of hours
decisions-notice-no_offence_data = A civil-society organisation is a recipient: send it no data about offences
decisions-notice-placing_municipality = The municipality that placed the person is responsible: find out which and contact it
decisions-notice-find_psychiatry = Psychiatry of the region is needed, but no municipality is known: find the region
