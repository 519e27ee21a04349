/* Casus, what counts for the grade, in words for the learner (the rule is in scenario/rules/attempts.py):
 * in a graded casus the first finished attempt is the grade and in it each situation's first answer counts;
 * going back to answer again and later attempts are practice. Each function takes the learner state and
 * gives a sentence, or null when there is nothing to say. */
(function (global) {
  "use strict";
  if (global.WeerbaarScenarioGradeNotes) { return; }
  var Text = global.WeerbaarText;
  var gettext = Text.gettext, format = Text.format;

  function percent(value) { return format(gettext("{value}%"), { value: Math.round((value || 0) * 100) }); }

  function rule(state) {
    if (!state.scored) { return null; }
    return gettext("Your first finished attempt is your grade, and in it the first answer to each situation " +
      "counts. Going back to answer again, and any later attempt, is practice.");
  }

  function attempt(state) {
    if (!state.scored || state.status === "not_started") { return null; }
    return state.counts ? gettext("This attempt counts for your grade.")
      : gettext("Practice: this attempt does not change your grade.");
  }

  function kept(state) {
    if (state.kept === null || state.kept === undefined) { return null; }
    var text = state.status === "feedback"
      ? gettext("Practice answer: your first answer to this situation ({score}) stays in your grade.")
      : gettext("You answered this situation before. Your first answer ({score}) counts for your grade; " +
        "answering again is practice.");
    return format(text, { score: percent(state.kept) });
  }

  function grade(state, graded) {
    if (!graded || state.grade === null || state.grade === undefined) { return null; }
    var texts = {
      first: gettext("Your grade is your first finished attempt: {score}"),
      last: gettext("Your grade counts your last attempt: {score}"),
      best: gettext("Your grade counts your best attempt: {score}")
    };
    return format(texts[state.grade_rule] || texts.best, { score: percent(state.grade) });
  }

  function retry(state) {
    return state.scored && state.may_retry ? gettext("Another attempt is practice: it does not change your grade.")
      : null;
  }

  var notes = { rule: rule, attempt: attempt, kept: kept, grade: grade, retry: retry };
  global.WeerbaarScenarioGradeNotes = notes;
  if (typeof module === "object" && module.exports) { module.exports = notes; }
})(typeof window !== "undefined" ? window : globalThis);
