## The anonymous chat: the pre-chat step, the chat page, and the page when chat is closed.

chat-title = Chat with us
chat-intro = Here you can write with a person at the Contact Point, right now. You do not have to say who you are.
chat-about-anonymous = You are anonymous. We do not see your name, your number or where you are.
chat-about-who = You chat with staff at the Contact Point. We listen, answer questions and help you find the right help.
chat-about-code = You get a code when the chat starts. With the code you can read the chat again and write to us later.
chat-about-safety = If someone can see your phone or computer: use the “Leave this page quickly” button if you need to.
chat-open-until = The chat is open until { $time } today.
chat-start-heading = Before you start
chat-start-optional = You can skip the questions. They help us give you the right answer sooner.
chat-field-language = Which language do you want to write in?
chat-field-enquirer = Who is writing?
chat-field-age_band = How old is the person who wants to leave?
chat-start = Start chatting

chat-closed-title = The chat is closed right now
chat-opens-today = The chat opens again today at { $time }.
chat-opens-tomorrow = The chat opens again tomorrow at { $time }.
chat-opens-on = The chat opens again on { $weekday } { $day }/{ $month } at { $time }.
chat-opens-unknown = We do not know yet when the chat opens again.
chat-weekday-1 = Monday
chat-weekday-2 = Tuesday
chat-weekday-3 = Wednesday
chat-weekday-4 = Thursday
chat-weekday-5 = Friday
chat-weekday-6 = Saturday
chat-weekday-7 = Sunday
chat-closed-instead = You can reach us in other ways
chat-closed-write-heading = Write to us
chat-closed-callback-heading = Get a call
chat-closed-callback-text = Leave a number and we will call you when it is safe for you.
chat-closed-callback-link = Ask us to call you
chat-closed-more = More places to call, also in the evening and at night

chat-code-heading = Your code
chat-code-why = Write the code down and keep it somewhere safe. With the code you can read the chat again and write to us, also after the chat has ended. We cannot show the code again.
chat-code-saved = I have saved the code

chat-waiting-position = You are number { $position } in the queue.
chat-wait-estimate = It will take about { $minutes } minutes before someone answers. This is an estimate.
chat-wait-unknown = Right now we cannot say how long you need to wait.
chat-status-active = You are now chatting with a person at the Contact Point.
chat-ended-person = You have ended the chat.
chat-ended-staff = The chat has ended.
chat-ended-idle = The chat has ended because nobody wrote for a while.
chat-ended-blocked = The chat has ended.
chat-ended-left-message = Thank you! Your message is saved. We will answer as soon as we can.
chat-ended-read-later = The chat is no longer shown here, for your safety. You can read it and our answers with your code.

chat-help-heading = While you wait
chat-help-next-heading = What happens now?
chat-help-next-text = A person at the Contact Point will answer as soon as someone is free. You can start writing now – we read everything when we come. You decide what you want to tell us.
chat-help-safety-heading = Think about your safety
chat-help-safety-text = If you are in danger right now: call 112. If someone can see your phone: close the page when you are done and use the “Leave this page quickly” button if you need to. Keep the code where nobody else will find it.
chat-help-young-heading = If you are under 18
chat-help-young-text = You have not done anything wrong by writing. If we become worried about you, we may need to tell social services, so that you get help and protection. If we can, and if it does not put you in danger, we tell you first.
chat-help-relative-heading = If you are writing about someone else
chat-help-relative-text = You can get support even if the person does not want help yet. Tell us what you know – you do not need to have all the answers.
chat-help-professional-heading = If you are writing as part of your work
chat-help-professional-text = Do not write names or personal identity numbers in the chat. We help you find the right agency or municipality for the case.

chat-log-heading = The chat
chat-refresh = Refresh the page to see new messages
chat-field-message = Your message
chat-send = Send
chat-leave-instead = Leave a message instead
chat-leave-hint = Do not want to wait? Write what you want to say and choose “Leave a message instead”. We answer to your code.
chat-end = End the chat
chat-cleared = The chat is no longer shown here, for your safety. You can read it with your code.
chat-offline = The connection was lost. We are trying again …

chat-error-empty = Write something before you send.
chat-error-too-long = The message is too long. You can write at most { $max } characters in one message. Split it into several.
chat-error-rate-limited = You have sent many messages in a short time. Wait a little and send again. What you wrote is still here.
chat-error-not-open = The chat has ended, so the message could not be sent. You can write to us with your code.
chat-error-failed = The message could not be sent. Try again in a little while.
chat-error-bad-frame = The message could not be read. Reload the page and try again.

# Be called back instead of waiting (GET/POST /{lang}/chat/{token}/callback).
chat-callback-offer = Would you rather we called you? You do not have to wait here.
chat-callback-link = Be called back instead
chat-callback-title = Be called back instead of chatting
chat-callback-intro = The chat ends and we call you instead, at the times that are safe for you. What you have already told us comes along.
chat-callback-send = Call me instead
chat-callback-back = Back to the chat
chat-ended-callback = Thank you! We will call you at the times you chose. Save your code to read and write more later.
chat-gone-unsent = The chat ended before your message was sent. You can send it as a written message instead.
