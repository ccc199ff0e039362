## The console's chat pages: waiting and active chats, one chat.

console-chats-title = Chats
console-chats-waiting = Waiting for an answer ({ $count })
console-chats-col-priority = Priority
console-chats-col-since = Started
console-chats-col-language = Language
console-chats-col-child = Child
console-chats-col-action = Action
console-chats-col-holder = Handler
console-chats-accept = Take the chat
console-chats-none-waiting = Nobody is waiting right now.
console-chats-active = Chats in progress
console-chats-none-active = No chats in progress.
console-chats-open-mine = Open my chat
console-chats-open = View
console-chats-refresh = Refresh the list
console-chat-notice-ended = The chat has already ended.
console-chat-notice-taken = { $name } took the chat first.

console-chat-title = Chat
console-chat-back = Back to the chats
console-chat-offline = The connection was lost. Trying again …
console-chat-holder = Handler: { $name }
console-chat-no-holder = Nobody has taken the chat.
console-chat-case-link = Open the case (proposal, decision, referral)
console-chat-proposal = Triage proposal from the questions before the chat
console-chat-not-said = Not given
console-chat-priority = Priority
console-chat-primary = Primary recipient
console-chat-log = The conversation
console-chat-refresh = Refresh to see new messages
console-chat-message = Your answer
console-chat-send = Send
console-chat-transfer-to = Hand over to
console-chat-transfer = Hand over the chat
console-chat-end = End the chat
console-chat-block-hint = Only for threats or harassment: the chat ends and its address stops working. The case remains.
console-chat-block = End and block

console-chat-status-waiting = Waiting for a handler.
console-chat-status-active = In progress.
console-chat-ended-person = The person ended the chat.
console-chat-ended-staff = The chat has ended.
console-chat-ended-idle = The chat ended after a while without messages.
console-chat-ended-blocked = The chat has ended and is blocked.
console-chat-ended-left-message = The person left a message instead; the case stays in the queue.

console-chat-error-empty = Write something before you send.
console-chat-error-too-long = The message is too long (at most { $max } characters).
console-chat-error-rate-limited = Too many messages in a short time. Wait a moment.
console-chat-error-not-open = You do not hold this chat, or it has ended.
console-chat-error-failed = The message could not be sent.
console-chat-error-transfer = Choose a colleague who can take the chat; an ended chat cannot be handed over.
console-chat-ended-callback = The person asked to be called back instead; the callback is in the queue.
