/* WeerbaarReflectionSaving: how a journal's entry reaches the server: the draft through WeerbaarAutosave
 * (a copy in this browser, backoff, a save on leaving the page, "load newer / keep mine" on a conflict)
 * and the submission, which waits for a draft save in flight and checks the limits first. */
(function (global) {
  "use strict";

  var text = global.WeerbaarText, dom = global.WeerbaarDom, gettext = text.gettext;
  var DRAFT_DELAY_MS = 2000;

  function setStatus(journal, message, isError) {
    var status = journal.root.querySelector("[data-save-status]");
    status.textContent = message;
    status.className = "wr-status" + (isError ? " wb-error" : "");
  }

  function savedStatus(journal, savedAt) {
    setStatus(journal, text.format(gettext("Draft saved {time}"), { time: dom.formatTime(savedAt) }));
  }

  /** The choice "load newer / keep mine" stands beside the answer being typed, or else above the buttons. */
  function placeConflict(journal, box) {
    var active = global.document.activeElement;
    var answer = active && journal.root.contains(active) && active.closest("[data-prompt]");
    if (answer) { answer.after(box); } else { journal.root.querySelector("[data-form-error]").before(box); }
  }

  function showConflict(journal, data, whenSubmitting) {
    var box = journal.root.querySelector("[data-conflict]");
    journal.serverVersion = data.version;
    box.querySelector("[data-conflict-text]").textContent = data.error;
    placeConflict(journal, box);
    box.hidden = false;
    setStatus(journal, whenSubmitting ? gettext("Not submitted.") : gettext("Not saved."), true);
  }

  function snapshot(journal) {
    return { entry: journal.state.entry, version: journal.state.version, answers: journal.prompts.answers() };
  }

  function createAutosave(journal) {
    return global.WeerbaarAutosave({
      storageKey: journal.state.storage_key,
      delay: DRAFT_DELAY_MS,
      snapshot: function () { return snapshot(journal); },
      send: function (draft, options) { return journal.server.call("save_draft", draft, options); },
      onSaved: function (data) {
        journal.state.version = data.version;
        journal.state.saved_at = data.saved_at;
        savedStatus(journal, data.saved_at);
        var fresh = journal.prompts.showPrivacy(data.privacy);
        if (fresh) { global.WeerbaarLiveRegion.announce(journal.root, fresh); }
      },
      onConflict: function (data) { showConflict(journal, data); },
      onError: function (data, retryInMs) {
        setStatus(journal, data.error + (retryInMs ? "" : " " + gettext("Your text is kept in this browser.")), true);
      }
    });
  }

  /** "Keep the text on this page": save it over the newer version. */
  function keepMine(journal) {
    journal.state.version = journal.serverVersion;
    journal.root.querySelector("[data-conflict]").hidden = true;
    journal.autosave.resume();
    journal.autosave.changed();
    journal.autosave.flush();
  }

  function submitted(journal, data) {
    var storageKey = journal.state.storage_key;
    journal.state = data.state;
    journal.state.storage_key = storageKey;
    journal.editing = false;
    journal.autosave.reset();
    journal.autosave.dropLocalCopy();
    setStatus(journal, "");  // "Submitted on ..." says it now; an older "Draft saved" would mislead
    var said = [gettext("Your entry has been submitted."), journal.render(true)].join(" ").trim();
    global.WeerbaarLiveRegion.announce(journal.root, said);
    journal.root.querySelector("[data-submitted]").focus();
  }

  function submit(journal, event) {
    event.preventDefault();
    var formError = journal.root.querySelector("[data-form-error]");
    var problems = journal.prompts.check(journal.state.max_chars);
    if (problems.count) {
      formError.textContent = text.format(text.ngettext("Please correct {count} problem.",
        "Please correct {count} problems.", problems.count), { count: problems.count });
      problems.first.focus();
      return;
    }
    formError.textContent = "";
    journal.autosave.pause();
    journal.autosave.idle().then(function () {
      return journal.server.call("submit", snapshot(journal));
    }).then(function (result) {
      if (result.ok) { journal.autosave.resume(); submitted(journal, result.data); return; }
      if (result.status === 409) { showConflict(journal, result.data, true); return; }  // paused until "keep mine"
      journal.autosave.resume();
      (result.data.problems || []).forEach(function (problem) {
        journal.prompts.setError((problem.field || "").replace("answers.", ""), problem.message);
      });
      formError.textContent = result.data.error;
    });
  }

  global.WeerbaarReflectionSaving = {
    createAutosave: createAutosave, submit: submit, keepMine: keepMine, setStatus: setStatus,
    savedStatus: savedStatus
  };
})(window);
