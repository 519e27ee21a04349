/* WeerbaarReflectionEntries: the parts of the learner view drawn from the server's state: the entry's
 * heading, submission and buttons, the instructor's feedback and (journal mode) the earlier entries. */
(function (global) {
  "use strict";

  var text = global.WeerbaarText, dom = global.WeerbaarDom, gettext = text.gettext, create = dom.create;

  function pointsText(score) {
    var points = text.format(text.ngettext("{count} point", "{count} points", score.points), { count: score.points });
    return score.criterion_label + ": " + score.level_label + " (" + points + ")";
  }

  function reviewView(review, feedbackSeen) {
    var isNew = review.review_id > feedbackSeen;
    var badge = isNew ? [" ", create("span", { className: "wr-new", text: gettext("new") })] : [];
    var byline = [review.reviewer_name, dom.formatDate(review.created_at)].filter(Boolean).join(" · ");
    var box = create("div", { className: "wr-review" }, [
      create("h4", { text: gettext("Feedback from your instructor") }, badge),
      create("p", { className: "wb-muted", text: byline }),
      create("p", { className: "wb-user-text", text: review.feedback })
    ]);
    if (review.points !== null && review.points !== undefined) {
      var score = text.format(gettext("Score: {points} of {max}"), { points: review.points, max: review.max_points });
      box.appendChild(create("p", { className: "wr-score", text: score }));
    }
    if (review.scores && review.scores.length) {
      box.appendChild(create("ul", {}, review.scores.map(function (item) {
        return create("li", { text: pointsText(item) });
      })));
    }
    return box;
  }

  function historyView(entry, state) {
    var title = text.format(gettext("Entry {number}"), { number: entry.number }) + " · " +
      text.format(gettext("submitted on {date}"), { date: dom.formatDate(entry.submitted_at) });
    var parts = [create("summary", { text: title })];
    state.prompts.forEach(function (prompt) {
      parts.push(create("p", { className: "wr-question", text: prompt.question }));
      parts.push(create("p", { className: "wb-user-text", text: (entry.answers || {})[prompt.id] || "" }));
    });
    var reviews = entry.reviews || [];
    reviews.forEach(function (review) { parts.push(reviewView(review, state.feedback_seen)); });
    var hasNew = reviews.some(function (review) { return review.review_id > state.feedback_seen; });
    return create("li", {}, [create("details", { open: hasNew }, parts)]);
  }

  function renderHeading(root, state) {
    root.querySelector("[data-entry-heading]").textContent = state.journal
      ? text.format(gettext("Entry {number}"), { number: state.entry }) : gettext("Your reflection");
    var submitted = root.querySelector("[data-submitted]");
    submitted.hidden = !state.submitted_at;
    submitted.tabIndex = -1;
    submitted.textContent = state.submitted_at
      ? text.format(gettext("Submitted on {date}"), { date: dom.formatDate(state.submitted_at) }) : "";
  }

  function renderButtons(root, state, isLocked) {
    var submit = root.querySelector("[data-submit]");
    submit.hidden = isLocked;
    submit.textContent = state.status && state.status !== "draft" ? gettext("Submit changes") : gettext("Submit");
    root.querySelector("[data-edit]").hidden = !(isLocked && state.editable);
    root.querySelector("[data-new]").hidden = !(isLocked && state.can_start_new);
    root.querySelector("[data-after-note]").hidden = isLocked;
    root.querySelector("[data-form]").classList.toggle("wr-locked", isLocked);
  }

  function renderFeedback(root, state) {
    var feedback = root.querySelector("[data-feedback]");
    feedback.textContent = "";
    (state.reviews || []).forEach(function (review) { feedback.appendChild(reviewView(review, state.feedback_seen)); });
    var history = root.querySelector("[data-history]");
    history.textContent = "";
    if (state.history && state.history.length) {
      history.appendChild(create("h3", { text: gettext("Earlier entries") }));
      var items = state.history.slice().reverse().map(function (entry) { return historyView(entry, state); });
      history.appendChild(create("ul", { className: "wr-history" }, items));
    }
    var hasNew = state.newest_review > state.feedback_seen;
    root.querySelector("[data-notice]").hidden = !hasNew;
    return hasNew;
  }

  /** Everything drawn from the state; returns whether there is feedback the learner has not seen. */
  function render(root, state, isLocked) {
    renderHeading(root, state);
    renderButtons(root, state, isLocked);
    return renderFeedback(root, state);
  }

  global.WeerbaarReflectionEntries = { render: render };
})(window);
