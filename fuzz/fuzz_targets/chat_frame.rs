//! Text frames from a chat's WebSocket (`/{lang}/chat/{token}/ws`, staff's too).
//! A frame that parses is a `send` whose text survives being written as a frame again.
#![no_main]

use kontaktpunkt::chat::protocol::ClientFrame;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let Some(ClientFrame::Send { text: message }) = ClientFrame::parse(text) else {
        return;
    };
    let again = serde_json::json!({ "type": "send", "text": message }).to_string();
    assert_eq!(
        ClientFrame::parse(&again),
        Some(ClientFrame::Send { text: message })
    );
});
