// The live chat (public /{lang}/chat/{token} and the console's /console/chats/{id}).
// The page works without this script: post a message and the page comes back with the
// conversation. With it, messages travel over a same-origin WebSocket both ways. Every
// message carries its sequence number; after a lost connection the script reconnects
// with ?after=<last number seen> and gets exactly what it missed. When the chat ends,
// or after the idle time, the transcript is removed from the page and the chat's address
// from the browser history, so the device keeps no trace (it stays readable with the
// receipt code).
(function () {
  'use strict';
  var root = document.getElementById('chat');
  if (!root || !root.getAttribute('data-ws') || !window.WebSocket || !window.JSON) return;
  var log = document.getElementById('chat-log');
  var statusLine = document.getElementById('chat-status');
  var form = document.getElementById('chat-form');
  var box = document.getElementById('i-message');
  var errorLine = document.getElementById('message-error');
  var side = root.getAttribute('data-side');
  var home = root.getAttribute('data-home');
  var idleMs = parseInt(root.getAttribute('data-idle-ms') || '0', 10);
  var last = parseInt(root.getAttribute('data-after') || '0', 10);
  var status = root.getAttribute('data-status');
  var socket = null;
  var pending = '';
  var retryMs = 1000;
  var idleTimer = null;
  var over = false;

  function forgetAddress() {
    if (side === 'person' && home && window.history && window.history.replaceState) {
      window.history.replaceState(null, '', home);
    }
  }

  function clearTranscript(text) {
    over = true;
    if (log) log.replaceChildren();
    var help = root.querySelector('.chat-help');
    if (help) help.remove();
    var callback = document.getElementById('chat-callback');
    if (callback) callback.remove();
    if (form) form.remove();
    var forms = root.querySelectorAll('form[action$="/end"]');
    for (var i = 0; i < forms.length; i += 1) forms[i].remove();
    if (statusLine && text) statusLine.textContent = text;
    forgetAddress();
    if (socket) socket.close();
  }

  if (status === 'ended') {
    forgetAddress();
    return;
  }

  function resetIdle() {
    if (side !== 'person' || !idleMs) return;
    if (idleTimer) window.clearTimeout(idleTimer);
    // The server ends an idle chat; this covers a device that lost the connection.
    idleTimer = window.setTimeout(function () {
      if (status === 'active') clearTranscript(root.getAttribute('data-cleared'));
    }, idleMs + 60000);
  }

  function showError(text) {
    if (!errorLine) return;
    errorLine.textContent = text || '';
    errorLine.hidden = !text;
    if (box) {
      if (text) box.setAttribute('aria-invalid', 'true');
      else box.removeAttribute('aria-invalid');
    }
  }

  function append(frame) {
    if (frame.seq <= last || !log) return;
    last = frame.seq;
    var own = (side === 'person') === (frame.author === 'person');
    var item = document.createElement('li');
    item.className = own ? 'own' : 'reply';
    item.setAttribute('data-seq', String(frame.seq));
    var meta = document.createElement('p');
    meta.className = 'hint';
    meta.textContent = (own ? root.getAttribute('data-you') : root.getAttribute('data-them')) + ' · ';
    var time = document.createElement('time');
    time.textContent = frame.at;
    meta.appendChild(time);
    var text = document.createElement('p');
    text.textContent = frame.text;
    item.appendChild(meta);
    item.appendChild(text);
    log.appendChild(item);
    resetIdle();
  }

  function onStatus(frame) {
    status = frame.status;
    if (statusLine) statusLine.textContent = frame.text;
    if (frame.status === 'active') {
      var help = root.querySelector('.chat-help');
      if (help) help.hidden = true;
      var leave = root.querySelector('[formaction$="/leave"]');
      if (leave) leave.hidden = true;
      // Answered: being called back instead is no longer on offer.
      var callback = document.getElementById('chat-callback');
      if (callback) callback.hidden = true;
      resetIdle();
    }
    if (frame.status === 'ended') {
      if (side === 'person') clearTranscript(frame.text);
      else {
        over = true;
        if (form) form.remove();
      }
    }
  }

  function connect() {
    var scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
    socket = new WebSocket(scheme + '//' + window.location.host + root.getAttribute('data-ws') + '?after=' + last);
    socket.onopen = function () {
      retryMs = 1000;
    };
    socket.onmessage = function (event) {
      var frame;
      try {
        frame = JSON.parse(event.data);
      } catch (e) {
        return;
      }
      if (frame.type === 'message') {
        append(frame);
        if (frame.author === (side === 'person' ? 'person' : 'staff')) pending = '';
      } else if (frame.type === 'status') {
        onStatus(frame);
      } else if (frame.type === 'error') {
        // Nothing typed is lost: the refused text goes back into the box.
        if (box && pending && !box.value) box.value = pending;
        pending = '';
        showError(frame.message);
        if (box) box.focus();
      }
    };
    socket.onclose = function () {
      socket = null;
      if (over) return;
      if (statusLine && root.getAttribute('data-offline')) statusLine.textContent = root.getAttribute('data-offline');
      window.setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, 30000);
    };
  }

  if (form && box) {
    form.addEventListener('submit', function (event) {
      var submitter = event.submitter;
      if (submitter && submitter.id !== 'chat-send') return; // "leave a message instead" posts
      if (!socket || socket.readyState !== WebSocket.OPEN || !box.value.trim()) return;
      event.preventDefault();
      pending = box.value;
      socket.send(JSON.stringify({ type: 'send', text: box.value }));
      box.value = '';
      showError('');
    });
    box.addEventListener('input', resetIdle);
  }
  resetIdle();
  connect();
})();
