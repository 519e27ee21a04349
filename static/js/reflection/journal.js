/* WeerbaarReflection(runtime, element): the learner view of a Reflectiejournaal: starts from the server's
 * draft (or the newer copy in this browser), wires the buttons and draws the entry. The staff panel has its
 * own file (staff.js); saving is in saving.js, the answer boxes in prompts.js. */
var WeerbaarReflection = (function (global) {
  "use strict";

  var dom = global.WeerbaarDom, saving = global.WeerbaarReflectionSaving, gettext = global.WeerbaarText.gettext;

  function isLocked(journal) {
    var state = journal.state;
    return Boolean(state.status && state.status !== "draft" && !journal.editing);
  }

  /** Draws the entry (fromState: also its answers); returns the privacy warnings to announce. */
  function render(journal, fromState) {
    var state = journal.state, locked = isLocked(journal);
    var warning = fromState ? journal.prompts.showPrivacy(state.privacy) : "";
    journal.prompts.show(fromState ? state.answers : null, locked);
    var removedBox = journal.root.querySelector("[data-removed]");
    if (removedBox) { removedBox.hidden = !(state.removed || []).length; }  // kept answers belong to one entry
    var hasNew = global.WeerbaarReflectionEntries.render(journal.root, state, locked);
    if (hasNew && journal.markedReview !== state.newest_review) {
      journal.markedReview = state.newest_review;
      journal.server.call("mark_feedback_seen", { review_id: journal.markedReview });
    }
    return warning;
  }

  /** Unsaved text in this browser: taken back when it was written on the server's draft, offered when older. */
  function restore(journal) {
    var state = journal.state, local = journal.autosave.localCopy();
    var draft = local && local.snapshot;
    if (!(local && local.dirty && draft && draft.entry === state.entry && state.editable)) {
      if (local) { journal.autosave.dropLocalCopy(); }
      return false;
    }
    if (draft.version !== state.version) {
      journal.olderDraft = draft;  // kept: typing before the choice replaces the copy in the browser
      journal.root.querySelector("[data-restore]").hidden = false;
      return false;
    }
    state.answers = draft.answers;
    state.privacy = {};  // the warnings were for the server's text: the next save brings this text's
    journal.editing = Boolean(state.status && state.status !== "draft");
    return true;
  }

  function useLocal(journal) {
    var state = journal.state;
    state.answers = journal.olderDraft.answers;
    state.privacy = {};
    journal.editing = Boolean(state.status && state.status !== "draft");
    journal.render(true);
    journal.root.querySelector("[data-restore]").hidden = true;
    journal.prompts.focusFirst();  // the pressed button is gone: the text it brought back has the focus
    journal.autosave.changed();
    journal.autosave.flush();
  }

  /** "Keep the saved draft": the older text in this browser is let go (unless typed over since). */
  function dismissLocal(journal) {
    journal.olderDraft = null;
    if (!journal.autosave.isDirty()) { journal.autosave.dropLocalCopy(); }
    journal.root.querySelector("[data-restore]").hidden = true;
    journal.prompts.focusFirst();
  }

  function startNewEntry(journal) {
    var state = journal.state;
    state.history = (state.history || []).concat([{ number: state.entry, status: state.status,
      submitted_at: state.submitted_at, answers: state.answers, reviews: state.reviews }]);
    state.entry += 1;
    state.status = null;
    state.submitted_at = null;
    state.answers = {};
    state.removed = [];
    state.privacy = {};
    state.reviews = [];
    state.editable = true;
    state.can_start_new = false;
    journal.editing = false;
    journal.render(true);
    saving.setStatus(journal, "");
    journal.prompts.focusFirst();
  }

  function wire(journal) {
    var root = journal.root;
    function on(selector, handle) { root.querySelector(selector).addEventListener("click", handle); }
    journal.prompts.onInput(function () { journal.autosave.changed(); });
    root.querySelector("[data-form]").addEventListener("submit", function (event) { saving.submit(journal, event); });
    on("[data-edit]", function () { journal.editing = true; journal.render(false); journal.prompts.focusFirst(); });
    on("[data-new]", function () { startNewEntry(journal); });
    on("[data-load-newer]", function () { journal.autosave.dropLocalCopy(); global.location.reload(); });
    on("[data-keep-mine]", function () { saving.keepMine(journal); });
    on("[data-use-local]", function () { useLocal(journal); });
    on("[data-dismiss-local]", function () { dismissLocal(journal); });
  }

  function init(runtime, element) {
    var host = dom.rootOf(element);
    var staff = host.querySelector("[data-staff]");
    if (staff && global.WeerbaarReflectionStaff) { global.WeerbaarReflectionStaff(runtime, host, staff); }
    var root = host.querySelector("[data-reflection]");
    var state = root && dom.readJson(root, "[data-state]");
    if (!state) { return; }
    var journal = { root: root, state: state, server: global.WeerbaarServer(runtime, host), editing: false,
      markedReview: 0, serverVersion: null, olderDraft: null };
    journal.prompts = global.WeerbaarReflectionPrompts(root, state);
    global.WeerbaarPrivacy(journal.server, root);
    journal.autosave = saving.createAutosave(journal);
    journal.render = function (fromState) { return render(journal, fromState); };
    var restored = restore(journal);
    journal.render(true);
    if (restored) {
      journal.autosave.changed();
      saving.setStatus(journal, gettext("Unsaved text from this browser has been restored."));
    } else if (state.saved_at && !state.submitted_at) {
      saving.savedStatus(journal, state.saved_at);
    }
    wire(journal);
  }

  init.countWords = global.WeerbaarReflectionWords.count;
  return init;
})(window);
