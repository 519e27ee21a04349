/* Reflectiejournaal, learner view: live word counts, autosave with a copy in the browser, submission,
 * feedback and (journal mode) earlier entries. The staff panel has its own file (reflection_staff.js). */
var WeerbaarReflection = (function () {
  "use strict";
  var C = window.WeerbaarCommon, gettext = C.t, ngettext = C.nt, fmt = C.fmt, el = C.el;
  var DELAY = 2000;
  var WORD = new RegExp("^[\\p{L}\\p{N}]$", "u"), MARK = new RegExp("^\\p{M}$", "u");
  var DIGIT = new RegExp("^\\p{Nd}$", "u"), BLANK = new RegExp("^[\\s\\p{Cf}\\p{Cc}\\p{Zs}]*$", "u");
  var JOINERS = "'\u2019\u02bc-\u2010\u2011\u200c\u200d";
  var IDEOGRAPHS = [[0x3040, 0x30ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff], [0x20000, 0x3ffff]];

  /* The word rule of weerbaarxblock/domain/reflection_words.py, character for character. */
  function kind(ch) {
    var code = ch.codePointAt(0);
    for (var i = 0; i < IDEOGRAPHS.length; i += 1) {
      if (code >= IDEOGRAPHS[i][0] && code <= IDEOGRAPHS[i][1]) { return "i"; }
    }
    return WORD.test(ch) ? "w" : (MARK.test(ch) ? "m" : "s");
  }

  function joins(chars, i) {
    if (i + 1 >= chars.length || kind(chars[i + 1]) !== "w") { return false; }
    if (JOINERS.indexOf(chars[i]) >= 0) { return true; }
    return (chars[i] === "." || chars[i] === ",") && DIGIT.test(chars[i - 1]) && DIGIT.test(chars[i + 1]);
  }

  function countWords(text) {
    var chars = Array.from(text), count = 0, inWord = false;
    for (var i = 0; i < chars.length; i += 1) {
      var k = kind(chars[i]);
      if (k === "i") { count += 1; inWord = false; }
      else if (k === "w") { if (!inWord) { count += 1; inWord = true; } }
      else if (k === "m") { continue; }
      else if (!(inWord && joins(chars, i))) { inWord = false; }
    }
    return count;
  }

  function init(runtime, element) {
    var host = element.jquery ? element[0] : element;
    var staff = host.querySelector("[data-staff]");
    if (staff && window.WeerbaarReflectionStaff) { window.WeerbaarReflectionStaff(runtime, host, staff); }
    var root = host.querySelector("[data-reflection]");
    var S = root && C.readJson(root, "[data-state]");
    if (!S) { return; }
    var form = root.querySelector("[data-form]");
    function q(selector) { return root.querySelector(selector); }
    var status = q("[data-save-status]"), formError = q("[data-form-error]");
    var areas = {}, over = {}, warned = {};
    S.prompts.forEach(function (p) { areas[p.id] = form.querySelector("textarea[name=\"" + p.id + "\"]"); });
    var marked = 0, timer = null, dirty = false, conflict = false, editing = false, queue = Promise.resolve(), retry = 5000;

    function answers() {
      var result = {};
      S.prompts.forEach(function (p) { result[p.id] = areas[p.id].value; });
      return result;
    }
    function locked() { return Boolean(S.status && S.status !== "draft" && !editing); }

    /* ---- the copy in the browser ---- */
    function readLocal() {
      try { return JSON.parse(window.localStorage.getItem(S.storage_key) || "null"); } catch (e) { return null; }
    }
    function writeLocal() {
      try {
        window.localStorage.setItem(S.storage_key, JSON.stringify({ entry: S.entry, base: S.version, answers: answers(), dirty: dirty }));
      } catch (e) { /* private mode or full storage: the server copy still counts */ }
    }
    function dropLocal() { try { window.localStorage.removeItem(S.storage_key); } catch (e) { /* nothing stored */ } }

    /* ---- word counts and limits ---- */
    function check(p, text) {
      var words = countWords(text), chars = Array.from(text).length;
      if (chars > S.max_chars) { return fmt(gettext("This answer is {count} characters long; at most {limit} are allowed."), { count: chars, limit: S.max_chars }); }
      if (BLANK.test(text)) { return p.required ? gettext("This question needs an answer.") : ""; }
      if (p.min && words < p.min) { return fmt(gettext("This answer has {count} words; write at least {limit}."), { count: words, limit: p.min }); }
      if (p.max && words > p.max) { return fmt(gettext("This answer has {count} words; at most {limit} are allowed."), { count: words, limit: p.max }); }
      return "";
    }
    function updateCount(p) {
      var text = areas[p.id].value, words = countWords(text), box = root.querySelector("[data-prompt=\"" + p.id + "\"] [data-count]");
      var label = fmt(ngettext("{count} word", "{count} words", words), { count: words });
      var isOver = Boolean(p.max && words > p.max);
      if (isOver) { label += " · " + fmt(gettext("{over} over the maximum"), { over: words - p.max }); }
      else if (p.min && words && words < p.min) { label += " · " + fmt(gettext("{left} more needed"), { left: p.min - words }); }
      box.textContent = label;
      box.className = "wr-count" + (isOver ? " wr-over" : "");
      if (isOver && !over[p.id]) { C.announce(root, gettext("This answer is now over the maximum number of words.")); }
      over[p.id] = isOver;
    }
    function setError(id, message) {
      var box = root.querySelector("[data-prompt=\"" + id + "\"] [data-error]");
      if (box) { box.textContent = message; }
      if (areas[id]) { areas[id].setAttribute("aria-invalid", message ? "true" : "false"); }
    }
    /* The server's privacy warnings ({id: {kinds, warning}}); returns the ones not shown before, to announce once. */
    function showPrivacy(found) {
      var fresh = [];
      S.prompts.forEach(function (p) {
        var text = ((found || {})[p.id] || {}).warning || "", box = root.querySelector("[data-prompt=\"" + p.id + "\"] [data-privacy]");
        box.textContent = text;
        box.hidden = !text;
        if (text && text !== warned[p.id]) { fresh.push(text); }
        warned[p.id] = text;
      });
      return fresh.join(" ");
    }

    /* ---- saving ---- */
    function setStatus(text, isError) {
      status.textContent = text;
      status.className = "wr-status" + (isError ? " wb-error" : "");
    }
    function enqueue(task) { queue = queue.then(task, task); return queue; }
    function save(keepalive) {
      window.clearTimeout(timer);
      return enqueue(function () {
        if (!dirty || conflict || locked()) { return null; }
        var sent = answers();
        return C.post(runtime, host, "save_draft", { entry: S.entry, version: S.version, answers: sent }, { keepalive: keepalive }).then(function (r) {
          if (r.ok) {
            S.version = r.data.version;
            S.saved_at = r.data.saved_at;
            retry = 5000;
            dirty = JSON.stringify(sent) !== JSON.stringify(answers());
            writeLocal();
            setStatus(fmt(gettext("Draft saved {time}"), { time: C.formatTime(r.data.saved_at) }));
            var fresh = showPrivacy(r.data.privacy);
            if (fresh) { C.announce(root, fresh); }
          } else if (r.status === 409) {
            showConflict(r.data);
          } else {
            var again = r.status === 0 || r.status >= 500;
            setStatus(r.data.error + (again ? "" : " " + gettext("Your text is kept in this browser.")), true);
            if (again) { timer = window.setTimeout(save, retry); retry = Math.min(retry * 2, 60000); }
          }
        });
      });
    }
    function onInput(p) {
      dirty = true;
      writeLocal();
      updateCount(p);
      setError(p.id, "");
      window.clearTimeout(timer);
      timer = window.setTimeout(save, DELAY);
    }
    function showConflict(data) {
      conflict = true;
      S.server_version = data.version;
      q("[data-conflict-text]").textContent = data.error;
      q("[data-conflict]").hidden = false;
      setStatus(gettext("Not saved."), true);
    }

    /* ---- submitting ---- */
    function submit(event) {
      event.preventDefault();
      var problems = 0, first = null;
      S.prompts.forEach(function (p) {
        var message = check(p, areas[p.id].value);
        setError(p.id, message);
        if (message) { problems += 1; first = first || areas[p.id]; }
      });
      if (problems) {
        formError.textContent = fmt(ngettext("Please correct {count} problem.", "Please correct {count} problems.", problems), { count: problems });
        first.focus();
        return;
      }
      formError.textContent = "";
      window.clearTimeout(timer);
      enqueue(function () {
        return C.post(runtime, host, "submit", { entry: S.entry, version: S.version, answers: answers() }).then(function (r) {
          if (r.ok) {
            var key = S.storage_key;
            S = r.data.state;
            S.storage_key = key;
            dirty = false;
            editing = false;
            dropLocal();
            C.announce(root, [gettext("Your entry has been submitted."), render(true)].join(" ").trim());
            q("[data-submitted]").focus();
          } else if (r.status === 409) {
            showConflict(r.data);
          } else {
            (r.data.problems || []).forEach(function (pr) { setError((pr.field || "").replace("answers.", ""), pr.message); });
            formError.textContent = r.data.error;
          }
        });
      });
    }

    /* ---- showing entries and feedback ---- */
    function reviewView(review) {
      var isNew = review.review_id > S.feedback_seen;
      var heading = el("h4", { text: gettext("Feedback from your instructor") }, isNew ? [" ", el("span", { className: "wr-new", text: gettext("new") })] : []);
      var box = el("div", { className: "wr-review" }, [
        heading,
        el("p", { className: "wb-muted", text: [review.reviewer_name, C.formatDate(review.created_at)].filter(Boolean).join(" · ") }),
        el("p", { className: "wb-user-text", text: review.feedback })
      ]);
      if (review.points !== null && review.points !== undefined) {
        box.appendChild(el("p", { className: "wr-score", text: fmt(gettext("Score: {points} of {max}"), { points: review.points, max: review.max_points }) }));
      }
      if (review.scores && review.scores.length) {
        box.appendChild(el("ul", {}, review.scores.map(function (s) {
          return el("li", { text: s.criterion_label + ": " + s.level_label + " (" + fmt(ngettext("{count} point", "{count} points", s.points), { count: s.points }) + ")" });
        })));
      }
      return box;
    }
    function historyView(entry) {
      var parts = [el("summary", { text: fmt(gettext("Entry {number}"), { number: entry.number }) + " · " + fmt(gettext("submitted on {date}"), { date: C.formatDate(entry.submitted_at) }) })];
      S.prompts.forEach(function (p) {
        parts.push(el("p", { className: "wr-question", text: p.question }));
        parts.push(el("p", { className: "wb-user-text", text: (entry.answers || {})[p.id] || "" }));
      });
      (entry.reviews || []).forEach(function (review) { parts.push(reviewView(review)); });
      return el("li", {}, [el("details", { open: (entry.reviews || []).some(function (r) { return r.review_id > S.feedback_seen; }) }, parts)]);
    }
    function render(fromState) {
      var isLocked = locked(), warning = fromState ? showPrivacy(S.privacy) : "";
      S.prompts.forEach(function (p) {
        if (fromState) { areas[p.id].value = S.answers[p.id] || ""; }
        areas[p.id].readOnly = isLocked;
        updateCount(p);
      });
      form.classList.toggle("wr-locked", isLocked);
      q("[data-entry-heading]").textContent = S.journal ? fmt(gettext("Entry {number}"), { number: S.entry }) : gettext("Your reflection");
      var submitted = q("[data-submitted]");
      submitted.hidden = !S.submitted_at;
      submitted.tabIndex = -1;
      submitted.textContent = S.submitted_at ? fmt(gettext("Submitted on {date}"), { date: C.formatDate(S.submitted_at) }) : "";
      q("[data-submit]").hidden = isLocked;
      q("[data-submit]").textContent = S.status && S.status !== "draft" ? gettext("Submit changes") : gettext("Submit");
      q("[data-edit]").hidden = !(isLocked && S.editable);
      q("[data-new]").hidden = !(isLocked && S.can_start_new);
      q("[data-after-note]").hidden = isLocked;
      var feedback = q("[data-feedback]");
      feedback.textContent = "";
      (S.reviews || []).forEach(function (review) { feedback.appendChild(reviewView(review)); });
      var history = root.querySelector("[data-history]");
      history.textContent = "";
      if (S.history && S.history.length) {
        history.appendChild(el("h3", { text: gettext("Earlier entries") }));
        history.appendChild(el("ul", { className: "wr-history" }, S.history.slice().reverse().map(historyView)));
      }
      var fresh = S.newest_review > S.feedback_seen;
      q("[data-notice]").hidden = !fresh;
      if (fresh && marked !== S.newest_review) {
        marked = S.newest_review;
        C.post(runtime, host, "mark_feedback_seen", { review_id: marked });
      }
      return warning;
    }

    /* ---- start: the server's draft, or the newer copy in this browser ---- */
    var local = readLocal();
    if (local && local.dirty && local.entry === S.entry && S.editable) {
      if (local.base === S.version) {
        S.answers = local.answers;
        S.privacy = {};  /* the warnings were for the server's text: the next save brings this text's */
        dirty = true;
        editing = Boolean(S.status && S.status !== "draft");
        timer = window.setTimeout(save, DELAY);
        setStatus(gettext("Unsaved text from this browser has been restored."));
      } else {
        q("[data-restore]").hidden = false;
      }
    } else if (local) {
      dropLocal();
    }
    render(true);
    if (S.saved_at && !dirty && !S.submitted_at) { setStatus(fmt(gettext("Draft saved {time}"), { time: C.formatTime(S.saved_at) })); }

    S.prompts.forEach(function (p) { areas[p.id].addEventListener("input", function () { onInput(p); }); });
    form.addEventListener("submit", submit);
    q("[data-edit]").addEventListener("click", function () { editing = true; render(false); areas[S.prompts[0].id].focus(); });
    q("[data-new]").addEventListener("click", function () {
      S.history = (S.history || []).concat([{ number: S.entry, status: S.status, submitted_at: S.submitted_at, answers: S.answers, reviews: S.reviews }]);
      S.entry += 1;
      S.status = null;
      S.submitted_at = null;
      S.answers = {};
      S.privacy = {};
      S.reviews = [];
      S.editable = true;
      S.can_start_new = false;
      editing = false;
      render(true);
      setStatus("");
      areas[S.prompts[0].id].focus();
    });
    q("[data-load-newer]").addEventListener("click", function () { dropLocal(); window.location.reload(); });
    q("[data-keep-mine]").addEventListener("click", function () {
      conflict = false;
      S.version = S.server_version;
      q("[data-conflict]").hidden = true;
      dirty = true;
      save(false);
    });
    q("[data-use-local]").addEventListener("click", function () {
      S.answers = local.answers;
      S.privacy = {};
      editing = Boolean(S.status && S.status !== "draft");
      render(true);
      q("[data-restore]").hidden = true;
      dirty = true;
      save(false);
    });
    window.addEventListener("pagehide", function () { if (dirty) { save(true); } });
    document.addEventListener("visibilitychange", function () { if (document.visibilityState === "hidden" && dirty) { save(true); } });
  }

  init.countWords = countWords;
  return init;
})();
