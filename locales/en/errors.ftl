## Error pages.

error-danger = In danger? Call 112. To talk to the police, call 114 14.
error-home = Go to the start page
error-not_found-title = Page not found
error-not_found-body = We cannot find the page you are looking for. It may have moved, or the address may have a typo. You can choose a language above.
error-forbidden-title = The form has expired
error-forbidden-body = For security reasons we could not accept the form. Go back, reload the page and send it again. What you wrote may still be there when you go back.
error-payload_too_large-title = Too much text
error-payload_too_large-body = What you sent was too large for us to accept. Go back, shorten the text and send it again. You can send the rest afterwards with your code.
error-bad_request-title = Something went wrong
error-bad_request-body = We could not read what was sent. Go back and try again.
error-invalid_value-title = Something went wrong
error-invalid_value-body = One of the values could not be accepted. Go back and try again.
error-rate_limited-title = Too many tries
error-rate_limited-body = You have tried many times in a short time. Wait a minute and try again.
error-method_not_allowed-title = Something went wrong
error-method_not_allowed-body = The page cannot be used that way. Go to the start page and try again.
error-unavailable-title = The service is not working right now
error-unavailable-body = We have a temporary fault. Please try again in a while. Need help now? Call the police on 114 14, or 112 in an emergency.
error-internal-title = Something went wrong on our side
error-internal-body = An error occurred. Please try again in a while. Need help now? Call the police on 114 14, or 112 in an emergency.
form-expired-title = The form had expired
form-expired = The page had been open a long time, or the browser was closed in the meantime, so for security reasons nothing was sent. Press “Send again”. If this page comes back once more, your browser may be blocking cookies: allow them for this site and try again.
error-timeout-title = That took too long
error-timeout-body = We did not get an answer in time, so we stopped waiting. Please try again in a while. Need help now? Call the police on 114 14, or 112 in an emergency.
error-unconfirmed-title = We do not know yet whether it arrived
error-unconfirmed-body = Saving took too long, so we cannot say for sure whether what you sent arrived. It may still arrive. Wait a few minutes and check before you send again. Need help now? Call the police on 114 14, or 112 in an emergency.

# Flood limits (web::floods): the form again, nothing sent.
too-many-title = Too many sent in a short time
too-many-sent = Many messages have come from your connection in a short time, so this one was not saved. Wait { $minutes } min and press “Send again”.
too-many-everyone = Very many people are writing to us right now, so this was not saved. Wait { $minutes } min and press “Send again”.
too-many-chats = You already have chats waiting for an answer. Go back to your chat, or wait { $minutes } min and press “Send again”.
too-many-kept = What you wrote is kept below. Nothing was sent.
too-many-your-text = What you wrote
too-many-send-again = Send again
