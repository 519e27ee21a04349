/* Reflectiejournaal, course staff only: the review form of one entry (feedback, and a score by rubric or in
 * points when the activity is scored). Used by staff.js as WeerbaarReflectionReview.form(options). */
(function (global) {
  "use strict";
  var Text = global.WeerbaarText, gettext = Text.gettext, ngettext = Text.ngettext, format = Text.format;
  var create = global.WeerbaarDom.create;

  function points(count) { return format(ngettext("{count} point", "{count} points", count), { count: count }); }

  function criterionBox(criterion, prefix, previous) {
    var scored = previous && previous.scores.filter(function (score) { return score.criterion === criterion.id; })[0];
    var chosen = scored ? scored.level : null, errorId = prefix + "-" + criterion.id + "-error";
    var box = create("fieldset", { className: "wr-criterion", "aria-describedby": errorId },
      [create("legend", { text: criterion.label })]);
    criterion.levels.forEach(function (level) {
      var id = prefix + "-" + criterion.id + "-" + level.id;
      box.appendChild(create("div", { className: "wr-level" }, [
        create("input", { type: "radio", id: id, name: prefix + "-" + criterion.id, value: level.id,
          checked: chosen === level.id, "data-criterion": criterion.id }),
        create("label", { "for": id, text: level.label + " (" + points(level.points) + ")" })
      ]));
    });
    box.appendChild(create("p", { className: "wb-error", id: errorId, "data-error-for": "levels." + criterion.id }));
    return box;
  }

  function pointsField(settings, prefix, previous) {
    var id = prefix + "-points";
    return create("div", { className: "wb-field" }, [
      create("label", { "for": id, text: format(gettext("Score (0 to {max})"), { max: settings.max_points }) }),
      create("input", { type: "number", id: id, name: "points", min: "0", max: String(settings.max_points),
        step: "any", value: previous && previous.points !== null ? String(previous.points) : null,
        "aria-describedby": id + "-error" }),
      create("p", { className: "wb-error", id: id + "-error", "data-error-for": "points" })
    ]);
  }

  function reviewPayload(settings, form, entry) {
    var payload = { entry_id: entry.entry_id, version: entry.version, feedback: form.elements.feedback.value };
    if (settings.scored && settings.rubric.length) {
      payload.levels = {};
      settings.rubric.forEach(function (criterion) {
        var chosen = form.querySelector("input[data-criterion=\"" + criterion.id + "\"]:checked");
        payload.levels[criterion.id] = chosen ? chosen.value : null;
      });
    } else if (settings.scored) {
      var value = form.elements.points.value;
      payload.points = value === "" ? null : Number(value);
    }
    return payload;
  }

  function saveReview(options, form) {
    var payload = reviewPayload(options.settings, form, options.entry);
    var problems = global.WeerbaarFieldProblems(form, {
      boxFor: function (path) { return form.querySelector("[data-error-for=\"" + path + "\"]"); },
      generalBox: form.querySelector("[data-review-error]")
    });
    problems.clear();
    options.server.call("save_review", payload).then(function (result) {
      if (result.ok) { options.onSaved(); return; }
      var data = result.data;
      problems.show(data.problems || (data.field ? [{ field: data.field, message: data.error }] : []), data.error);
    });
  }

  /** options: { template (the <template> of the form), settings, server, entry, onSaved() } */
  function form(options) {
    var settings = options.settings, entry = options.entry;
    var reviewForm = options.template.content.firstElementChild.cloneNode(true);
    var prefix = "wr-review-" + entry.entry_id;
    var previous = entry.reviews[0] && entry.reviews[0].version === entry.version ? entry.reviews[0] : null;
    var feedback = reviewForm.elements.feedback;
    var feedbackError = reviewForm.querySelector("[data-error-for=\"feedback\"]");
    feedback.id = prefix + "-feedback";
    feedbackError.id = feedback.id + "-error";
    feedback.setAttribute("aria-describedby", feedbackError.id);
    reviewForm.querySelector("[data-label-for=\"feedback\"]").htmlFor = feedback.id;
    feedback.value = previous ? previous.feedback : "";
    var scoring = reviewForm.querySelector("[data-scoring]");
    if (settings.scored && settings.rubric.length) {
      settings.rubric.forEach(function (criterion) { scoring.appendChild(criterionBox(criterion, prefix, previous)); });
    } else if (settings.scored) {
      scoring.appendChild(pointsField(settings, prefix, previous));
    }
    reviewForm.addEventListener("submit", function (event) {
      event.preventDefault();
      saveReview(options, reviewForm);
    });
    return reviewForm;
  }

  global.WeerbaarReflectionReview = { form: form, points: points };
})(window);
