/* WeerbaarServer(runtime, element): every server call of a view. call() POSTs JSON with the CSRF token and
 * resolves to {ok, status, data}; it never rejects (no connection → status 0 with a translated error). */
(function (global) {
  "use strict";

  function gettext(msgid) { return global.WeerbaarText.gettext(msgid); }

  function csrfToken() {
    var cookie = global.document.cookie;
    var pairs = cookie ? cookie.split(";") : [];
    for (var i = 0; i < pairs.length; i += 1) {
      var pair = pairs[i].trim();
      if (pair.indexOf("csrftoken=") === 0) { return decodeURIComponent(pair.slice(10)); }
    }
    return "";
  }

  function answer(response) {
    return response.json().catch(function () { return {}; }).then(function (data) {
      if (!response.ok && !data.error) {
        data.error = gettext("The server could not handle the request. Please try again.");
      }
      return { ok: response.ok, status: response.status, data: data };
    });
  }

  function noConnection() {
    return {
      ok: false, status: 0,
      data: { error: gettext("No connection to the server. Your work is kept in this browser; we will try again.") }
    };
  }

  function WeerbaarServer(runtime, element) {
    var host = global.WeerbaarDom ? global.WeerbaarDom.rootOf(element) : element;

    function url(handler) { return runtime.handlerUrl(host, handler); }

    /** options.keepalive: let the request outlive the page (saving on pagehide). */
    function call(handler, payload, options) {
      return global.fetch(url(handler), {
        method: "POST",
        credentials: "same-origin",
        keepalive: Boolean(options && options.keepalive),
        headers: {
          "Content-Type": "application/json", "X-CSRFToken": csrfToken(), "X-Requested-With": "XMLHttpRequest"
        },
        body: JSON.stringify(payload || {})
      }).then(answer, noConnection);
    }

    return { call: call, url: url };
  }

  global.WeerbaarServer = WeerbaarServer;
  if (typeof module !== "undefined" && module.exports) { module.exports = WeerbaarServer; }
})(typeof window !== "undefined" ? window : globalThis);
