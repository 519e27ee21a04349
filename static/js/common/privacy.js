/* WeerbaarPrivacy(server, root): while a learner types in a text field of a learner view, what looks like a
 * client's personal details is listed below the field: a short explanation and a button that puts a placeholder
 * ("[BSN]") in its place. The server finds them (privacy_scan, core/rules/privacy.py), so the list and the
 * server's refusal follow one rule. After a pause in typing, only the fields that changed are sent, capped. */
(function (global) {
  "use strict";

  var CAP = 20000, PAUSE = 700, FIELDS = "textarea, input[type=text]";

  function listOf(guard, field) {
    if (!field.wbPrivacy) {
      guard.count += 1;
      var list = global.WeerbaarDom.create("ul", { className: "wb-privacy", id: guard.prefix + guard.count,
        "data-privacy-findings": true, hidden: true });
      field.insertAdjacentElement("afterend", list);
      var described = field.getAttribute("aria-describedby");
      field.setAttribute("aria-describedby", (described ? described + " " : "") + list.id);
      field.wbPrivacy = { list: list, scanned: null };
    }
    return field.wbPrivacy;
  }

  function replace(field, text, finding) {
    if (field.value !== text) { return; }  // typed on since the scan: a new one is on its way
    field.value = text.slice(0, finding.start) + finding.placeholder + text.slice(finding.end);
    field.focus();
    field.dispatchEvent(new global.Event("input", { bubbles: true }));
  }

  function show(field, text, findings) {
    var list = field.wbPrivacy.list, create = global.WeerbaarDom.create;
    list.textContent = "";
    (findings || []).forEach(function (finding) {
      list.appendChild(create("li", {}, [finding.explanation + " ", create("button", {
        type: "button", className: "wb-button wb-secondary", text: finding.replace,
        onclick: function () { replace(field, text, finding); } })]));
    });
    list.hidden = !list.firstChild;
  }

  function scan(guard) {
    var texts = {}, fields = {}, any = false;
    guard.root.querySelectorAll(FIELDS).forEach(function (field) {
      var state = listOf(guard, field), text = field.value.slice(0, CAP);
      if (text === state.scanned) { return; }
      state.scanned = text;
      texts[state.list.id] = text;
      fields[state.list.id] = field;
      any = true;
    });
    if (!any) { return; }
    guard.server.call("privacy_scan", { texts: texts }).then(function (result) {
      Object.keys(fields).forEach(function (key) {
        var field = fields[key];
        if (!result.ok) { field.wbPrivacy.scanned = null; return; }
        if (field.value.slice(0, CAP) === texts[key]) { show(field, texts[key], result.data.findings[key]); }
      });
    });
  }

  function WeerbaarPrivacy(server, root) {
    var guard = { server: server, root: root, count: 0, timer: null,
      prefix: "wbp" + Math.random().toString(36).slice(2, 8) + "-" };
    function later() {
      global.clearTimeout(guard.timer);
      guard.timer = global.setTimeout(function () { scan(guard); }, PAUSE);
    }
    root.addEventListener("input", function (event) { if (event.target.matches(FIELDS)) { later(); } });
    later();  // text that is already there (a draft, a restored copy) is checked too
    return { scan: function () { scan(guard); } };
  }

  global.WeerbaarPrivacy = WeerbaarPrivacy;
  if (typeof module !== "undefined" && module.exports) { module.exports = WeerbaarPrivacy; }
})(typeof window !== "undefined" ? window : globalThis);
