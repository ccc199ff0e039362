// The live queue (console, /console/): listens to /console/events and, when the queue
// changes, reads the queue page again (with the same filters) and swaps the list and
// its counts in place. Events carry only what changed and which case; what is shown
// always comes from the page itself. Focus is never moved: when it is on a row that
// the new list no longer has, the swap waits until focus leaves the list. Without this
// script the page works the same with a reload.
(function () {
  'use strict';
  var results = document.getElementById('queue-results');
  var announcer = document.getElementById('queue-announce');
  var liveState = document.getElementById('queue-live-state');
  if (!results || !announcer || !window.EventSource || !window.fetch || !window.DOMParser) {
    return;
  }
  var DELAY_MS = 700;
  var timer = null;
  var loading = false;
  var again = false;
  var waitForFocus = false;
  var stopped = false;

  function say(text) {
    // Cleared first, so that the same words are announced again on the next change.
    announcer.textContent = '';
    window.setTimeout(function () {
      announcer.textContent = text;
    }, 100);
  }

  function stop() {
    if (stopped) return;
    stopped = true;
    source.close();
    if (liveState) liveState.hidden = true;
    say(announcer.getAttribute('data-stopped') || '');
  }

  function caseLink(root, id) {
    var links = root.querySelectorAll('[data-case]');
    for (var i = 0; i < links.length; i += 1) {
      if (links[i].getAttribute('data-case') === id) return links[i];
    }
    return null;
  }

  function swap(fresh) {
    var active = document.activeElement;
    var focused = active && results.contains(active) ? active.getAttribute('data-case') : null;
    if (active && results.contains(active) && (!focused || !caseLink(fresh, focused))) {
      waitForFocus = true;
      return;
    }
    if (fresh.innerHTML === results.innerHTML) return;
    var nodes = [];
    for (var i = 0; i < fresh.childNodes.length; i += 1) {
      nodes.push(document.importNode(fresh.childNodes[i], true));
    }
    results.replaceChildren.apply(results, nodes);
    if (focused) {
      var link = caseLink(results, focused);
      if (link) link.focus({ preventScroll: true });
    }
    var count = document.getElementById('queue-count');
    say((announcer.getAttribute('data-updated') || '') + (count ? ' ' + count.textContent : ''));
  }

  function refresh() {
    if (stopped) return;
    if (document.hidden) {
      again = true;
      return;
    }
    if (loading) {
      again = true;
      return;
    }
    loading = true;
    fetch(window.location.pathname + window.location.search, {
      credentials: 'same-origin',
      cache: 'no-store',
      // Not the user's doing: the session's idle time keeps running (auth::session).
      headers: { Accept: 'text/html', 'X-Background-Refresh': '1' }
    })
      .then(function (response) {
        if (!response.ok) throw new Error('queue answered ' + response.status);
        return response.text();
      })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('queue-results');
        // No list in the answer: the session ended (the sign-in page came back).
        if (!fresh) {
          stop();
          return;
        }
        swap(fresh);
      })
      .catch(function () {
        // A network hiccup: the next event (or a reload) brings the list up to date.
      })
      .then(function () {
        loading = false;
        if (again) {
          again = false;
          schedule();
        }
      });
  }

  function schedule() {
    if (timer !== null) window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      timer = null;
      refresh();
    }, DELAY_MS);
  }

  var source = new EventSource('/console/events');
  source.addEventListener('open', function () {
    if (liveState && !stopped) liveState.hidden = false;
  });
  source.addEventListener('error', function () {
    // CONNECTING: the browser retries by itself. CLOSED: it was refused (signed out).
    if (source.readyState === EventSource.CLOSED) stop();
  });
  ['added', 'updated', 'assigned', 'closed', 'reload'].forEach(function (name) {
    source.addEventListener(name, schedule);
  });
  results.addEventListener('focusout', function (event) {
    if (waitForFocus && !results.contains(event.relatedTarget)) {
      waitForFocus = false;
      schedule();
    }
  });
  document.addEventListener('visibilitychange', function () {
    if (!document.hidden && again && !loading) {
      again = false;
      schedule();
    }
  });
  window.addEventListener('pagehide', function () {
    source.close();
  });
})();
